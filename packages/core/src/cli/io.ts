/** Where a command writes. The real CLI passes process streams; tests may collect strings. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout and stderr are the process's own: an external subcommand may then inherit them. */
  inheritsProcessStreams?: boolean;
}

/** Process streams. A closed stdout (`entente extract … | head`) ends the program quietly. */
export function processIo(): CliIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    inheritsProcessStreams: true,
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
  };
}
