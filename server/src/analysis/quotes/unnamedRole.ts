/**
 * "A police officer at the scene said the fire began after midnight. He added: …": a person brought in by a role
 * with no name, as the subject of a reporting verb, is who the next "he" or "she" stands for, not someone named
 * before them. The role's nouns give a gender where they have one ("a mother", "a spokesman").
 */
import type { Span } from '../types';
import type { Gender } from './personGender';
import { insideAny } from './insideAny';

const FEMALE_NOUNS = 'woman|mother|wife|daughter|sister|grandmother|girl|spokeswoman|chairwoman|policewoman|businesswoman|widow|aunt|nun';
const MALE_NOUNS = 'man|father|husband|son|brother|grandfather|boy|spokesman|chairman|policeman|businessman|fisherman|widower|uncle|priest|monk';
/** Nouns for a person by their work, place or part in the story, with no gender. */
const NEUTRAL_NOUNS = 'person|officer|official|witness|resident|spokesperson|doctor|nurse|teacher|student|soldier|worker|driver|farmer|diplomat|lawyer|volunteer|survivor|firefighter|paramedic|medic|guard|neighbou?r|shopkeeper|vendor|engineer|analyst|investigator|prosecutor|rescuer|pilot|passenger|fan|parent|villager|trader|source|employee|manager|official|aide|journalist|reporter|photographer|commander|researcher|scientist|economist|miner|fisher|refugee|migrant|protester|activist|patient|owner|local';
const FEMALE = new RegExp(`^(?:${FEMALE_NOUNS})$`);
const MALE = new RegExp(`^(?:${MALE_NOUNS})$`);
const NEUTRAL = new RegExp(`^(?:${NEUTRAL_NOUNS})$`);
/** Any of those nouns as a word before a space or a comma: a cheap test before reading a paragraph's phrases. */
const ANY_ROLE_NOUN = new RegExp(`\\b(?:${FEMALE_NOUNS}|${MALE_NOUNS}|${NEUTRAL_NOUNS})[\\s,]`);

/**
 * An unnamed role: "A police officer at the scene", "One local resident", "an aid worker in Rafah", also described by
 * what they were doing or a relative clause: "A rescue worker digging through the rubble", "a woman who lost her
 * home". The group "noun" is its noun.
 */
const ROLE = String.raw`(?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,3}?(?<noun>\p{Ll}+)(?:\s+(?:at|from|for|to|in|on|near|outside|inside|with|of)\s+(?:the\s+|a\s+)?[\p{L}-]+(?:\s+[\p{Ll}-]+)?)?(?:\s+(?:who|whose|\p{Ll}{3,}ing)(?:\s+(?!(?:said|says|told|tells|added)\b)[\p{L}\p{N}'’-]+){1,10}?)?`;

/**
 * A role as the subject of a reporting verb: opening its sentence ("A police officer at the scene said", "One local
 * resident told"), or after a fronted clause or a quotation and its comma ("As the water rose, a fisherman who lives
 * by the river said", "“…,” a nurse at the clinic said"; not one set off by commas inside another's sentence:
 * "Senator Lopez, a close aide said, …" speaks of Lopez). The group "phrase" is the role.
 */
const ROLE_SPEAKING = new RegExp(String.raw`(?:(?:^|[.!?]["”’]?\s+|\n\s*)(?=[AO])|(?<comma>,)(?<mark>["”’])?\s+(?=[ao]))(?<phrase>${ROLE})\s+(?:also\s+)?(?:said|says|told|tells|added|explained|recalled|described)\b`, 'gu');

/** A role after a reporting verb put before it, ending its clause: "“…,” said a fisherman who lives by the river." */
const ROLE_INVERTED = new RegExp(String.raw`\b(?:said|says|added|explained|recalled|recounted)\s+(?<phrase>${ROLE})(?=\s*(?:[.,;!?]|$))`, 'gu');

