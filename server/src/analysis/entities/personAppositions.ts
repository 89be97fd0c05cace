import type { RawMention } from '../types';
import { INSTITUTION_HEADS } from './organizationHeads';

/**
 * A name followed by an apposition giving a person's post is a person: "Tu Xinquan, dean of the China Institute for
 * WTO Studies,", "Liang Hao, a professor at Fudan University,". A tagger that does not know the name reads it, next
 * to a long organization, as one more organization. A detected name of one to three capitalized words typed anything
 * but person becomes a person when such an apposition follows one of its mentions; every detected mention of exactly
 * that name follows.
 *
 * The posts are nouns only people hold ("dean", "professor", "spokesperson", "researcher" …), in front of "of", "at",
 * "with", "for", "from" or a comma; a country may be "a member of" or "president of" a body, so "member" and
 * "president" stay out, and so do "the Kenyan, whose agent in …" (a name after "the" is no person's). After a
 * place's possessive the post is a person's, whatever body could also hold it, and its complement may be "to" or
 * "in": "Hong Lei, China's ambassador to Argentina,", "Sheinbaum, Mexico's first woman president,", "Kim, South
 * Korea's vice foreign minister," (a country is "a member of" a body, never "Mexico's president"). Mentions a
 * person tagged or confirmed stay as they are. Pure.
 */
const POST = String.raw`(?:dean|professor|commander|commander-in-chief|lecturer|researcher|scholar|economist|analyst|spokesman|spokeswoman|spokesperson|director|director-general|chairman|chairwoman|founder|co-founder|CEO|editor|editor-in-chief|fellow|head|deputy|ambassador|envoy|minister|secretary-general|vice-president|vice president|vice-chairman|vice chairman|associate|adviser|advisor|senior adviser|expert|commentator|columnist|author|coach)`;
const APPOSITION = new RegExp(String.raw`^,\s+(?:(?:the|a|an)\s+)?(?:(?!whose\b|who\b|which\b)[\p{Ll}-]+\s+){0,2}${POST}\s*(?:of|at|with|for|from|,)\s`, 'u');
/** Posts held only by people once a place owns them: heads of state and government, and ministers of any rank. */
const OWNED_POST = String.raw`(?:${POST.slice(3, -1)}|president|premier|chancellor|leader|king|queen|emperor|consul|governor|mayor|executive)`;
/** ", China's ambassador to", ", South Korea's vice foreign minister,": one to three capitalized words own the post. */
const OWNED_APPOSITION = new RegExp(String.raw`^,\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}['’]s\s+(?:(?!whose\b|who\b|which\b)[\p{Ll}-]+\s+){0,3}${OWNED_POST}\s*(?:of|at|with|for|from|to|in|,)\s`, 'u');
/**
 * ", the company's chief engineer,", ", the bank's chief economist,": a body named by a common noun owns a post that
 * only a person holds (a company is "the group's subsidiary", never "the group's chief engineer").
 */
const BODY_OWNED_APPOSITION = new RegExp(String.raw`^,\s+(?:the\s+(?:company|firm|group|bank|ministry|agency|university|team|club|party|council|institute|museum|hospital)['’]s|its)\s+(?:(?!whose\b|who\b|which\b)[\p{Ll}-]+\s+){0,3}(?:${OWNED_POST.slice(3, -1)}|engineer|scientist|officer|economist|strategist|designer|architect|curator|manager|captain|striker|goalkeeper)\s*(?:of|at|for|in|,)`, 'u');
const NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}$/u;
/** Words that end organizations and places, never people: "the Institute, head of …" stays an organization. */
const NOT_A_PERSON = new RegExp(String.raw`\s(?:${[...INSTITUTION_HEADS, 'Bank', 'Centre', 'Center', 'School', 'Times', 'News', 'Post', 'Daily'].join('|')})$`);

/** A preposition or a noun that makes the name after it a place: "In X, …", "the capital X, …". */
const PLACE_BEFORE = /\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|capital|city|town) $/;

export function personAppositions(text: string, mentions: RawMention[]): RawMention[] {
  const people = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'person' || m.origin !== 'detected' || text.charCodeAt(m.end) !== 44 /* , */) continue;
    const name = text.slice(m.start, m.end);
    if (people.has(name) || !NAME.test(name) || NOT_A_PERSON.test(name) || /\b[Tt]he\s+$/.test(text.slice(Math.max(0, m.start - 5), m.start))) continue;
    // "In X, the commander of …": a fronted place, and the clause after the comma has its own subject.
    if (PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    const after = text.slice(m.end, m.end + 80);
    if (APPOSITION.test(after) || (/['’]s /.test(after) && OWNED_APPOSITION.test(after)) || BODY_OWNED_APPOSITION.test(after)) people.add(name);
  }
  if (!people.size) return mentions;
  return mentions.map((m) =>
    m.type !== 'person' && m.origin === 'detected' && people.has(text.slice(m.start, m.end)) ? { ...m, type: 'person' as const } : m,
  );
}
