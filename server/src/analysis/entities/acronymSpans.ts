import { abbreviates, isShortForm } from '../linking/acronyms';
import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * A name the article abbreviates in brackets is one name, however the tagger cut it: in "the Hong Kong Special
 * Administrative Region (HKSAR)" it tagged "Hong Kong" and "Administrative Region". The capitalized words before the
 * brackets (with "of", "and", "for", "on", "the" between them) that the short form abbreviates become one mention, in
 * place of the detected mentions inside; its type is that of the longest of them. The short form in the brackets
 * becomes a mention of that type too when nothing covers it ("the World Health Organization (WHO)": a tagger may
 * take "WHO" for a word); the consistency pass then finds its repetitions. One word a short form abbreviates ("the
 * Kuomintang (KMT)") is no person's name, whatever the tagger made of it. Nothing is made where nothing was detected,
 * and mentions a person tagged or confirmed stay as they are (see `replaceByNames`). Pure.
 */
const SHORT_FORM = /\(\s*([A-Z][A-Za-z0-9&.]{1,9})\s*\)/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const CONNECTOR = /^(?:of|and|for|on|the|&)$/;
const CAPITALIZED = /^\p{Lu}/u;
const ARTICLE = /^(?:The|A|An)$/;
/** A word closing a sentence: a full stop not of an abbreviation ("U.S.", "Mr."), or "!" or "?". */
const ENDS_SENTENCE = /^(?!(?:\p{Lu}\.)+$|(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|Co|Corp|Inc|Ltd|No|Mt|Ft)\.$).*[.!?]$/u;

export function acronymSpans(text: string, mentions: RawMention[]): RawMention[] {
  if (!text.includes('(')) return mentions;
  const names: RawMention[] = [];
  const shortForms: RawMention[] = [];
  for (const m of text.matchAll(SHORT_FORM)) {
    const short = m[1].replace(/\./g, '');
    if (!isShortForm(short)) continue;
    const run = wordsBefore(text, m.index);
    // The longest run of words ending before the brackets that the short form abbreviates.
    // A possessive ends the name before its "'s": "the Bank of Japan's (BOJ) policy".
    const last = run[run.length - 1];
    const end = last ? last.end - (/['’]s$/.test(last.text) ? 2 : 0) : 0;
    for (let i = 0; i < run.length; i++) {
      // A sentence-initial article is no part of the name: "The Karachi Stock Exchange (KSE)".
      if (!CAPITALIZED.test(run[i].text) || ARTICLE.test(run[i].text)) continue;
      const start = run[i].start;
      if (!abbreviates(short, text.slice(start, end))) continue;
      const inside = mentions.filter((x) => x.start >= start && x.end <= end);
      if (!inside.length) break;
      const longest = inside.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
      const shortStart = m.index + m[0].indexOf(m[1]), shortEnd = shortStart + m[1].length;
      const shortMention = mentions.find((x) => x.start < shortEnd && shortStart < x.end);
      // One word a bracketed acronym abbreviates is no person's name ("the Kuomintang (KMT)"): the acronym's type, if
      // the tagger gave it another, else an organization.
      const type = longest.type === 'person' && i === run.length - 1
        ? (shortMention && shortMention.type !== 'person' ? shortMention.type : 'organization')
        : longest.type;
      if (!(inside.length === 1 && inside[0].start === start && inside[0].end === end) || type !== longest.type) {
        names.push({ start, end, type, score: longest.score ?? 0.5, origin: 'detected' });
      }
      // The short form in the brackets names the same thing, though a tagger may take "WHO" for a word.
      if (!shortMention) shortForms.push({ start: shortStart, end: shortEnd, type, score: 0.9, origin: 'detected' });
      break;
    }
  }
  const out = replaceByNames(mentions, names);
  return shortForms.length ? [...out, ...shortForms].sort((a, b) => a.start - b.start || b.end - a.end) : out;
}

/** The words right before `at` that may belong to one name: capitalized ones and the connectors between them. */
function wordsBefore(text: string, at: number): { start: number; end: number; text: string }[] {
  const from = Math.max(0, at - 120);
  const words = [...text.slice(from, at).matchAll(WORD)].map((w) => ({ start: from + w.index, end: from + w.index + w[0].length, text: w[0] }));
  let i = words.length;
  // Only spaces between the words and up to the brackets.
  if (!i || text.slice(words[i - 1].end, at).trim() !== '') return [];
  // Within one sentence of one paragraph: "… Wang Yong on Tuesday.⏎The World Trade Organization (WTO)" stops at "The".
  while (
    i > 0 && (CAPITALIZED.test(words[i - 1].text) || CONNECTOR.test(words[i - 1].text)) && !ENDS_SENTENCE.test(words[i - 1].text)
    && (i === words.length || /^[ \t]+$/.test(text.slice(words[i - 1].end, words[i].start)))
  ) i--;
  return words.slice(i);
}
