import type { RawMention } from '../types';

/**
 * A full name the tagger typed otherwise, whose last word the article names alone as a person: "Pep Guardiola praised
 * Erling Haaland …" then "Guardiola said …", "Luka Doncic was traded …" then "Doncic said …". News gives a person's full
 * name once and the surname after, and a surname read beside "said" or "he" is surer than a full name read, before
 * a verb that teams and firms share, as a club or a firm. So a detected name of two or three capitalized words typed
 * anything but person, whose last word is a person mention elsewhere in the article, is a person, with every detected
 * mention of exactly that name. A name after "the" and its modifiers ("the Walt Disney …", "the 36-year-old Aston
 * Villa player", where some other player is "Villa") is no person's and stays. Runs after the rules
 * that find people named by surname alone (`surnamePeople.ts`). Mentions a person tagged or confirmed stay. Pure.
 */
const FULL_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** "the ", "the 36-year-old ", "the former ": a determiner and up to two lower-case words right before. */
const THE_BEFORE = /\b[Tt]he\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,2}$/u;

export function surnameFullNames(text: string, mentions: RawMention[]): RawMention[] {
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === 'person' && text.indexOf(' ', m.start) >= m.end) surnames.add(text.slice(m.start, m.end));
  if (!surnames.size) return mentions;
  const people = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'person' || m.origin !== 'detected') continue;
    const name = text.slice(m.start, m.end);
    if (!surnames.has(name.slice(name.lastIndexOf(' ') + 1)) || !FULL_NAME.test(name) || THE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    people.add(name);
  }
  if (!people.size) return mentions;
  return mentions.map((m) => (m.type !== 'person' && m.origin === 'detected' && people.has(text.slice(m.start, m.end)) ? { ...m, type: 'person' as const } : m));
}
