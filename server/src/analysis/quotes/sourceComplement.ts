/**
 * Anonymous sources are described by what they know: "a person familiar with the matter", "a source close to the
 * family", "officials briefed on the talks". The adjective's complement belongs
 * to the phrase that names the source; the source is the whole described person, not "a person familiar".
 */
import type { Token } from '../types';

/** An adjective or participle of knowing with the preposition that opens its complement. */
const KNOWING: Record<string, RegExp> = {
  familiar: /^with$/,
  close: /^to$/,
  knowledgeable: /^(?:about|of)$/,
  privy: /^to$/,
  briefed: /^(?:on|about)$/,
  involved: /^in$/,
};

/** Whether token `k` opens the complement of a word of knowing before it: "with" in "familiar with the matter". */
export function opensSourceComplement(tokens: Token[], k: number): boolean {
  if (k < 1) return false;
  const prep = KNOWING[tokens[k - 1].text.toLowerCase()];
  return !!prep && prep.test(tokens[k].text);
}
