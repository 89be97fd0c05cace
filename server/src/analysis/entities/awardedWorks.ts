import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';

/**
 * Films and series that sweep a ceremony are named with no cue of a work: "Oppenheimer won seven Oscars", "Shogun won
 * a record 18 Emmys". A title of works is misc in the CoNLL scheme, but the tagger reads the unknown word as a company.
 * A detected mention right before "won", "swept", "took home" or "picked up" and a count of more than one of the screen's
 * prizes (Oscars, Academy Awards, Golden Globes, Emmys, BAFTAs) is a work, misc: one person takes home one statuette
 * a night, and a name the tagger typed a person stays one ("Cillian Murphy won …"), as does a studio or a streamer the
 * gazetteers list as a company or an organization ("Netflix won seven Oscars"). Every detected mention of the same name
 * follows, taking in a capitalized "The" right before it as the title's first word ("The Brutalist won three Oscars":
 * the tagger kept "Brutalist"); the first of two works sharing a sweep ("Anora and The Brutalist won three Oscars
 * each") is one too, even where the tagger called it a person with doubt (score under 0.5), and capitalized words opening a sentence before such a sweep that the tagger left untagged ("Parasite won four
 * Academy Awards") are a work too, save a pronoun or a determiner ("It won …"). Mentions a person tagged or confirmed
 * stay as they are. Pure.
 */
const COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|[2-9]|1\d|2\d)`;
const PRIZES = String.raw`(?:Oscars|Academy Awards|Golden Globes|Golden Globe Awards|Emmys|Emmy Awards|BAFTAs|Baftas|BAFTA Awards)`;
const SWEEP = new RegExp(String.raw`^\s+(?:has\s+|had\s+)?(?:won|wins|swept|sweeps|took home|takes home|picked up|picks up|scooped|bagged|claimed|collected|earned)\s+(?:a record\s+|a total of\s+|an? \p{Ll}+\s+)?${COUNT}\s+${PRIZES}\b`, 'u');

/** Whether the article names a ceremony's prizes at all: the rule runs on every keystroke, and most news names none. */
const PRIZE_WORD = /Oscars|Academy Awards|Golden Globe|Emmy|BAFTA|Bafta/;

export function awardedWorks(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  if (!PRIZE_WORD.test(text)) return mentions;
  const works = new Set<string>();
  for (const m of mentions) {
    if (m.origin !== 'detected' || m.type === 'person') continue;
    const name = text.slice(m.start, m.end);
    if (gazetteer.isKnownCompany(name) || gazetteer.isKnownOrganization(name)) continue;
    if (SWEEP.test(text.slice(m.end, m.end + 80))) works.add(name);
  }
  // "Anora and The Brutalist won three Oscars each": the first of two works sharing a sweep, even one the tagger
  // doubtfully called a person.
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (m.origin !== 'detected' || !next || !/^,? and (?:The )?$/.test(text.slice(m.end, next.start))) return;
    const sweep = SWEEP.exec(text.slice(next.end, next.end + 80));
    const name = text.slice(m.start, m.end);
    if (gazetteer.isKnownCompany(name) || gazetteer.isKnownOrganization(name)) return;
    if (sweep && /^ each\b/.test(text.slice(next.end + sweep[0].length, next.end + sweep[0].length + 6))) works.add(name);
  });
  const found = unseenWorks(text, mentions);
  if (!works.size && !found.length) return mentions;
  const out = mentions.map((m, i) => {
    if (m.origin !== 'detected' || (m.type === 'person' && (m.score ?? 1) >= 0.5) || !works.has(text.slice(m.start, m.end))) return m;
    const withThe = THE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)) && !(mentions[i - 1]?.end > m.start - 4);
    return withThe ? { ...m, start: m.start - 4, type: 'misc' as const } : m.type === 'misc' ? m : { ...m, type: 'misc' as const };
  });
  return found.length ? [...out, ...found].sort((a, b) => a.start - b.start || b.end - a.end) : out;
}

/** A capitalized "The" right before a work's name is the title's first word ("The Brutalist won …"). */
const THE_BEFORE = /(?:^|[^\p{L}\p{N}'’-])The $/u;

/** Capitalized words (one to four) right before a sweep, that no mention covers: group 1. */
const WORDS_BEFORE_SWEEP = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|
|,\s+)((?:\p{Lu}[\p{L}'’:-]*\s+){1,4})(?=(?:has\s+|had\s+)?(?:won|wins|swept|sweeps|took home|takes home|picked up|picks up|scooped|bagged|claimed|collected|earned)\s)`, 'gu');
/** Words that open a sentence as a pronoun or a determiner, no title: "It won four Oscars", "The film …". */
const NOT_A_TITLE = /^(?:It|He|She|They|We|I|You|This|That|These|Those|The|A|An|Which|Who|Both|Each|All|His|Her|Their|Its)$/;

/** "Parasite won four Academy Awards" where the tagger found nothing: the words before the sweep, a misc mention. */
function unseenWorks(text: string, mentions: RawMention[]): RawMention[] {
  const found: RawMention[] = [];
  for (const w of text.matchAll(WORDS_BEFORE_SWEEP)) {
    const words = w[1].trimEnd();
    const start = w.index + w[0].length - w[1].length, end = start + words.length;
    if (NOT_A_TITLE.test(words)) continue;
    if (!SWEEP.test(text.slice(end, end + 80)) || mentions.some((m) => m.start < end && start < m.end)) continue;
    found.push({ start, end, type: 'misc', score: 0.6, origin: 'detected' });
  }
  return found;
}
