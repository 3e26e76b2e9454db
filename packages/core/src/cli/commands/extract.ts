import type { ExtractedRelation, ExtractionResult } from '../../extract/types.js';
import { type CommandSpec, HELP_OPTION, parseCommandArgs } from '../args.js';
import { UsageError } from '../errors.js';
import { extractFile, loadExtractor, readInputs } from '../inputs.js';
import type { CliIo } from '../io.js';

export const extractCommand = {
  name: 'extract',
  help: `Usage: entente extract [options] FILE|DIR...

Reads articles (plain-text files; a directory means its *.txt files) and prints every relation
found, one JSON object per line:
  {"source":{"id","name","kind"},"target":{…},"type","polarity","doc","sentence","start","end",
   "quote","date","confidence"}

Options:
  --gazetteer FILE   extra actors (JSON or YAML, { "actors": [...] }) on top of the built-in ones
  -h, --help         show this help

Example:
  entente extract data/corpus/004_a294275c7f261648.txt | jq -c '[.source.id, .type, .target.id]'
`,
  options: { ...HELP_OPTION, gazetteer: { type: 'string' } },
} satisfies CommandSpec;

export function runExtract(argv: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(extractCommand, argv);
  if (values.help) {
    io.stdout(extractCommand.help);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('no input: give at least one FILE or DIR', 'extract');
  const extractor = loadExtractor(values.gazetteer);
  for (const file of readInputs(positionals)) {
    const result = extractFile(extractor, file);
    const lines = result.relations.map((relation) => JSON.stringify(relationLine(result, relation)));
    if (lines.length > 0) io.stdout(`${lines.join('\n')}\n`);
  }
  return 0;
}

/** One line of `entente extract` output: the relation with both actors named, and its evidence flattened. */
export function relationLine(result: ExtractionResult, relation: ExtractedRelation) {
  const { evidence } = relation;
  return {
    source: describeActor(result, relation.source),
    target: describeActor(result, relation.target),
    type: relation.type,
    polarity: relation.polarity,
    doc: evidence.document,
    sentence: evidence.sentence,
    start: evidence.start,
    end: evidence.end,
    quote: evidence.quote,
    date: evidence.date ?? null,
    confidence: evidence.confidence,
  };
}

function describeActor(result: ExtractionResult, id: string) {
  const actor = result.actors.find((candidate) => candidate.id === id);
  return { id, name: actor?.name ?? id, kind: actor?.kind ?? 'other' };
}
