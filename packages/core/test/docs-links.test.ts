// Docs that match the tree: every relative link in the READMEs and docs/ names a file or folder that
// exists (and a #fragment of a Markdown file names one of its headings).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const SKIPPED = new Set(['node_modules', 'dist', 'artifacts', '.git', '.turbo']);

/** The Markdown files of the repository, outside dependencies and build output. */
function markdownFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...markdownFiles(path));
    else if (entry.name.endsWith('.md')) files.push(path);
  }
  return files;
}

/** Link targets of inline links and reference definitions, outside code spans and fenced blocks. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const targets: string[] = [];
  for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(match[1]!);
  for (const match of prose.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)) targets.push(match[1]!);
  return targets;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(path: string): Set<string> {
  const headings = readFileSync(path, 'utf8')
    .replace(/```[\s\S]*?```/g, '')
    .matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm);
  return new Set([...headings].map((match) => anchorOf(match[1]!.replace(/`/g, ''))));
}

/** Package folders (apps/*, packages/*) and their src/: where a path written in a code span may start. */
const PATH_ROOTS = ['apps', 'packages'].flatMap((group) =>
  readdirSync(join(repoRoot, group)).flatMap((name) => [
    join(repoRoot, group, name),
    join(repoRoot, group, name, 'src'),
  ]),
);

/** The folder and every folder above it, up to the repository root. */
function ancestorsOf(directory: string): string[] {
  const folders = [directory];
  while (folders.at(-1) !== repoRoot && dirname(folders.at(-1)!) !== folders.at(-1))
    folders.push(dirname(folders.at(-1)!));
  return folders;
}

/** File paths written in code spans, such as `src/service/extraction-pool.ts` (with a folder and an extension). */
function pathsInCode(markdown: string): string[] {
  const spans = markdown
    .replace(/```[\s\S]*?```/g, '')
    .matchAll(/`([\w./-]+\/[\w.-]+\.(?:ts|tsx|mjs|js|json|jsonl|md|graphql|ya?ml|tsv))`/g);
  return [...spans].map((match) => match[1]!).filter((path) => !path.includes('*') && !path.startsWith('/')); // a URL path, such as /export/graph.json
}

describe('documentation links', () => {
  it("name, in code spans, files that exist (from the document's folder or one above it, or a package or its src/)", () => {
    const dead: string[] = [];
    for (const file of markdownFiles(repoRoot)) {
      for (const path of pathsInCode(readFileSync(file, 'utf8'))) {
        const roots = [...ancestorsOf(dirname(file)), ...PATH_ROOTS];
        if (!roots.some((root) => existsSync(join(root, path))))
          dead.push(`${relative(repoRoot, file)} → ${path}`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('point at files that exist, and at headings that exist', () => {
    const dead: string[] = [];
    for (const file of markdownFiles(repoRoot)) {
      for (const target of linkTargets(readFileSync(file, 'utf8'))) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto:
        const [pathPart, fragment] = target.split('#') as [string, string | undefined];
        const resolved = pathPart === '' ? file : join(dirname(file), decodeURIComponent(pathPart));
        const where = `${relative(repoRoot, file)} → ${target}`;
        if (!existsSync(resolved)) dead.push(where);
        else if (fragment && resolved.endsWith('.md') && statSync(resolved).isFile()) {
          if (!anchorsOf(resolved).has(fragment.toLowerCase())) dead.push(`${where} (no such heading)`);
        }
      }
    }
    expect(dead).toEqual([]);
  });
});
