#!/usr/bin/env node
// The server loads its schema from the SDL file at run time (schema-first), so the build must ship the
// file next to the compiled modules: src/schema/schema.graphql → dist/schema/schema.graphql.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(packageRoot, 'src', 'schema', 'schema.graphql');
const to = join(packageRoot, 'dist', 'schema', 'schema.graphql');
mkdirSync(dirname(to), { recursive: true });
copyFileSync(from, to);
console.log(`copied ${from} → ${to}`);
