import type { CliIO } from './cliIO';

/** The `article-annotator` command: one module per subcommand, loaded on demand. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(args: string[], io: CliIO): Promise<number> }> }> = {
  analyze: { summary: 'analyze FILE... | analyze --jsonl < IN   entities, dates and quotes of articles', load: async () => import('./analyze') },
  export: { summary: 'export --format jsonl|brat|conll|w3c [--out DIR] FILE...   annotations in other formats', load: async () => import('./export') },
  import: { summary: 'import --format brat|conll FILE...   existing annotations into sidecars', load: async () => import('./import') },
  agreement: { summary: 'agreement A B   inter-annotator agreement of two sidecars (or folders)', load: async () => import('./agreement') },
};

export function usage(): string {
  return ['usage: article-annotator COMMAND [ARGS]', '', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`), '', 'Run `article-annotator COMMAND --help` for details.', ''].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout('0.1.0\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`article-annotator: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  return (await command.load()).run(args, io);
}
