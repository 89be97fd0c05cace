import type { RawMention } from '../types';

/**
 * Brands named by their web address are organizations in the CoNLL scheme ("Booking.com", "Amazon.com"), and so are
 * the ones whose name is written as one ("Ele.me"): a tagger reads the dot as a sentence's end and keeps "Ele", or takes
 * the whole for a person. A detected mention right before a dot and a web domain's ending in lower case, with no
 * letter after ("Ele" + ".me", "Booking" + ".com"), takes the ending in; a mention so extended, or already ending in
 * such a domain, is an organization. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const DOMAIN = String.raw`(?:com|net|org|io|ai|me|co|tv|app|cn|fm|ly|gg|so|xyz)`;
const DOMAIN_AFTER = new RegExp(String.raw`^\.${DOMAIN}(?![\p{L}\p{N}])`, 'u');
const DOMAIN_END = new RegExp(String.raw`^\p{Lu}[\p{L}\p{N}-]*\.${DOMAIN}$`, 'u');

export function dottedNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes('.')) return mentions;
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected') return;
    const ending = DOMAIN_AFTER.exec(text.slice(m.end, m.end + 8));
    const end = ending ? m.end + ending[0].length : m.end;
    if (!DOMAIN_END.test(text.slice(m.start, end)) || (end === m.end && m.type === 'organization')) return;
    (out ??= [...mentions])[i] = { ...m, end, type: 'organization' };
  });
  return out ?? mentions;
}
