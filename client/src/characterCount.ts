import { count } from '../../server/src/count';
/**
 * A length as people read it in a message: "950 characters", "113 K characters", "1.2 M characters", "12 M characters".
 * Three significant figures at most; a count that rounds to 1000 K is given in M.
 */
export function characterCount(n: number): string {
  if (n < 1000) return `${count(n, 'character')}`;
  const k = Math.round(n / 1000);
  if (k < 1000) return `${k} K characters`;
  const m = n / 1e6;
  return `${m < 9.95 ? m.toFixed(1) : Math.round(m)} M characters`;
}
