import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './errors.js';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** What a command declares: its name, its help text and its options. */
export interface CommandSpec<Options extends OptionSpecs = OptionSpecs> {
  name: string;
  /** Full help: usage line, arguments, options, examples. */
  help: string;
  options: Options;
}

/** The `--help` flag every command understands. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** What `parseArgs` returns for a command's options: typed `values` and the `positionals`. */
export type ParsedCommandArgs<Options extends OptionSpecs> = ReturnType<
  typeof parseArgs<{ args: string[]; options: Options; allowPositionals: true; strict: true }>
>;

/**
 * Strict parsing with node:util `parseArgs`; its errors become one-line usage errors naming the command.
 */
export function parseCommandArgs<Options extends OptionSpecs>(
  spec: CommandSpec<Options>,
  argv: string[],
): ParsedCommandArgs<Options> {
  try {
    return parseArgs({ args: argv, options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('. ')[0]!.replace(/\.$/, '') : String(error);
    throw new UsageError(lowerFirst(message), spec.name);
  }
}

function lowerFirst(text: string): string {
  return text.length > 0 ? text[0]!.toLowerCase() + text.slice(1) : text;
}
