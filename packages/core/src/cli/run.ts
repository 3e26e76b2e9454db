import { buildCommand, runBuild } from './commands/build.js';
import { evalCommand, runEval } from './commands/eval.js';
import { extractCommand, runExtract } from './commands/extract.js';
import { runStats, statsCommand } from './commands/stats.js';
import { CliError, EXIT_INTERNAL, reasonOf, UsageError } from './errors.js';
import type { CliIo } from './io.js';
import { packageVersion } from './version.js';

const COMMANDS = [
  { spec: extractCommand, run: runExtract },
  { spec: buildCommand, run: runBuild },
  { spec: statsCommand, run: runStats },
  { spec: evalCommand, run: runEval },
] as const;

/** Top-level help: the commands and where to read more. */
export function topLevelHelp(): string {
  const width = Math.max(...COMMANDS.map(({ spec }) => spec.name.length));
  return `Usage: entente <command> [options]

Turn diplomatic news articles into a knowledge graph of actors and relations.

Commands:
${COMMANDS.map(({ spec }) => `  ${spec.name.padEnd(width)}  ${spec.summary}`).join('\n')}

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
export function runCli(argv: string[], io: CliIo): number {
  try {
    return dispatch(argv, io);
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

function dispatch(argv: string[], io: CliIo): number {
  const [first, ...rest] = argv;
  const names = COMMANDS.map(({ spec }) => spec.name).join(', ');
  if (first === undefined) throw new UsageError(`missing command; commands: ${names}`);
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(topLevelHelp());
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  const command = COMMANDS.find(({ spec }) => spec.name === first);
  if (!command) {
    const what = first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`;
    throw new UsageError(`${what}; commands: ${names}`);
  }
  return command.run(rest, io);
}
