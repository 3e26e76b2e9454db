// Prints every relation the extractor reads from a corpus directory, for reading them by eye.
// Usage: node scripts/print-relations.mjs [corpusDir] [distDir]   (build first: pnpm build, or tsc --outDir)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const corpus = process.argv[2] ?? new URL('../../../data/corpus', import.meta.url).pathname;
const dist = resolve(process.argv[3] ?? new URL('../dist', import.meta.url).pathname);
const { createExtractor } = await import(pathToFileURL(`${dist}/index.js`).href);
const { readCorpus } = await import(pathToFileURL(`${dist}/node.js`).href);

const extractor = createExtractor();
for (const article of readCorpus(corpus)) {
  const result = extractor.extract(article);
  console.log(
    `\n=== ${article.id} (${result.sentences.length} sentences, ${result.relations.length} relations)`,
  );
  let last = -1;
  for (const r of result.relations) {
    if (r.evidence.sentence !== last) {
      console.log(`  [${r.evidence.sentence}] ${r.evidence.quote.slice(0, 170)}`);
      last = r.evidence.sentence;
    }
    console.log(
      `      ${r.source} ${r.type} ${r.target}  (${r.pattern}, ${r.evidence.confidence}, ${r.evidence.date ?? '-'})`,
    );
  }
  const created = result.actors.filter((a) => !extractor.gazetteer.has(a.id));
  if (created.length)
    console.log(`  new actors: ${created.map((a) => `${a.id}→${a.affiliation ?? '?'}`).join(', ')}`);
}
