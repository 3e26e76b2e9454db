import { readFileSync } from 'node:fs';
import {
  formatEvalReport,
  formatReliability,
  parseGold,
  parseNegatives,
  reliabilityTable,
  scoreExtraction,
} from '../../eval/index.js';
import type { ExtractedRelation } from '../../extract/types.js';
import { type CommandSpec, HELP_OPTION, parseCommandArgs } from '../args.js';
import { InputError, reasonOf, UsageError } from '../errors.js';
import { fileSystemReason } from '../fs-errors.js';
import { extractFile, loadExtractor, readInputs } from '../inputs.js';
import type { CliIo } from '../io.js';

export const evalCommand = {
  name: 'eval',
  help: `Usage: entente eval --gold FILE [options] DIR|FILE...

Runs the extractor on the articles and compares its relations with the gold file (JSON Lines,
see docs/annotation.md): precision, recall and F1 overall and per relation type, then every false
positive and false negative with its sentence.

Options:
  --gold FILE        the gold relations (required)
  --negatives FILE   triples that must not be extracted (negated or refused events)
  --gazetteer FILE   extra actors (JSON or YAML) on top of the built-in ones
  --calibration      also print a reliability table: for each band of confidence, the share of
                     predictions that are right (what a minimum-confidence filter can promise)
  -h, --help         show this help

Example:
  entente eval --gold data/gold/gold.jsonl data/corpus
  entente eval --calibration --gold data/blind/gold.jsonl data/blind
`,
  options: {
    ...HELP_OPTION,
    gold: { type: 'string' },
    negatives: { type: 'string' },
    gazetteer: { type: 'string' },
    calibration: { type: 'boolean' },
  },
} satisfies CommandSpec;

export function runEval(argv: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(evalCommand, argv);
  if (values.help) {
    io.stdout(evalCommand.help);
    return 0;
  }
  if (values.gold === undefined) throw new UsageError('missing --gold FILE', 'eval');
  if (positionals.length === 0) throw new UsageError('no input: give the corpus DIR (or FILEs)', 'eval');

  const gold = parseRows(values.gold, parseGold);
  const negatives = values.negatives === undefined ? undefined : parseRows(values.negatives, parseNegatives);
  const extractor = loadExtractor(values.gazetteer);
  const predicted: ExtractedRelation[] = [];
  for (const file of readInputs(positionals)) predicted.push(...extractFile(extractor, file).relations);

  const report = scoreExtraction(predicted, gold, negatives ? { negatives } : {});
  io.stdout(formatEvalReport(report));
  if (values.calibration) io.stdout(`\n${formatReliability(reliabilityTable(predicted, report))}`);
  return 0;
}

function parseRows<T>(path: string, parse: (text: string, origin?: string) => T[]): T[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(path, fileSystemReason(error));
  }
  try {
    return parse(text, path);
  } catch (error) {
    // Gold errors already start with "path:line:"; keep the line, drop the repeated path.
    const reason = reasonOf(error);
    throw new InputError(
      path,
      reason.startsWith(`${path}:`) ? `line ${reason.slice(path.length + 1)}` : reason,
    );
  }
}