/** What every role above needs: a cheap test before the expressions. */
const OPENS_ROLE = /(?:^|\s)(?:An?|One)\s|,["”’]?\s+(?:an?|one)\s|\b(?:said|says|added|explained|recalled|recounted)\s+(?:an?|one)\s/;

function genderOf(noun: string): Gender | null | undefined {
  if (FEMALE.test(noun)) return 'f';
  if (MALE.test(noun)) return 'm';
  return NEUTRAL.test(noun) ? null : undefined;
}

/** An unnamed role that spoke, found once per paragraph (see paragraphSubjects.ts). */
export interface RoleSpeaking extends Span {
  /** The noun that heads the role ("officer", "woman"). */
  noun: string;
  /** Where the match ends, past its reporting verb: a lookup before an offset takes it only when it ends by then. */
  until: number;
}

/** The unnamed roles that spoke between `from` and `to` (one paragraph), outside quotations, in order (see ROLE_SPEAKING, ROLE_INVERTED). */
export function rolesSpeakingIn(text: string, quoted: readonly Span[], from: number, to: number): RoleSpeaking[] {
  const out: RoleSpeaking[] = [];
  const stretch = text.slice(from, to);
  if (!OPENS_ROLE.test(stretch)) return out;
  for (const re of [ROLE_SPEAKING, ROLE_INVERTED]) {
    for (const m of stretch.matchAll(re)) {
      const { phrase, noun, comma, mark } = m.groups!;
      const until = m.index! + m[0].length;
      if (comma && !mark && /^\s*,/.test(stretch.slice(until))) continue;
      const start = from + m.index! + m[0].indexOf(phrase);
      const span = { start, end: start + phrase.length };
      if (genderOf(noun) !== undefined && !insideAny(quoted, span)) out.push({ ...span, noun, until: from + until });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Of `roles` (those that spoke between the last mention of a person and the quotation, in order), the last whose
 * gender does not speak against `gender`; null when there is none.
 */
export function lastRoleOf(roles: readonly RoleSpeaking[], gender: Gender): Span | null {
  for (let i = roles.length - 1; i >= 0; i--) {
    const g = genderOf(roles[i].noun);
    if (g === null || g === gender) return { start: roles[i].start, end: roles[i].end };
  }
  return null;
}

/** Complements that describe an anonymous source by what it knows: "familiar with the matter", "close to the family". */
const KNOWING = String.raw`(?:familiar\s+with|close\s+to|briefed\s+on|privy\s+to|knowledgeable\s+about)\s+(?:the\s+|a\s+)?[\p{L}’'-]+(?:\s+[\p{Ll}-]+)?`;

/** The tail of a phrase that brings in a role: what describes it, then a reporting verb or a comma (group 1). */
const INTRODUCTION_TAIL = String.raw`(?:\s+${KNOWING}|\s+(?:at|from|for|to|in|with|of)\s+(?:the\s+|a\s+)?[\p{L}-]+(?:\s+[\p{Ll}-]+)?)?(?=(\s+(?:also\s+)?(?:said|says|told|tells|added)\b|,))`;
const INDEFINITE = /\b(?:[Aa]n?|[Oo]ne)\s+/gu;
/** Sticky expressions for reading an introduction word by word (compiled once: this runs per paragraph per keystroke). */
const WORD_AT = /[\p{L}-]+/uy;
const SPACE_AT = /\s+/uy;
const TAIL_AT = new RegExp(INTRODUCTION_TAIL, 'uy');

/**
 * An indefinite phrase that may bring in a role, with its readings: each word among the first three after "a", "an"
 * or "one" that is a role noun and is followed by what describes it and a reporting verb or a comma ("a person
 * familiar with the matter said", "one official,"). `end` is where the phrase ends, `until` where its verb does.
 */
export interface RoleIntroduction {
  start: number;
  readings: { noun: string; end: number; until: number }[];
}

/** The phrases between `from` and `to` (one paragraph) that may bring in an unnamed role, in order. */
export function roleIntroductionsIn(text: string, from: number, to: number): RoleIntroduction[] {
  const out: RoleIntroduction[] = [];
  const stretch = text.slice(from, to);
  if (!ANY_ROLE_NOUN.test(stretch)) return out;
  // (read word by word from each "a", "an" or "one"; each sticky expression is placed before it is run)
  for (const m of stretch.matchAll(INDEFINITE)) {
    const readings: RoleIntroduction['readings'] = [];
    let at = m.index! + m[0].length;
    for (let k = 0; k < 3; k++) {
      WORD_AT.lastIndex = at;
      const word = WORD_AT.exec(stretch);
      if (!word) break;
      const after = at + word[0].length;
      if (genderOf(word[0]) !== undefined) {
        TAIL_AT.lastIndex = after;
        const tail = TAIL_AT.exec(stretch);
        if (tail) readings.push({ noun: word[0], end: from + after + tail[0].length, until: from + after + tail[0].length + tail[1].length });
      }
      SPACE_AT.lastIndex = after;
      const space = SPACE_AT.exec(stretch);
      if (!space) break;
      at = after + space[0].length;
    }
    if (readings.length) out.push({ start: from + m.index!, readings });
  }
  return out;
}

/**
 * The unnamed role that "the person", "the official" or "the source" names again: of `introductions` (those between
 * the paragraph before and the quotation, in order), the last phrase outside quotations that brought in one with that
 * noun and ended before `at`, with what describes it: "a person familiar with the matter said …. “…,” the person
 * said". Each phrase is read with the first of its words that is the noun, as the text is read from left to right (a
 * phrase inside one already read does not count). Null when there is none.
 */
export function introducedRole(introductions: readonly RoleIntroduction[], quoted: readonly Span[], at: number, noun: string): Span | null {
  if (genderOf(noun) === undefined) return null;
  let found: Span | null = null;
  let read = -1;
  for (const phrase of introductions) {
    if (phrase.start < read) continue;
    const reading = phrase.readings.find((r) => r.noun === noun && r.until <= at);
    if (!reading) continue;
    read = reading.end;
    const span = { start: phrase.start, end: reading.end };
    if (!insideAny(quoted, span)) found = span;
  }
  return found;
}
