import type { RawMention } from '../types';

/**
 * A person's possessive before a name of what they own is two names, not one: "Trump's Truth Social", "Musk's
 * xAI Holdings". A tagger that runs the two together types the whole as the second ("Trump's Truth Social"/
 * organization). A detected mention "A's B", where A (one to three capitalized words) is a person the article names
 * elsewhere (a person mention, or the last word of one: "Donald Trump" … "Trump's …"), splits into A, a person, and
 * B, of the mention's type. Names whose possessive is their own ("People's Party", "Queen's Park", "St John's Wood")
 * have no person before it, and stay whole. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const POSSESSIVE_NAME = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})['’]s (\p{Lu}|\p{Ll}{1,2}\p{Lu})/u;

export function possessiveNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!mentions.some((m) => m.origin === 'detected' && /['’]s /.test(text.slice(m.start, m.end)))) return mentions;
  const people = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const name = text.slice(m.start, m.end);
    people.add(name);
    people.add(name.slice(name.lastIndexOf(' ') + 1));
  }
  const out: RawMention[] = [];
  for (const m of mentions) {
    const owner = m.origin === 'detected' && m.type !== 'person' ? POSSESSIVE_NAME.exec(text.slice(m.start, m.end)) : null;
    if (!owner || !people.has(owner[1])) { out.push(m); continue; }
    const ownerEnd = m.start + owner[1].length;
    out.push({ ...m, end: ownerEnd, type: 'person' }, { ...m, start: ownerEnd + 3 });
  }
  return out.length === mentions.length ? mentions : out;
}
