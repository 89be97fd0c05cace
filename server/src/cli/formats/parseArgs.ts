/** `--name value` options, `--flag` switches and positional arguments. */
export interface ParsedArgs {
  options: Record<string, string>;
  flags: Set<string>;
  positional: string[];
}

/** Parses `args`; `valued` names the options that take a value. `--name=value` also works. */
export function parseArgs(args: readonly string[], valued: readonly string[]): ParsedArgs {
  const options: Record<string, string> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (valued.includes(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : args[++i];
        if (value === undefined) throw new Error(`--${name} needs a value`);
        options[name] = value;
      } else flags.add(name);
    } else positional.push(a);
  }
  return { options, flags, positional };
}
