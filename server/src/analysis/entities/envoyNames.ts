import type { RawMention } from '../types';

/**
 * "Chinese Ambassador to Japan Kong Xuanyou", "Ambassador to the United States Cui Tiankai": a diplomat's title names
 * the country, then the person, with nothing between them, and a sentence tagger blurs the seam. It tags "Japan Kong
 * Xuanyou" as one place, or the place and only the last word of the name ("Tiankai"). After "Ambassador|Envoy|
 * Representative|Consul (General) to|in [the]", the run of capitalized words is cut into the place and a two-word
 * person name at its end:
 *  - a detection covering the whole run (its last two words looking like a name) becomes the place and the person;
 *  - a place detected at the head of the run, and a person (or a company: "Jianghao"/organization) detected in its
 *    tail, become the place and the whole tail, a person.
 * The head is an organization where the envoy is sent to a body ("Permanent Representative to the UN Fu Cong"), and
 * the country sending may stand between ("Permanent Representative of China to the UN Geng Shuang"). The words of
 * the title before it ("Permanent", "Deputy", "Special") are no part of a name the tagger runs them into: "Chinese
 * Permanent" is "Chinese", misc.
 * Mentions a person tagged or confirmed are never touched. Pure.
 */
const ENVOY = /\b(?:Ambassador|Envoy|Representative|Consul(?:[-\s]General)?)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?\s+(?:to|in)\s+(?:the\s+)?/gu;
/** Words of a diplomat's title before "Representative", "Envoy" or "Ambassador": "Permanent", "Deputy", "Special". */
const TITLE_WORDS = /(?:^|(?: |^)(?:Permanent|Deputy|Special|Resident|Chief|Senior|Acting|Alternate))+$/;
/** A nationality adjective, what stays of "Chinese Permanent" once its title words are cut: misc. */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ese|an|ish|i|ch)$/u;
/**
 * Where the envoy is sent, when it is a body rather than a country: "the UN", "the United Nations", "the African
 * Union" (the acronyms of countries excepted).
 */
const BODY = /^(?:(?!USA?$|UK$|UAE$|DPRK$|ROK$|PRC$)[A-Z]{2,6}|.* (?:Nations|Union|Organization|Organisation))$/;
const WORD = /^\s*(\p{Lu}[\p{L}'’-]*)/u;
/** Words that end names of bodies and places, not of persons: "the United Nations Security Council". */
const NOT_A_NAME = /^(?:Council|Nations|Union|Assembly|Organization|Organisation|Republic|Kingdom|States|Emirates|Islands|Office|Bank|Court|Committee|Commission|Agency|Forum|Summit|Conference|Association|General|Africa|America|Asia|Europe|Korea|Arabia|Zealand|Kong|Lanka|Leone|Rica|Salvador|Guinea|Coast|Sudan|Macedonia)$/;

export function envoyNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!/Ambassador|Envoy|Representative|Consul/.test(text)) return mentions;
  let out = mentions;
  for (const m of text.matchAll(ENVOY)) {
    out = cutTitleWords(text, out, m.index);
    const runStart = m.index + m[0].length;
    const words = capitalizedRun(text, runStart);
    if (words.length < 3) continue;
    const runEnd = words[words.length - 1].end;
    const personStart = words[words.length - 2].start;
    if (NOT_A_NAME.test(words[words.length - 1].text) || /^(?:General|Security|Nations|States|Union|United)$/.test(words[words.length - 2].text)) continue;
    const inRun = out.filter((x) => x.start < runEnd && runStart < x.end);
    if (inRun.some((x) => x.origin !== 'detected' || x.start < runStart || x.end > runEnd)) continue;
    const place = inRun.find((x) => x.start === runStart);
    if (!place) continue;
    const headType = (end: number) => (BODY.test(text.slice(runStart, end)) ? 'organization' as const : 'location' as const);
    // The tagger may type the given name it cut from the surname as a company ("Japan" + "Jianghao"/organization).
    const person = inRun.find((x) => (x.type === 'person' || x.type === 'organization') && x.end === runEnd);
    if (place.end === runEnd && place.type !== 'person') {
      // One detection over "Japan Kong Xuanyou".
      const split: RawMention[] = [
        { ...place, end: text.slice(runStart, personStart).trimEnd().length + runStart, type: headType(text.slice(runStart, personStart).trimEnd().length + runStart) },
        { start: personStart, end: runEnd, type: 'person', score: place.score ?? 0.5, origin: 'detected' },
      ];
      out = replace(out, [place], split);
    } else if (place.end < personStart && person && person.start > personStart && place.type === 'location') {
      // "United States" + "Tiankai": the person is the whole tail.
      out = replace(out, [person], [{ ...person, start: personStart, type: 'person' }]);
    }
    // "to the UN" read as a place: the body the envoy is sent to is an organization.
    const head = out.find((x) => x.start === runStart && x.end <= personStart && x.type === 'location' && x.origin === 'detected');
    if (head && headType(head.end) === 'organization') out = replace(out, [head], [{ ...head, type: 'organization' }]);
  }
  return out;
}

/**
 * "Chinese Permanent" + "Representative to …": a detection ending in the words of a diplomat's title, or in the
 * title itself ("Permanent Representative"/organization), is cut to what precedes them, a nationality adjective typed
 * misc ("Chinese"), and dropped if nothing precedes them.
 */
function cutTitleWords(text: string, mentions: RawMention[], titleAt: number): RawMention[] {
  const titleEnd = titleAt + (/^[\p{L}-]+/u.exec(text.slice(titleAt))?.[0].length ?? 0);
  const m = mentions.find((x) => x.start < titleAt && (x.end === titleAt - 1 || x.end === titleEnd) && x.origin === 'detected');
  if (!m) return mentions;
  const kept = text.slice(m.start, titleAt - 1).replace(TITLE_WORDS, '');
  if (kept.length === m.end - m.start) return mentions;
  if (!/\S/.test(kept)) return mentions.filter((x) => x !== m);
  return replace(mentions, [m], [{ ...m, end: m.start + kept.length, type: NATIONALITY.test(kept) ? 'misc' : m.type }]);
}

/** The capitalized words from `at` on, separated by single spaces. */
function capitalizedRun(text: string, at: number): { start: number; end: number; text: string }[] {
  const words: { start: number; end: number; text: string }[] = [];
  let i = at;
  for (;;) {
    const w = WORD.exec(text.slice(i, i + 40));
    if (!w || (words.length && !/^ \S/.test(text.slice(i, i + 2)))) break;
    const start = i + w[0].length - w[1].length;
    words.push({ start, end: start + w[1].length, text: w[1] });
    i = start + w[1].length;
  }
  return words;
}

function replace(mentions: RawMention[], old: RawMention[], by: RawMention[]): RawMention[] {
  return [...mentions.filter((m) => !old.includes(m)), ...by].sort((a, b) => a.start - b.start || b.end - a.end);
}
