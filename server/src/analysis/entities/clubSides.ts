import type { RawMention } from '../types';

/**
 * A club named after its city ("Valencia", "Sevilla", "Monaco") is an organization in a sports report, the city a
 * place: the tagger reads the score line "Real Madrid beat Valencia 3-1" right, but the same name elsewhere in the
 * article as the city ("past Valencia", "Valencia's Hugo Duro", "against Valencia"). Clubs play clubs and countries
 * play countries: a name the tagger typed an organization as one side of a result whose other side is an
 * organization too ("A beat B", "A drew with B") is a club, and its mentions typed a place where a match is told
 * around them (after "beat", "against", "past", "v", before "beat" or a score, or a possessive with a person after
 * it: "Valencia's Hugo Duro") are the club too. Other mentions ("floods in Valencia") stay places. A name right after
 * "club" or "side" and a league's or a country's name before it is a club too ("the Super League club Shanghai Port",
 * "Bundesliga side Mainz"). Mentions a person tagged or confirmed stay as they are. Pure.
 */
const RESULT = /^ (?:beat|beats|defeated|edged|thrashed|routed|hammered|drew with|held|lost to|fell to) $/;
const MATCH_BEFORE = /(?:^|[^\p{L}])(?:beat|beats|beating|defeated|edged|thrashed|routed|against|past|v|vs\.?|drew with|draw with|lost to|loss to|win over|victory over) $/u;
const MATCH_AFTER = /^ (?:beat|beats|defeated|edged|thrashed|routed|(?:drew|lost|loses|lose) (?:to|with|against)|\d{1,2}-\d{1,2}\b)/;

/**
 * A goal told before the result: "X scored twice as A beat B", "X's header helped A beat B". Goals are scored in team
 * sports only, so the two sides of that result are teams, never players, whatever the tagger made of a name like
 * "Al Nassr" (read as a person for its "Al").
 */
const GOAL_THEN_RESULT = /\b(?:scored|netted|headed|goal|goals|brace|hat-trick|header|equali[sz]er)\b[^.;!?\n"“”]{0,60}?\b(?:as|helping|helped|to help)\s+(?:the\s+)?$/;

export function clubSides(text: string, allMentions: RawMention[]): RawMention[] {
  const mentions = teamsAfterClubNoun(text, teamsAfterGoals(text, allMentions));
  const clubs = new Set<string>();
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1], b = mentions[i];
    if (a.type !== 'organization' || b.type !== 'organization' || b.start - a.end > 14 || !RESULT.test(text.slice(a.end, b.start))) continue;
    clubs.add(text.slice(a.start, a.end)).add(text.slice(b.start, b.end));
  }
  if (!clubs.size) return mentions;
  return mentions.map((m, i) => {
    if (m.type !== 'location' || m.origin !== 'detected' || !clubs.has(text.slice(m.start, m.end))) return m;
    const next = mentions[i + 1];
    const ownsPlayer = !!next && next.type === 'person' && next.start === m.end + 3 && /^['’]s $/.test(text.slice(m.end, next.start));
    const inMatch = MATCH_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) || MATCH_AFTER.test(text.slice(m.end, m.end + 20));
    return ownsPlayer || inMatch ? { ...m, type: 'organization' as const } : m;
  });
}

/** The sides of a result told after a goal, typed a person: organizations, in every detected mention of their name. */
function teamsAfterGoals(text: string, mentions: RawMention[]): RawMention[] {
  const teams = new Set<string>();
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1], b = mentions[i];
    if ((a.type !== 'person' && b.type !== 'person') || b.start - a.end > 14 || !RESULT.test(text.slice(a.end, b.start))) continue;
    if (!GOAL_THEN_RESULT.test(text.slice(Math.max(0, a.start - 100), a.start))) continue;
    for (const m of [a, b]) if (m.type === 'person' && m.origin === 'detected') teams.add(text.slice(m.start, m.end));
  }
  if (!teams.size) return mentions;
  return mentions.map((m) => (m.type === 'person' && m.origin === 'detected' && teams.has(text.slice(m.start, m.end)) ? { ...m, type: 'organization' as const } : m));
}

/**
 * A name in apposition after "club", "side" or "outfit" with a capitalized word before the noun (a league or a country:
 * "the Chinese Super League club X", "Serie A side Y", "Dutch outfit Z") is that club, an organization, whatever the
 * tagger made of a club named after its city ("Shanghai Port" a place). Only the few characters before each
 * detected place or person are read.
 */
const CLUB_NOUN_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]* (?:club|side|outfit) $/u;

function teamsAfterClubNoun(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected' || (m.type !== 'location' && m.type !== 'person')) return;
    if (!CLUB_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return;
    out ??= [...mentions];
    out[i] = { ...m, type: 'organization' };
  });
  return out ?? mentions;
}
