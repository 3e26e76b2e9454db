import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { layoutPositions } from '../../layout/index.js';
import { extractFiles } from '../../pipeline/extract-files.js';
import { GraphPipeline } from '../../pipeline/graph-pipeline.js';
import { toGEXF } from '../../serialize/gexf.js';
import { toJSON } from '../../serialize/json.js';
import { type CommandSpec, HELP_OPTION, parseCommandArgs } from '../args.js';
import { InputError, UsageError } from '../errors.js';
import { fileSystemReason } from '../fs-errors.js';
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
  -j, --jobs N       extract on N worker threads (1: in this process, no workers). Default: one per
                     core once there are enough files to pay for starting them (1,000 a worker). The
                     graph is the same whatever N.
  -h, --help         show this help

Examples:
  entente build data/corpus --out graph.gexf
  entente build news/ --jobs 4 --out graph.json
`,
  options: {
    ...HELP_OPTION,
    out: { type: 'string', short: 'o' },
    gazetteer: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
  },
} satisfies CommandSpec;

const FORMATS = { '.json': 'json', '.gexf': 'gexf' } as const;

export async function runBuild(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(buildCommand, argv);
  if (values.help) {
    io.stdout(buildCommand.help);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('no input: give at least one DIR or FILE', 'build');
  const format =
    values.out === undefined ? 'json' : FORMATS[extname(values.out).toLowerCase() as keyof typeof FORMATS];
  if (!format) throw new UsageError(`--out ${values.out}: the file name must end in .json or .gexf`, 'build');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1))
    throw new UsageError(`--jobs ${values.jobs}: expected a positive integer`, 'build');

  const pipeline = new GraphPipeline();
  const results = await extractFiles(positionals, { jobs, gazetteer: values.gazetteer });
  for (const result of results) pipeline.add(result);
  const { graph } = pipeline;
  const output =
    format === 'gexf'
      ? toGEXF(graph, { positions: layoutPositions(graph) })
      : `${JSON.stringify(toJSON(graph))}\n`;

  if (values.out === undefined) {
    io.stdout(output);
  } else {
    try {
      writeFileSync(values.out, output);
    } catch (error) {
      throw new InputError(values.out, `cannot write: ${fileSystemReason(error)}`);
    }
    io.stderr(
      `entente: ${graph.order} actors, ${graph.size} relations from ${pipeline.documents().length} documents → ${values.out}\n`,
    );
  }
  return 0;
}
