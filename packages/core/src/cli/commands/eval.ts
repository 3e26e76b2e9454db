import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  calibrationSamples,
  fitPlatt,
  formatEvalReport,
  formatReliability,
  gazetteerResolver,
  parseGold,
  parseGoldTable,
  parseNegatives,
  reliabilityTable,
  scoreExtraction,
} from '../../eval/index.js';
import { type Calibration, calibrate, IDENTITY_CALIBRATION } from '../../extract/index.js';
import type { ExtractedRelation } from '../../extract/types.js';
import { type CommandSpec, HELP_OPTION, parseCommandArgs } from '../args.js';
import { InputError, reasonOf, UsageError } from '../errors.js';
import { fileSystemReason } from '../fs-errors.js';
import { extractFile, loadExtractor, readInputs } from '../inputs.js';
import type { CliIo } from '../io.js';

export const evalCommand = {
  name: 'eval',
  help: `Usage: entente eval --gold FILE [options] DIR|FILE...

Runs the extractor on the articles and compares its relations with the gold file: precision, recall
and F1 overall and per relation type, then every false positive and false negative with its sentence.
A gold file is JSON Lines (see docs/annotation.md), or a tab-separated table (.tsv: doc, source,
relation, target, flag req|opt|not, sentence start; '|' between defensible alternatives), the format of
the real-article sets; its 'not' rows act as negatives.

Options:
  --gold FILE        the gold relations (required)
  --negatives FILE   triples that must not be extracted (negated or refused events)
  --gazetteer FILE   extra actors (JSON or YAML) on top of the built-in ones
  --calibration      also print a reliability table: for each band of confidence, the share of
                     predictions that are right (what a minimum-confidence filter can promise)
  --fit-calibration FILE
                     fit the confidence calibration (Platt scaling of the raw scores) on this gold
                     and write it to FILE (the built-in one is extract/data/calibration.json); prints
                     the reliability table before and after
  -h, --help         show this help

Example:
  entente eval --gold data/gold/gold.jsonl data/corpus
  entente eval --calibration --gold data/blind/gold.jsonl data/blind
  entente eval --fit-calibration calibration.json --gold real-dev/gold.tsv real-dev/texts
`,
  options: {
    ...HELP_OPTION,
    gold: { type: 'string' },
    negatives: { type: 'string' },
    gazetteer: { type: 'string' },
    calibration: { type: 'boolean' },
    'fit-calibration': { type: 'string' },
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

  const fitTo = values['fit-calibration'];
  // A fit needs the raw scores, so that refitting does not compound an earlier calibration.
  const extractor = loadExtractor(
    values.gazetteer,
    fitTo === undefined ? {} : { calibration: IDENTITY_CALIBRATION },
  );
  const table = values.gold.endsWith('.tsv')
    ? parseRows(values.gold, (text, origin) => [
        parseGoldTable(text, gazetteerResolver(extractor.gazetteer), origin),
      ])[0]
    : undefined;
  const gold = table?.gold ?? parseRows(values.gold, parseGold);
  const negatives = [
    ...(table?.negatives ?? []),
    ...(values.negatives === undefined ? [] : parseRows(values.negatives, parseNegatives)),
  ];
  const predicted: ExtractedRelation[] = [];
  for (const file of readInputs(positionals)) predicted.push(...extractFile(extractor, file).relations);

  const report = scoreExtraction(predicted, gold, negatives.length > 0 ? { negatives } : {});
  io.stdout(formatEvalReport(report));
  if (values.calibration || fitTo !== undefined) {
    const heading = fitTo === undefined ? '' : 'Before calibration (raw scores):\n';
    io.stdout(`\n${heading}${formatReliability(reliabilityTable(predicted, report))}`);
  }
  if (fitTo !== undefined) {
    const calibration = fitCalibration(predicted, report, values.gold);
    writeCalibration(fitTo, calibration);
    for (const relation of predicted) {
      relation.evidence.confidence = calibrate(relation.evidence.confidence, calibration);
    }
    io.stdout(
      `\nAfter calibration (a=${calibration.a.toFixed(3)}, b=${calibration.b.toFixed(3)}, written to ${fitTo}):\n` +
        formatReliability(reliabilityTable(predicted, report)),
    );
  }
  return 0;
}

function fitCalibration(
  predicted: ExtractedRelation[],
  report: ReturnType<typeof scoreExtraction>,
  gold: string,
): Calibration {
  const samples = calibrationSamples(predicted, report);
  const { a, b } = fitPlatt(samples);
  const day = new Date().toISOString().slice(0, 10);
  return { method: 'platt', a, b, fittedOn: `${basename(gold)} (${day})`, samples: samples.length };
}

function writeCalibration(path: string, calibration: Calibration): void {
  try {
    writeFileSync(path, `${JSON.stringify(calibration, null, 2)}\n`);
  } catch (error) {
    throw new InputError(path, fileSystemReason(error));
  }
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
