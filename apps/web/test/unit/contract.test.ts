// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const fixture = fileURLToPath(new URL('../fixtures/unknown-field.graphql', import.meta.url));

/** The web's codegen run on other documents, in memory (nothing written). */
function generateFor(documents: string[]) {
  const cwd = fileURLToPath(new URL('../..', import.meta.url));
  return generate({ ...config, cwd, documents, silent: true, errorsOnly: true }, false);
}

describe('the web’s queries are checked against schema.graphql', () => {
  it('refuses a query that asks for a field the schema lacks, naming it', async () => {
    await expect(generateFor([fixture])).rejects.toThrow(/Cannot query field "nickname" on type "Actor"/);
  }, 60_000);

  it('accepts the app’s own queries', async () => {
    const files = await generateFor(config.documents as string[]);
    expect(files.map((file: { filename: string }) => file.filename)).toContain('src/api/gql/graphql.ts');
  }, 60_000);
});
