/** Where a command writes. The real CLI passes process streams; tests may collect strings. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Process streams. A closed stdout (`entente extract … | head`) ends the program quietly. */
export function processIo(): CliIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
  };
}
