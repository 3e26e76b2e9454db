// The `entente` command (packages/core/bin/entente.mjs imports the compiled file). Kept thin: each
// command lives in commands/, dispatch and error reporting in run.ts.
import { processIo } from './io.js';
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());
