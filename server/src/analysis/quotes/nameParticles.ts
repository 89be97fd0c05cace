import type { Token } from '../types';

/**
 * Lower-case particles inside a person's name: "Abdullah bin Zayed", "Ursula von der Leyen", "Lula da Silva".
 * Only as written in lower case: capitalised they are name words of their own ("Cai Bin", "Al Gore", "Chris Van Hollen").
 */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'bint', 'ibn', 'al', 'von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'dos', 'du', 'la', 'le']);

export const isNameParticle = (t: Token): boolean => NAME_PARTICLES.has(t.text);

/**
 * Whether the particles from token `k` on, walking in `step` (-1 left, +1 right) no further than `limit`, reach a
 * capitalised word: the particles then sit inside a name ("Ursula von der Leyen") rather than end it ("… of bin").
 */
export function particlesBridge(tokens: Token[], k: number, step: 1 | -1, limit: number): boolean {
  for (let j = k + step; step < 0 ? j >= limit : j <= limit; j += step) {
    // one space between the words of a name: "von der Leyen", not "von, der"
    const [a, b] = step > 0 ? [tokens[j - 1], tokens[j]] : [tokens[j], tokens[j + 1]];
    if (b.start - a.end !== 1) return false;
    if (!isNameParticle(tokens[j])) return /^\p{Lu}/u.test(tokens[j].text);
  }
  return false;
}
