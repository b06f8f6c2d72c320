/** The house rules (docs/architecture.md), checked by `npm run lint`. */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles anywhere.', from: {}, to: { circular: true } },
    {
      name: 'repositories-import-only-db',
      severity: 'error',
      comment: 'A repository holds SQL over db/ and nothing else (types excepted).',
      from: { path: '\\.repository\\.ts$' },
      to: { pathNot: ['^server/db/', '^node_modules', '^server/graph/[^/]+\\.sql\\.ts$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'modules-see-only-public-files',
      severity: 'error',
      comment: 'A module imports another module only through its public file (<module>.refs.ts).',
      from: { path: '^server/modules/([^/]+)/' },
      to: { path: '^server/modules/([^/]+)/', pathNot: ['^server/modules/$1/', '^server/modules/[^/]+/[^/]+\\.refs\\.ts$'] },
    },
    {
      name: 'core-below-modules',
      severity: 'error',
      comment: 'The graph core (server/graph) knows no feature module.',
      from: { path: '^server/graph/' },
      to: { path: '^server/modules/' },
    },
    {
      name: 'modules-read-the-core-through-its-api',
      severity: 'error',
      comment: 'A feature module uses the core’s kinds, nodes, links, loaders and fields, never its repositories.',
      from: { path: '^server/modules/' },
      to: { path: '^server/graph/[^/]+\\.repository\\.ts$' },
    },
    {
      name: 'rest-imports-no-module',
      severity: 'error',
      comment: 'rest/ sees only GraphQL documents: no module, no SQL.',
      from: { path: '^server/rest/' },
      to: { path: ['^server/modules/', '^server/db/(sql|client)\\.ts$'] },
    },
    {
      name: 'web-features-independent',
      severity: 'error',
      comment: 'web features do not import each other.',
      from: { path: '^web/src/features/([^/]+)/' },
      to: { path: '^web/src/features/([^/]+)/', pathNot: '^web/src/features/$1/' },
    },
    {
      name: 'components-without-apollo',
      severity: 'error',
      comment: 'components/ never import the Apollo client: pages and features fetch.',
      from: { path: '^web/src/components/' },
      to: { path: ['^node_modules/@apollo/client', '^web/src/apollo/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.test\\.tsx?$', '^server/test/', '/generated/', '^web/src/gql/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
