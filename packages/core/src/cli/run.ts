import { CliError, EXIT_INTERNAL, reasonOf, UsageError } from './errors.js';
import { findExternalCommand, runExternalCommand } from './external.js';
import type { CliIo } from './io.js';
import { packageVersion } from './version.js';

type CommandRunner = (argv: string[], io: CliIo) => number | Promise<number>;

/**
 * The commands, each loaded only when used: `entente stats` or `--help` need not load the extractor
 * and its gazetteer.
 */
const COMMANDS: { name: string; summary: string; load: () => Promise<CommandRunner> }[] = [
  {
    name: 'extract',
    summary: 'print the relations found in articles, one JSON object a line',
    load: async () => (await import('./commands/extract.js')).runExtract,
  },
  {
    name: 'build',
    summary: 'build the knowledge graph of a corpus (JSON or GEXF)',
    load: async () => (await import('./commands/build.js')).runBuild,
  },
  {
    name: 'stats',
    summary: 'summarise a graph: actors, relations, tensions, alliances, central actors',
    load: async () => (await import('./commands/stats.js')).runStats,
  },
  {
    name: 'eval',
    summary: 'score the extractor against a hand-checked gold file',
    load: async () => (await import('./commands/eval.js')).runEval,
  },
];

/** Top-level help: the commands and where to read more. */
export function topLevelHelp(): string {
  const width = Math.max(...COMMANDS.map(({ name }) => name.length));
  return `Usage: entente <command> [options]

Turn diplomatic news articles into a knowledge graph of actors and relations.

Commands:
${COMMANDS.map(({ name, summary }) => `  ${name.padEnd(width)}  ${summary}`).join('\n')}

Other commands come from installed packages: \`entente foo\` runs an executable named \`entente-foo\`
found in node_modules/.bin or on PATH (the API package adds \`ingest\`, \`worker\`, \`ingest-url\`, \`follow\`).

Options:
  -h, --help      show this help (or \`entente <command> --help\` for a command)
  -v, --version   print the version

Examples:
  entente extract data/corpus/004_a294275c7f261648.txt
  entente build data/corpus --out graph.json
  entente stats graph.json
  entente eval --gold data/gold/gold.jsonl data/corpus
`;
}

/**
 * Runs the CLI on arguments (without `node` and the script) and returns the exit code. Every failure ends
 * here as one line on stderr: usage errors (exit 2) point at the help, input errors (exit 1) name the file.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const help = error.command ? `entente ${error.command} --help` : 'entente --help';
      io.stderr(`entente: ${error.message} (see \`${help}\`)\n`);
      return error.exitCode;
    }
    if (error instanceof CliError) {
      io.stderr(`entente: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`entente: internal error: ${reasonOf(error)}\n`);
    if (process.env.ENTENTE_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_INTERNAL;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  const names = COMMANDS.map(({ name }) => name).join(', ');
  if (first === undefined) throw new UsageError(`missing command; commands: ${names}`);
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(topLevelHelp());
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  const command = COMMANDS.find(({ name }) => name === first);
  if (!command) {
    const external = first.startsWith('-')
      ? undefined
      : findExternalCommand(first, process.cwd(), process.env.PATH);
    if (external) return runExternalCommand(external, rest, io);
    const what = first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`;
    throw new UsageError(`${what}; commands: ${names}`);
  }
  const run = await command.load();
  return run(rest, io);
}
