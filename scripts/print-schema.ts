import { readFileSync, writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { printableSchema } from '../server/build-schema.js';
import { KINDS, webKindsSource } from '../server/graph/entity.kinds.js';

// what the server describes and others read as files: the schema, and the web app's table of entity kinds
const outputs: [URL, string][] = [
  [new URL('../schema.graphql', import.meta.url), `${printSchema(printableSchema())}\n`],
  [new URL('../web/src/gql/entity-kinds.ts', import.meta.url), webKindsSource(KINDS)],
];

const read = (file: URL) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

if (process.argv.includes('--check')) {
  const stale = outputs.filter(([file, text]) => read(file) !== text);
  for (const [file] of stale) console.error(`${file.pathname} is stale: run \`npm run codegen\` and commit the result.`);
  if (stale.length) process.exit(1);
  console.log('schema.graphql and the web kinds are up to date.');
} else {
  for (const [file, text] of outputs) {
    writeFileSync(file, text);
    console.log(`wrote ${file.pathname}`);
  }
}
