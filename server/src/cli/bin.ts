import * as readline from 'node:readline';
import type { CliIO } from './cliIO';
import { main } from './main';

/**
 * A reader that stops early (`article-annotator analyze … | head`) closes the pipe: the rest of the output has nowhere
 * to go, which is no error of ours, so the process ends quietly as Unix tools do instead of dying on EPIPE.
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** Process entry of `article-annotator` (bundled to out/cli.js). */
const io: CliIO = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  cwd: process.cwd(),
  stdinLines: () => readline.createInterface({ input: process.stdin, crlfDelay: Infinity }),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
    // For `npm run bench`: the peak resident memory of the run.
    if (process.env.ARTICLE_ANNOTATOR_REPORT_RUSAGE) process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
  },
  (error) => {
    process.stderr.write(`article-annotator: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
