/**
 * A number with its noun, singular for one: "1 mention", "3 mentions", "1 entity", "2 entities". Every count the
 * editor and the command line show goes through here, so none says "1 quotes".
 */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
