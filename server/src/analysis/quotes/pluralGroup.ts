/**
 * "Analysts at Morgan Stanley said in a note that … “…,” they wrote": a group of people described by a plural noun
 * (analysts, officials, researchers, the ministers) who spoke as the subject of a reporting verb is who the next
 * "they" stands for, as a person is for "he" or "she". The group is the whole described phrase.
 */
import type { Span } from '../types';
import { insideAny } from './insideAny';

/** Plural nouns for people by their work or part in the story. */
export const GROUP_NOUN = String.raw`analysts|officials|researchers|scientists|experts|economists|strategists|ministers|diplomats|lawmakers|legislators|leaders|negotiators|delegates|representatives|spokespeople|executives|investigators|prosecutors|lawyers|judges|police|officers|authorities|doctors|medics|nurses|rescuers|witnesses|residents|villagers|activists|protesters|organi[sz]ers|critics|observers|sources|engineers|teachers|students|workers|farmers|volunteers|parents|survivors|fans|voters|traders|investors|monitors|inspectors|campaigners`;

/**
 * A group opening its sentence and speaking: "Analysts at Morgan Stanley said", "Health officials in Gaza told",
 * "The ministers wrote", also described by a relative clause: "Residents who fled the town said". Group 1 is the
 * phrase, with the clause.
 */
/** (a noun may open its sentence, capitalized: "Analysts at Morgan Stanley said") */
const GROUP_NOUNS = GROUP_NOUN.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const GROUP_SPEAKING = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n\s*)((?:(?:The|Some|Several|Many|Other|Two|Three|Four|Five|Senior|Top)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${GROUP_NOUNS})(?:\s+(?:at|from|for|with|in|of|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}?[\p{L}.&'’-]+)?(?:\s+(?:who|whose)(?:\s+(?!(?:said|say|says|told|tell|wrote|added)\b)[\p{L}\p{N}'’-]+){1,10}?)?)\s+(?:also\s+)?(?:said|say|says|told|tell|wrote|write|added|warned|noted|argued|predicted|estimated|expect|expected|believe|believed)\b`, 'gu');

/**
 * Any other plural opening its sentence as the subject of a plural reporting verb: "Republicans said", "Residents
 * told", "The two groups say", "Senior Democrats in the House argued", or closing it after a comma ("…, the groups
 * say."; group 1 the comma). Group 2 is the phrase, group 3 its head: a
 * capitalized word for members of a party, people or creed ("Republicans", "Democrats", "Israelis", "Conservatives"),
 * or a common noun in -s (not -ss, -us, -is), capitalized only when it opens the sentence ("Residents"; group 4). A
 * verb in -s ("says") takes no plural subject.
 */
const PLURAL_SPEAKING = /(?:^|[.!?]["”’]?\s+|\n\s*|(,["”’]?\s+(?=the\s)))((?:(?:(?:[Tt]he|Some|Several|Many|Most|Other|Two|Three|Four|Five|Senior|Top)\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{Lu}\p{Ll}+(?:ans|ats|ists|ives|is|ites)|\p{Ll}{2,}[^\Wsui\d_]s)|(\p{Lu}\p{Ll}+[^\Wsui\d_]s))(?:\s+(?:at|from|for|with|in|of|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}?[\p{L}.&'’-]+)?(?:\s+(?:who|whose)(?:\s+(?!(?:said|say|says|told|tell|wrote|added)\b)[\p{L}\p{N}'’-]+){1,10}?)?)\s+(?:also\s+)?(?:said|say|told|tell|wrote|write|added|warned|noted|argued|insisted|claimed)\b/dgu;
/** Plurals that name a place, a body or a document, not people: "the United States said", "the reports said". */
export const NOT_PEOPLE = /^(?:states|nations|emirates|islands|netherlands|philippines|maldives|bahamas|news|times|series|games|olympics|affairs|services|forces|press|reports|statements|documents|figures|data|records|polls|surveys|results|numbers|papers|minutes|notes|filings|emails|messages|letters|texts|posts|tweets|comments|remarks|words|headlines|articles|studies|models|guidelines|rules|laws|talks|markets|prices|shares|stocks)$/;

/**
 * A group that spoke, found once per paragraph (see paragraphSubjects.ts). `head` is kept for a plural found by its
 * form alone ("Republicans said"), which a lookup passes over when it turns out to be a name ("Sanders said").
 */
export interface GroupSpeaking extends Span {
  /** Where the match ends, past its reporting verb: a lookup before an offset takes it only when it ends by then. */
  until: number;
  head?: Span;
}

/** The groups that spoke between `from` and `to` (one paragraph), outside quotations, in order. */
export function groupsSpeakingIn(text: string, quoted: readonly Span[], from: number, to: number): GroupSpeaking[] {
  const out: GroupSpeaking[] = [];
  const stretch = text.slice(from, to);
  for (const m of stretch.matchAll(GROUP_SPEAKING)) {
    const start = from + m.index! + m[0].indexOf(m[1]);
    const span = { start, end: start + m[1].length };
    if (!insideAny(quoted, span) && /^\p{Lu}/u.test(m[1])) out.push({ ...span, until: from + m.index! + m[0].length });
  }
  const listed = new Set(out.map((g) => g.start));
  for (const m of stretch.matchAll(PLURAL_SPEAKING)) {
    const span = { start: from + m.indices![2][0], end: from + m.indices![2][1] };
    const [, after, phrase] = m;
    const h = m[3] === undefined ? 4 : 3;
    const head = { start: from + m.indices![h][0], end: from + m.indices![h][1] };
    // (after a comma, "…, the groups say.": only a clause that ends with its verb, as a credit does)
    const opens = after === undefined ? /^\p{Lu}/u.test(phrase) : /^[.,;]/.test(stretch.slice(m.index! + m[0].length));
    // (one a listed noun found already is kept once)
    if (listed.has(span.start) || insideAny(quoted, span) || !opens || NOT_PEOPLE.test(m[h].toLowerCase())) continue;
    out.push({ ...span, until: from + m.index! + m[0].length, head });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Of `groups` (those that spoke in the stretch before `at`, in order), the last that ended before `at`: one by a
 * listed noun, or a plural by its form that `named` does not find to be (part of) a person's, place's or body's name
 * ("Sanders said", "Reuters said"); null when there is none.
 */
export function lastGroupOf(groups: readonly GroupSpeaking[], at: number, named: (span: Span) => boolean = () => false): Span | null {
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (g.until <= at && !(g.head && named(g.head))) return { start: g.start, end: g.end };
  }
  return null;
}
