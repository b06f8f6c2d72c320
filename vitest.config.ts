import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export default defineConfig({
  test: {
    projects: [
      {
        // Node resolves `graphql` to its CommonJS build (the package has no exports map) while
        // Vite would pick its ESM build: one process would hold two graphql realms.
        resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
        test: {
          name: 'server',
          include: ['server/**/*.test.ts'],
          environment: 'node',
          // libchdb binds one data directory per process: every test file gets its own process
          pool: 'forks',
          isolate: true,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          setupFiles: ['server/test/cleanup.ts'],
        },
      },
      {
        resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 240_000,
          hookTimeout: 240_000,
          setupFiles: ['server/test/cleanup.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['web/src/test/setup.ts'],
        },
      },
    ],
  },
});
