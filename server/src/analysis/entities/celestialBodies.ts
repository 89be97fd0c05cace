import type { RawMention } from '../types';

/**
 * "the Moon" and "the Earth" are places, like "Mars": but a tagger that has met the Korean surname ("President Moon",
 * "Moon Jae-in") reads "the Moon's far side" as a person, and the consistency pass then spreads that person to every
 * "Moon". After "the", the word is the body, not the man — unless a word of politics follows ("the Moon
 * administration", "the Moon government"): such mentions become locations. Mentions a person tagged or confirmed stay
 * as they are. "Earth" names no one, so it is the planet with or without "the" ("crew returns to Earth"). Pure.
 */
const BODY = /^(?:Moon|Earth)$/;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
const POLITICS_AFTER = /^\s+(?:administration|government|cabinet|camp|era|regime|presidency|family|aides?|team)\b/;

export function retypeCelestialBodies(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes('Moon') && !text.includes('Earth')) return mentions;
  return mentions.map((m) =>
    m.type !== 'location' && m.origin === 'detected' && BODY.test(text.slice(m.start, m.end)) &&
      (text.slice(m.start, m.end) === 'Earth' || THE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) &&
      !POLITICS_AFTER.test(text.slice(m.end, m.end + 16))
      ? { ...m, type: 'location' }
      : m,
  );
}
