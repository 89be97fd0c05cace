import type { RawMention } from '../types';

/**
 * A club of North American and Asian leagues is named by its home and a nickname: "the Indiana Fever", "the Las Vegas
 * Aces", "the Utah Jazz", "the Shanghai Sharks". A tagger that knows the place but not the club either stops at the
 * place ("Indiana" + nothing) or types the whole a place. In a sentence about a game (a score, or a word of sport:
 * "beat", "playoffs", "points", "signed" …), a detected place (or organization) followed by a nickname no mention
 * covers becomes one organization running over the nickname; a detected place that already ends in a nickname
 * becomes an organization. A nickname is a capitalized plural ("Aces", "Sharks", not a plural of geography or of a
 * name of events: "Islands", "Games") or one of the singular nicknames of the leagues ("Fever", "Jazz", "Sky").
 * National sides ("China beat Japan 3-1") are places in CoNLL-2003 and stay so: they have no nickname. Mentions a
 * person tagged or confirmed stay as they are. Pure.
 */
const SINGULAR_NICKNAMES = 'Fever|Jazz|Sky|Heat|Magic|Thunder|Storm|Sun|Mercury|Liberty|Dream|Lynx|Wild|Lightning|Avalanche|Kraken|Fire|Galaxy|Union|Crew|Dynamo|Revolution|Impact|Valkyries|Tempo';
/** Plurals of geography, of events and of bodies, which end names of places and things, not of clubs. */
const NOT_NICKNAME = /^(?:Islands|Isles|Mountains|Hills|Heights|Highlands|Lakes|Falls|Plains|Springs|Keys|Alps|Rockies|Territories|States|Emirates|Nations|Games|Olympics|Paralympics|Championships|Series|Masters|Times|News|Airlines|Airways|Motors|Industries|Holdings|Affairs|Works|Gardens|Docks|Towers|Studios|Sevens|Opens|Sciences|Arts|Forces|Guards|Rangers)$/;
const NICKNAME = new RegExp(String.raw`^(?:${SINGULAR_NICKNAMES}|\p{Lu}\p{Ll}+[^s\W]s)$`, 'u');
/** One or two capitalized words right after the place: the nickname's candidates ("Red Wings" has two). */
const WORDS_AFTER = /^ (\p{Lu}\p{Ll}+)(?: (\p{Lu}\p{Ll}+))?(?![\p{L}\p{N}'’-])/u;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he $/u;
/** A capitalized word after the nickname: a longer name goes on ("Kenya Ports Authority"). */
const CAPITALIZED_NEXT = /^ \p{Lu}/u;
/** What tells a sentence is about a game: a score, or a word of sport. */
const SPORT = /(?<![\d.,])\d{1,3}-\d{1,3}(?![\d-])|\b(?:beat|beats|beaten|defeated|defeats|edged|routed|thrashed|lost to|drew with|playoffs?|postseason|season|coach|points|rebounds|assists|touchdowns?|innings|goals?|semifinals?|quarterfinals?|finals?|title|championship|league|NBA|WNBA|NFL|MLB|NHL|MLS|CBA|signed|traded|draft(?:ed)?|roster|franchise|guard|forward|striker|pitcher|quarterback)\b/;

export function teamNames(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected' || m.type === 'person' || m.type === 'misc') return;
    let end = m.end;
    const lastSpace = m.type === 'location' ? text.lastIndexOf(' ', m.end - 1) : -1;
    if (lastSpace > m.start && isNickname(text.slice(lastSpace + 1, m.end))) {
      // "in Los Angeles", "New South Wales" end like a nickname: a club is "the" club.
      if (!THE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) return;
    } else {
      // (a capital after one space first: this runs on most mentions, and few are followed by another capitalized word)
      const c = text.charCodeAt(m.end + 1);
      if (text.charCodeAt(m.end) !== 32 || !((c >= 65 && c <= 90) || c > 127)) return;
      const after = WORDS_AFTER.exec(text.slice(m.end, m.end + 40));
      if (!after) return;
      const nick = after[2] && isNickname(after[2]) ? after[0] : isNickname(after[1]) ? ` ${after[1]}` : '';
      const next = mentions[i + 1];
      if (!nick || (next && next.start < m.end + nick.length) || CAPITALIZED_NEXT.test(text.slice(m.end + nick.length, m.end + nick.length + 3))) return;
      end = m.end + nick.length;
    }
    if (!SPORT.test(sentenceAround(text, m.start, end))) return;
    out ??= [...mentions];
    out[i] = { ...m, end, type: 'organization' };
  });
  return out ?? mentions;
}

function isNickname(word: string): boolean {
  return NICKNAME.test(word) && !NOT_NICKNAME.test(word);
}

/** The sentence holding [start, end): from the last full stop, "!" or "?" or line break before to the next after. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start), text.lastIndexOf('? ', start), text.lastIndexOf('! ', start), start - 300);
  const stops = [text.indexOf('. ', end), text.indexOf('\n', end), start + 300].filter((x) => x >= 0);
  return text.slice(Math.max(0, from), Math.min(text.length, ...stops));
}
