/** Exit codes: 1 for input the CLI cannot use, 2 for a command line it cannot understand. */
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
/** An unexpected failure: a bug, reported in one line (set ENTENTE_DEBUG=1 for the stack). */
export const EXIT_INTERNAL = 70;

/** An error the CLI reports to the user as one line on stderr, then exits with `exitCode`. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** The command line is wrong: unknown option, missing argument… */
export class UsageError extends CliError {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message, EXIT_USAGE);
  }
}

/**
 * A file or directory the CLI cannot use; the message says which and why. The parts are kept so that a
 * worker thread can send the error back to be thrown again.
 */
export class InputError extends CliError {
  override name = 'InputError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`, EXIT_INPUT);
  }
}

/**
 * The reason part of an error message: one line, without a trailing period, starting lower-case unless it
 * starts with an acronym or a name ("UTF-8", "JSON").
 */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = (message.split('\n').find((part) => part.trim() !== '') ?? 'unknown error')
    .trim()
    .replace(/\.$/, '');
  const reason = /^[A-Z][a-z]/.test(line) ? line[0]!.toLowerCase() + line.slice(1) : line;
  return printable(reason);
}

/** Control characters (quoted from a binary file, say) would garble the terminal: show U+FFFD instead. */
function printable(text: string): string {
  let result = '';
  for (const character of text) {
    const code = character.charCodeAt(0);
    result += code < 0x20 || code === 0x7f ? '\uFFFD' : character;
  }
  return result;
}

/**
 * A reason without the file name the CLI prints in front of it anyway: "x.json: bad" → "bad",
 * "x.txt is too large: …" → "too large: …".
 */
export function withoutPathPrefix(reason: string, path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  for (const prefix of [`${path}: `, `${name}: `, `${path} is `, `${name} is `]) {
    if (reason.startsWith(prefix)) return reason.slice(prefix.length);
  }
  return reason;
}
