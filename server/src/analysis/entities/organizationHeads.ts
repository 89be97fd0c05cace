import type { RawMention } from '../types';

/**
 * A name ending in a word that only organizations end in is an organization, whatever type the tagger gave it: "Hong
 * Kong Observatory" (tagged a place), "Chinese Olympic Committee", "Tsinghua University". The words are those that, in
 * CoNLL-2003 train, end organizations and never (or almost never) places or misc names; "Bank" (the West Bank),
 * "League" (the Premier League), "Union" (the Soviet Union), "Centre", "Court" and "Federation" are left out. "Survey"
 * counts only in "Geological Survey" ("the US Geological Survey"): a "Survey" alone is as often a publication. Only
 * names of two words or more; mentions a person tagged or confirmed stay as they are. So are airlines: "… Airlines",
 * "… Airways" and "Air" + a name ("Air China", tagged a place for its "China").
 *
 * A country's or a people's name right before "Embassy" or "Consulate (General)" names the mission, which the tagger
 * leaves out: "the Chinese Embassy in Tokyo" is the organization "Chinese Embassy", not the demonym "Chinese". So
 * before a capitalized "Parliament", a word CoNLL-2003 never shows the tagger: "the European Parliament", "the
 * Hungarian Parliament" are the assembly, not the demonym.
 *
 * A few company words end no person's name either, and a tagger that never saw the 2020s start-ups reads "Zhipu AI",
 * "Moonshot AI" as people, and investors ("Sequoia Capital", "Valor Equity Partners") as places: a name of two words
 * or more ending in "AI", "Robotics", "Technologies", "Holdings", "Group", "Capital", "Partners", "Ventures" or
 * "Securities" is an organization even where the tagger typed it a person. So are broadcasters and their channels
 * named "… News", "… Business", "… Sports" ("Sky News", "Fox Business"): a tagger that knows "Fox" as a surname stops
 * there ("told Fox Business" → "Fox"/person), and the channel's word joins the name when no capitalized word goes on
 * ("Harvard Business School" is the school's name, and stays as the tagger made it). Pure.
 */
/** A channel's word after a one-word name, the name ending there: "Fox" + " Business", "Sky" + " Sports". */
const CHANNEL_AFTER = /^ (?:News|Business|Sports)(?![\p{L}\p{N}-]| \p{Lu})/u;
const ONE_WORD = /^\p{Lu}[\p{L}-]*$/u;
const MISSION_AFTER = /^ (?:Embassy|Consulate(?: General| general)?|Parliament)(?![\p{L}-])/u;
/**
 * Words that end the names of institutions and never a person's: "Tsinghua University", "Foreign Ministry". One list for
 * the rules that ask so (this one; `personAppositions.ts`; `mentionEdges.ts`), each adding the words of its own job.
 */
export const INSTITUTION_HEADS: readonly string[] = [
  'Party', 'Commission', 'Ministry', 'Association', 'Council', 'Department', 'Group', 'University', 'Committee', 'Corporation',
  'Agency', 'Office', 'Institute', 'College', 'Company', 'Club', 'Foundation', 'Academy',
];
const HEAD = new RegExp(String.raw`\s(?:${[...INSTITUTION_HEADS, 'Authority', 'Board', 'Administration', 'Organi[sz]ation', 'Bureau', 'Fund', 'Society', 'Observatory', 'Service', 'Geological Survey', 'Parliament', 'Airlines', 'Airways'].join('|')})$`);
/** "Air" + one name is an airline ("Air China", "Air Astana"): every such name in CoNLL-2003 is an organization. */
const AIRLINE = /^Air \p{Lu}[\p{L}-]+$/u;
/** Company words no person's name ends in: "Zhipu AI", "Horizon Robotics", "Ant Group", "Sequoia Capital". */
const COMPANY_HEAD = /\s(?:AI|Robotics|Technologies|Holdings|Group|Capital|Partners|Ventures|Securities|News|Business|Sports)$/;

export function retypeOrganizationHeads(text: string, mentions: RawMention[]): RawMention[] {
  return mentions.map((m, i) => {
    if (m.origin !== 'detected') return m;
    const name = text.slice(m.start, m.end);
    const channel = text.charCodeAt(m.end) === 32 && ONE_WORD.test(name) ? CHANNEL_AFTER.exec(text.slice(m.end, m.end + 12)) : null;
    // (a channel word the tagger found as a name of its own is left to it)
    if (channel && !(mentions[i + 1]?.start < m.end + channel[0].length)) return { ...m, end: m.end + channel[0].length, type: 'organization' };
    if (m.type === 'organization') return m;
    if (COMPANY_HEAD.test(name)) return { ...m, type: 'organization' };
    if (m.type === 'person') return m;
    if (HEAD.test(name) || AIRLINE.test(name)) return { ...m, type: 'organization' };
    const mission = MISSION_AFTER.exec(text.slice(m.end, m.end + 20));
    return mission ? { ...m, end: m.end + mission[0].length, type: 'organization' } : m;
  });
}
