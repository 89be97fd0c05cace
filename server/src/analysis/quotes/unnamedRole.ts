/**
 * "A police officer at the scene said the fire began after midnight. He added: …": a person brought in by a role
 * with no name, as the subject of a reporting verb, is who the next "he" or "she" stands for, not someone named
 * before them. The role's nouns give a gender where they have one ("a mother", "a spokesman").
 */
import type { Span } from '../types';
import type { Gender } from './personGender';
import { insideAny } from './insideAny';

const FEMALE = /^(?:woman|mother|wife|daughter|sister|grandmother|girl|spokeswoman|chairwoman|policewoman|businesswoman|widow|aunt|nun)$/;
const MALE = /^(?:man|father|husband|son|brother|grandfather|boy|spokesman|chairman|policeman|businessman|fisherman|widower|uncle|priest|monk)$/;
/** Nouns for a person by their work, place or part in the story, with no gender. */
const NEUTRAL = /^(?:person|officer|official|witness|resident|spokesperson|doctor|nurse|teacher|student|soldier|worker|driver|farmer|diplomat|lawyer|volunteer|survivor|firefighter|paramedic|medic|guard|neighbou?r|shopkeeper|vendor|engineer|analyst|investigator|prosecutor|rescuer|pilot|passenger|fan|parent|villager|trader|source|employee|manager|official|aide|journalist|reporter|photographer|commander|researcher|scientist|economist|miner|fisher|refugee|migrant|protester|activist|patient|owner|local)$/;

/**
 * A role opening its sentence and speaking: "A police officer at the scene said", "One local resident told", "An
 * aid worker in Rafah says", also described by what they were doing or a relative clause: "A rescue worker digging
 * through the rubble said", "A woman who lost her home said". Group 1 is the phrase, group 2 its noun.
 */
const ROLE_SPEAKING = /(?:^|[.!?]["”’]?\s+|\n\s*)((?:A|An|One)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}+)(?:\s+(?:at|from|for|to|in|on|near|outside|inside|with|of)\s+(?:the\s+|a\s+)?[\p{L}-]+(?:\s+[\p{Ll}-]+)?)?(?:\s+(?:who|whose|\p{Ll}{3,}ing)(?:\s+(?!(?:said|says|told|tells|added)\b)[\p{L}\p{N}'’-]+){1,10}?)?)\s+(?:also\s+)?(?:said|says|told|tells|added|explained|recalled|described)\b/gu;

function genderOf(noun: string): Gender | null | undefined {
  if (FEMALE.test(noun)) return 'f';
  if (MALE.test(noun)) return 'm';
  return NEUTRAL.test(noun) ? null : undefined;
}

/**
 * The last unnamed role that spoke between `from` and `at` (outside quotations) whose gender does not speak against
 * `gender`; null when there is none.
 */
export function unnamedRoleBefore(text: string, quoted: Span[], from: number, at: number, gender: Gender): Span | null {
  let found: Span | null = null;
  const stretch = text.slice(from, at);
  for (const m of stretch.matchAll(ROLE_SPEAKING)) {
    const g = genderOf(m[2]);
    if (g === undefined || (g !== null && g !== gender)) continue;
    const start = from + m.index! + m[0].indexOf(m[1]);
    const span = { start, end: start + m[1].length };
    if (!insideAny(quoted, span)) found = span;
  }
  return found;
}

/** Complements that describe an anonymous source by what it knows: "familiar with the matter", "close to the family". */
const KNOWING = String.raw`(?:familiar\s+with|close\s+to|briefed\s+on|privy\s+to|knowledgeable\s+about)\s+(?:the\s+|a\s+)?[\p{L}’'-]+(?:\s+[\p{Ll}-]+)?`;

/**
 * The unnamed role that "the person", "the official" or "the source" names again: the last phrase between `from` and
 * `at` (outside quotations) that brought in one with that noun, with what describes it: "a person familiar with the
 * matter said …. “…,” the person said". Null when there is none.
 */
export function introducedRole(text: string, quoted: Span[], from: number, at: number, noun: string): Span | null {
  if (genderOf(noun) === undefined) return null;
  const phrase = new RegExp(String.raw`\b(?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,2}?${noun}(?:\s+${KNOWING}|\s+(?:at|from|for|to|in|with|of)\s+(?:the\s+|a\s+)?[\p{L}-]+(?:\s+[\p{Ll}-]+)?)?(?=\s+(?:also\s+)?(?:said|says|told|tells|added)\b|,)`, 'gu');
  let found: Span | null = null;
  for (const m of text.slice(from, at).matchAll(phrase)) {
    const span = { start: from + m.index!, end: from + m.index! + m[0].length };
    if (!insideAny(quoted, span)) found = span;
  }
  return found;
}
