import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPublicSchema, printPublicSchema } from './schema.js';

/** Writes schema.graphql at the repository root (npm run schema). */
const target = resolve(import.meta.dirname, '../../../schema.graphql');
writeFileSync(target, printPublicSchema(await buildPublicSchema()));
process.stdout.write(`wrote ${target}\n`);
