/**
 * Takes one valued option out of command-line arguments: `--name value` or `--name=value` (the last one wins).
 * Returns its value (undefined when absent, '' when the value is missing) and the other arguments in order.
 */
export function takeOption(args: readonly string[], name: string): { value?: string; rest: string[] } {
  const flag = `--${name}`;
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === flag) value = args[++i] ?? '';
    else if (a.startsWith(`${flag}=`)) value = a.slice(flag.length + 1);
    else rest.push(a);
  }
  return { value, rest };
}
