import type { Entity, Mention, Span } from '../types';

export type Gender = 'm' | 'f';

const TITLE_BEFORE = /\b(?:(Mr|Sir|Lord|King|Prince|Father|Brother)|(Mrs|Ms|Miss|Madam|Lady|Queen|Princess|Dame|Sister))\.?\s+$/;
const FEMALE_ROLE = /(?:woman|wife|mother|daughter|sister|queen|princess|actress|girl|lady|widow|grandmother|aunt|niece|duchess|empress)$/;
/** "man" but not "woman" (chairman, spokesman), "son" but not "person": a spokesperson or chairperson has no gender. */
const MALE_ROLE = /(?:(?<!wo|hu)man|husband|father|(?<!per)son|brother|king|prince|actor|boy|widower|grandfather|uncle|nephew|duke|emperor)$/;

/**
 * The gender the article gives its people, from evidence in the text only: a title before a mention (Mr., Mrs.,
 * Ms.), a gendered role word (spokeswoman, chairman, wife), and which of he/she first follows a mention of the
 * person before anyone else is named. Entities with no or split evidence are left out.
 */
export function personGenders(text: string, mentions: Mention[], entities: Entity[], quoted: Span[]): Map<number, Gender> {
  const votes = new Map<number, number>(); // > 0 male, < 0 female
  const add = (e: number, v: number) => votes.set(e, (votes.get(e) ?? 0) + v);
  const inside = (s: Span) => quoted.some((q) => q.start <= s.start && s.end <= q.end);
  entities.forEach((e, i) => {
    if (e.type !== 'person') return;
    for (const r of e.roles) {
      if (FEMALE_ROLE.test(r)) add(i, -2);
      else if (MALE_ROLE.test(r)) add(i, 2);
    }
  });
  const persons = mentions.filter((m) => m.type === 'person' && !inside(m));
  persons.forEach((m, k) => {
    const title = TITLE_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (title) add(m.entity, title[1] ? 3 : -3);
    const next = persons[k + 1];
    const stop = Math.min(next ? next.start : text.length, m.end + 200, nextBreak(text, m.end));
    // the first he/she in the rest of the mention's own sentence
    const rest = text.slice(m.end, stop);
    const sentenceEnd = rest.search(/[.!?]["”]?\s+["“]?\p{Lu}/u);
    const pronoun = /\b(?:(he|his|himself)|(she|hers|herself))\b/i.exec(sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd));
    if (pronoun && !inside({ start: m.end + pronoun.index, end: m.end + pronoun.index + 1 })) add(m.entity, pronoun[1] ? 1 : -1);
  });
  const genders = new Map<number, Gender>();
  for (const [e, v] of votes) if (v !== 0) genders.set(e, v > 0 ? 'm' : 'f');
  return genders;
}

function nextBreak(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}
