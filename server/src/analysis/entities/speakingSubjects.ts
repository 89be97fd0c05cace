import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';
import { SENTENCE_START, takesArticle } from './surnamePeople';

/**
 * A leader named by surname alone, with no title and no full name in the article ("Hegseth warned that …",
 * "Sheinbaum insisted …"), is a word the tagger has never seen: it guesses an organization or a place from the word's
 * shape, or finds nothing. But a single capitalized word opening a sentence as the subject of a verb of judging or of
 * a leader's acts ("warned", "insisted", "accused", "vowed", "thanked", "inaugurated") is a person when
 *  - no gazetteer lists it as anything but a person (a place, a company, a language, an organization or misc name of
 *    the training annotations), and
 *  - the tagger typed it with doubt, and the word is not among the most frequent of the lexicon's vocabulary, or the
 *    tagger found nothing there and the vocabulary lacks the word (no common word opening a sentence, "Officials
 *    warned", is so rare):
 * the companies, agencies, parties and countries that act so in news English are names the gazetteers hold, that the
 * tagger knows surely ("Ryanair warned") or that are frequent words it has learned ("Hezbollah vowed"). Plain "said", "told" and "announced" are left out: news
 * agencies, newspapers and companies the gazetteers lack say and report as often as people do ("Interfax said").
 * What makes the name something else anywhere in the article keeps it: "the" before it ("the Taliban warned"), a
 * place's preposition ("in X", "from X"), or a thing's pronoun ("it", "its", "their") first after the verb, with no
 * capitalized word between ("X warned its profit would fall"). Then every detected mention of exactly that name is a
 * person, and the name gets a person mention where the tagger found nothing. Mentions a person tagged or confirmed
 * stay as they are. Pure.
 */
/**
 * The tagger's confidence at and above which its type stands: a name it has learned or can read ("Ryanair",
 * "Europol", "Likud") it types surely, while it guesses a word it has never seen from its shape alone.
 */
export const SURE = 0.85;
/** The rank in the lexicon's vocabulary within which a word is one whose use the tagger has learned ("Hezbollah"). */
export const FAMILIAR_RANK = 10000;
/** One word, its parts joined by hyphens each capitalized or not: "Hegseth", "Ramos-Horta". */
const ONE_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;
const VERB = [
  'insisted', 'argued', 'vowed', 'pledged', 'promised', 'thanked', 'urged', 'criticized', 'criticised', 'praised',
  'acknowledged', 'admitted', 'conceded', 'suggested', 'replied', 'apologized', 'apologised', 'complained', 'recalled',
  'explained', 'refused', 'defended', 'dismissed', 'travelled', 'traveled', 'flew', 'visited', 'inaugurated',
  'congratulated', 'celebrated', 'appeared', 'joked', 'hailed', 'condemned', 'blamed', 'lamented', 'accused', 'warned', 'stressed',
].join('|');
/** Words between a subject and its verb: "X later warned", "X on Monday said". */
const ADVERB = String.raw`(?:also|later|then|again|earlier|previously|repeatedly|on \p{Lu}\p{Ll}+day)`;
/**
 * The verb right after the subject, perhaps after an adverb or a day: "X warned", "X later warned". Plain "said" counts
 * only after such an adverb ("X later said", "X on Monday said"): a news agency's report is "Interfax said", but a
 * statement placed in the story's time is a speaker's, and the agencies and companies that also speak so are names the
 * gazetteers or the tagger know, or "it" follows.
 */
const VERB_AFTER = new RegExp(String.raw`^\s+(?:(?:${ADVERB}\s+)?(?:${VERB})|${ADVERB}\s+said)\b`, 'u');
/** A thing's pronoun before any person's in the rest of the clause: "X said its profit rose". */
const THINGS_PRONOUN = /^[^.;!?"“”A-Z\n]*?\b(?:it|its|their|they)\b/;
const PERSONS_PRONOUN = /^[^.;!?"“”A-Z\n]*?\b(?:he|his|him|she|her)\b/;
/** Words that make the name after them a place elsewhere in the article: "in X", "from X". */
const PLACE_BEFORE = String.raw`\b(?:in|from|near|across|outside|inside|around) `;
/** A capitalized word opening a sentence (the word is group 1). */
const OPENING_WORD = /(?:^|[.!?]["”’]?\s+|\n)(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)(?=\s)/gu;

export function speakingSubjects(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const people = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'person' || m.origin !== 'detected' || (m.score ?? 1) >= SURE || m.end - m.start > 30) continue;
    const name = text.slice(m.start, m.end);
    if (ONE_WORD.test(name) && gazetteer.wordRank(name) >= FAMILIAR_RANK && SENTENCE_START.test(text.slice(Math.max(0, m.start - 18), m.start)) && speaksAsPerson(text.slice(m.end, m.end + 120))) people.add(name);
  }
  const found = unseenSpeakers(text, mentions, gazetteer);
  for (const f of found) people.add(text.slice(f.start, f.end));
  for (const p of people) if (gazetteer.isKnownNonPerson(p) || takesArticle(text, p) || new RegExp(PLACE_BEFORE + p + String.raw`\b`).test(text)) people.delete(p);
  if (!people.size) return mentions;
  const out = mentions.map((m) => (m.type !== 'person' && m.origin === 'detected' && people.has(text.slice(m.start, m.end)) ? { ...m, type: 'person' as const } : m));
  const added = found.filter((f) => people.has(text.slice(f.start, f.end)));
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start || b.end - a.end) : out;
}

/** The verb of a person right after the subject, and no thing's pronoun first after it. */
function speaksAsPerson(after: string): boolean {
  const verb = VERB_AFTER.exec(after);
  if (!verb) return false;
  const rest = after.slice(verb[0].length);
  const things = THINGS_PRONOUN.exec(rest), persons = PERSONS_PRONOUN.exec(rest);
  return !things || (!!persons && persons[0].length < things[0].length);
}

/**
 * "Zelensky thanked …" where the tagger found nothing: a word opening a sentence that the lexicon's vocabulary lacks
 * (no common word is so rare), that no mention covers, acting as a person: person mentions for it.
 */
function unseenSpeakers(text: string, mentions: RawMention[], gazetteer: Gazetteer): RawMention[] {
  const found: RawMention[] = [];
  for (const w of text.matchAll(OPENING_WORD)) {
    const end = w.index + w[0].length, start = end - w[1].length;
    if (!speaksAsPerson(text.slice(end, end + 120)) || gazetteer.wordRank(w[1]) !== Infinity) continue;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    found.push({ start, end, type: 'person', score: 0.7, origin: 'detected' });
  }
  return found;
}
