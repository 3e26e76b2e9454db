/** A gold (or negatives) file that does not follow the format; `line` is 1-based. */
export class GoldFormatError extends Error {
  readonly line: number;
  readonly origin: string | undefined;

  constructor(message: string, line: number, origin?: string) {
    super(`${origin ?? 'gold'}:${line}: ${message}`);
    this.name = 'GoldFormatError';
    this.line = line;
    this.origin = origin;
  }
}
