import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { GraphBuilder } from '../../graph/builder.js';
import { toGEXF } from '../../serialize/gexf.js';
import { toJSON } from '../../serialize/json.js';
import { type CommandSpec, HELP_OPTION, parseCommandArgs } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import { fileSystemReason } from '../fs-errors.js';
import { extractFile, loadExtractor, readInputs } from '../inputs.js';
import type { CliIo } from '../io.js';

export const buildCommand = {
  name: 'build',
  help: `Usage: entente build [options] DIR|FILE... [--out graph.json|graph.gexf]

Extracts relations from the articles and merges them into one graph: actors are nodes, each
(source, type, target) is one edge carrying every piece of evidence for it.

Options:
  -o, --out FILE     where to write the graph; the extension picks the format:
                     .json (graphology export, what \`entente stats\` and the API read)
                     .gexf (for Gephi). Without --out, JSON goes to stdout.
  --gazetteer FILE   extra actors (JSON or YAML) on top of the built-in ones
  -h, --help         show this help

Example:
  entente build data/corpus --out graph.gexf
`,
  options: { ...HELP_OPTION, out: { type: 'string', short: 'o' }, gazetteer: { type: 'string' } },
} satisfies CommandSpec;

const FORMATS = { '.json': 'json', '.gexf': 'gexf' } as const;

export function runBuild(argv: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(buildCommand, argv);
  if (values.help) {
    io.stdout(buildCommand.help);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('no input: give at least one DIR or FILE', 'build');
  const format =
    values.out === undefined ? 'json' : FORMATS[extname(values.out).toLowerCase() as keyof typeof FORMATS];
  if (!format) throw new UsageError(`--out ${values.out}: the file name must end in .json or .gexf`, 'build');

  const extractor = loadExtractor(values.gazetteer);
  const builder = new GraphBuilder();
  for (const file of readInputs(positionals)) builder.add(extractFile(extractor, file));
  const { graph } = builder;
  const output = format === 'gexf' ? toGEXF(graph) : `${JSON.stringify(toJSON(graph))}\n`;

  if (values.out === undefined) {
    io.stdout(output);
  } else {
    try {
      writeFileSync(values.out, output);
    } catch (error) {
      throw new InputError(values.out, `cannot write: ${fileSystemReason(error)}`);
    }
    io.stderr(
      `entente: ${graph.order} actors, ${graph.size} relations from ${builder.documents().length} documents → ${values.out}\n`,
    );
  }
  return 0;
}
