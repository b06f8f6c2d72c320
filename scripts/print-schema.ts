import { readFileSync, writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { printableSchema } from '../server/build-schema.js';

const file = new URL('../schema.graphql', import.meta.url);
const printed = `${printSchema(printableSchema())}\n`;

if (process.argv.includes('--check')) {
  const current = (() => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  })();
  if (current !== printed) {
    console.error('schema.graphql is stale: run `npm run codegen` and commit the result.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date.');
} else {
  writeFileSync(file, printed);
  console.log('wrote schema.graphql');
}
