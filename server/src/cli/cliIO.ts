/** Where a CLI command writes, so that commands are testable without a process. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Standard input, line by line (for `analyze --jsonl`). */
  stdinLines?: () => AsyncIterable<string>;
}
