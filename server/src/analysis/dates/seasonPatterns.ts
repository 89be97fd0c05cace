/** Patterns for seasons and for the present, past and future as such: "this spring", "last fall", "now", "recently", "the future". */
import { activitySeasonValue, WITHIN_YEAR_KIND } from './activitySeason';
import { SEASON_RE, seasonCode, SPOKEN_YEAR_RE, spokenYearValue } from './lexicon';
import { type Pattern, type ResolveContext, whole, wordRe } from './patternTypes';
import { EDGE, RECURRENCE, sentenceAt } from './periodCommon';

/** Where a bare season may stand: after a preposition of time ("deliveries from autumn"), or after another season and "and" ("in spring and autumn"). */
const BARE_SEASON_BEFORE = /\b(?:in|from|since|until|by|during|through|over|this|last|next)\s+$|\b(?:spring|summer|autumn|fall|winter)\s+(?:and|or)\s+$|\bfrom\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:to|until|through)\s+$/i;
/** "spring" is a noun of water and a verb, "fall" a verb: alone they are seasons only before a clause's end or a small word. */
const AFTER_BARE_SPRING = /^(?:$|\s*[.,;:!?)'"”’]|\s+(?:and|or|to|in|of|when|as|with|for|at|on|after|before|this|last|next|each|every)\b)/i;

/** A season of a year: "2017-SU". Winter belongs to the year it starts in. */
function seasonValue(y: number, code: string): string {
  return `${y}-${code}`;
}

/** A past or a perfect after a season as the subject: "This winter has been mild", "this winter was". */
const PERFECT_AFTER = /^\s+(?:has|had|was|were)\b/;

/** The month a season begins (meteorological seasons: spring March to May, winter December to February). */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * The year of a season told without one. "this spring" is the one of the reference year, or the one under way (a
 * winter begun last December in January and February); "last" and "next" are the one before and after it ("next
 * spring" written in mid-March, as spring begins, is next year's; "next winter" written in February is the one that
 * begins in December). "This winter" told in the past is the one just over when this year's is still to come ("This
 * winter has been mild" in March). A bare season ("in the spring") follows the tense: in the past, this year's once it
 * has begun ("The summer grain harvest was completed by late June"), else last year's; in the future, next year's once
 * this year's is over.
 */
function currentSeasonYear(ctx: ResolveContext, code: string, offset: number, tense: string, told: 'this' | 'bare'): number {
  const start = SEASON_START[code] ?? 6;
  const winterUnderWay = code === 'WI' && ctx.ref.m <= 2;
  const thisYear = winterUnderWay ? ctx.ref.y - 1 : ctx.ref.y;
  if (offset !== 0) return thisYear + offset;
  // "This coming winter" in February: the one after the winter under way.
  if (winterUnderWay) return tense === 'future' && told === 'this' ? ctx.ref.y : thisYear;
  if (tense === 'past' && start > ctx.ref.m) return ctx.ref.y - 1;
  // "The talks will resume in spring", said in December: this year's spring is over, so it is next year's.
  if (tense === 'future' && code !== 'WI' && start + 2 < ctx.ref.m) return ctx.ref.y + 1;
  return ctx.ref.y;
}

/** How far around it in its paragraph "this season" looks for the sport or weather it is the season of. */
const CONTEXT_AROUND = 400;

/** "the first snow of", "the season's opening"… "the first major storm of": the start of a season, counted within it. */
const FIRST_OF_BEFORE = /\b(?:first|opening)\s+(?:[\w-]+\s+){0,3}of\s+(?:the\s+)?$/i;

/** True when the reference date is in the season or in the month before it begins (winter: November to February). */
function seasonUnderWay(ctx: ResolveContext, code: string): boolean {
  const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 6;
  return (ctx.ref.m - (start - 1) + 12) % 12 <= 3;
}

/**
 * A lower-case word after a season that makes it a modifier of a noun ("the winter exhibition", "the summer heat"):
 * not a verb of the season as subject ("the winter was harsh", "the summer brought floods"), a preposition or a
 * conjunction.
 */
const NOUN_AFTER = /^\s+(?!(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|shall|did|does|do|saw|sees|brought|brings|began|begins|came|comes|ends|starts|marks|means|proved|fell|falls|hit|hits|struck|strikes|swept|sweeps|seems|looks|of|in|on|at|for|to|and|or|but|as|when|that|which|before|after|than|with|while|if)\b)[a-z]+(?<!ed)\b/;

export const seasonAndReferencePatterns: Pattern[] = [
  {
    // "this spring", "last fall", "the summer of 1990", "summer 1997", "early this summer", "the winter of nineteen eighty-six",
    // "the autumn of next year"
    name: 'season',
    re: wordRe(`(${EDGE})?(?:(this\\s+past|this\\s+coming|this|last|next|the|in\\s+the|during\\s+the)\\s+)?(?:(early|late|mid)[\\s-]+)?(${SEASON_RE})(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d|${SPOKEN_YEAR_RE})|\\s+of\\s+(last|next|this)\\s+year)?(?![\\s-]+(?:of\\s+(?:the|his|her|its|their|a|an)|semester|term|session|collection|games|olympics|paralympics|solstice|palace|school|camp|wheat|fashion|meeting))`),
    build(m, text) {
      const det = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const word = m[4].toLowerCase();
      // "the Summer Davos forum", "Winter Storm Elliott": a capitalized season before a capitalized word opens a name.
      if (!m[5] && !m[6] && /^\p{Lu}/u.test(m[4]) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      // "the Beginning of Autumn", "the Start of Winter": capitalized, the solar term (solarTermPatterns), not an edge.
      if (m[1] && /\b(?:Beginning|Start)\s+of\s+$/.test(m[1]) && /^\p{Lu}/u.test(m[4])) return null;
      const bare = !det && !m[1] && !m[3] && !m[5] && !m[6];
      if (bare) {
        const before = text.slice(Math.max(0, m.index - 16), m.index);
        if (!BARE_SEASON_BEFORE.test(before) || word === 'fall') return null;
        if (word === 'spring' && !AFTER_BARE_SPRING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      }
      const from = bare && /\bfrom\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) && !/^\s+(?:to|until|till|through)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
      const recurring = !m[5] && !m[6] && (bare || det === 'the' || det === 'in the' || det === 'during the') && RECURRENCE.test(sentenceAt(text, m.index));
      if (/^(?:fall|spring)$/.test(word) && det === 'the' && !m[5] && !m[6] && !/\b(?:in|since|until|by|during|through|over)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
      // "The winter exhibition runs …": "the" is the exhibition's, and only the season is the date, as TimeML marks
      // "1998" alone in "the 1998 budget".
      const modifier = det.endsWith('the') && !m[1] && !m[5] && !m[6] && NOUN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      const start = modifier ? m.index + m[0].search(m[3] ? /(?:early|late|mid)/i : new RegExp(m[4], 'i'))
        : m.index + (det.startsWith('in ') || det.startsWith('during ') ? m[0].toLowerCase().indexOf('the') : 0);
      return {
        start, end: m.index + m[0].length,
        resolve: (ctx) => {
          const code = seasonCode(word);
          // In a sentence of recurrence the season recurs; a bare season ("bloom in spring") in the present is generic.
          // Not one told as a start ("deliveries from autumn"), which is once.
          if ((recurring || (bare && !from && (ctx.tense === 'present' || ctx.tense === 'unknown'))) && ctx.tense !== 'past') return { type: 'set', value: `XXXX-${code}`, relative: false };
          if (m[5]) {
            const y = /^\d/.test(m[5]) ? +m[5] : spokenYearValue(m[5]);
            if (y) return { type: 'date', value: seasonValue(y, code), relative: false };
          }
          if (m[6]) return { type: 'date', value: seasonValue(ctx.ref.y + ({ last: -1, next: 1 }[m[6].toLowerCase()] ?? 0), code), relative: true };
          const offset = det === 'last' ? -1 : det === 'next' ? 1 : 0;
          // "this summer" is the reference year's summer whatever the tense; bare "the summer" follows the tense, except
          // the season that has begun or is a month away: "the first snow of the winter fell" in November is this winter's.
          const opening = !det.includes('this') && offset === 0 && FIRST_OF_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && seasonUnderWay(ctx, code);
          // "This winter has been mild" in March: as the subject of a past or a perfect, or under a past verb, the winter
          // just over. Not the tense of a clause whose "this summer" is a goal ("pledged to block the road this summer").
          const past = !!ctx.pastGoverned || PERFECT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
          const tense = det === 'this past' ? 'past' : det === 'this coming' ? 'future' : opening ? 'present' : det === 'this' ? (past ? 'past' : 'present') : ctx.tense;
          const told = det === 'this' || det === 'this coming' || opening ? 'this' : 'bare';
          return { type: 'date', value: seasonValue(currentSeasonYear(ctx, code, offset, tense, told), code), relative: true };
        },
      };
    },
  },
  {
    // "last season", "so far this season", "next season" in sport or weather, "this hurricane season": a league's or
    // the weather's season, which TimeML marks as a DATE (see activitySeasonValue).
    name: 'sports-season',
    re: wordRe(`(last|this|next)\\s+(?:(${WITHIN_YEAR_KIND})\\s+)?season(?!\\s+of\\b)`),
    build(m, text) {
      // Its paragraph around it ("Mawar was the 13th storm to hit this season. … more typhoons could strike").
      const context = text.slice(Math.max(0, m.index - CONTEXT_AROUND), m.index + m[0].length + CONTEXT_AROUND);
      const offset = { last: -1, this: 0, next: 1 }[m[1].toLowerCase() as 'last' | 'this' | 'next'];
      return whole(m, (ctx) => {
        const season = activitySeasonValue(ctx.ref, offset, m[2], context);
        // A league's season across the new year frames no months ("Last season, the club won the cup in May").
        return season ? { type: 'date', value: season.value, relative: true, frames: season.calendar } : null;
      });
    },
  },
  {
    // "now", "currently", "recently", "the past", "the future", "these days"
    name: 'reference-word',
    re: wordRe('(right\\s+now|now|currently|current|at\\s+present|presently|nowadays|these\\s+days|recently|more\\s+recently|lately|recent|the\\s+past|the\\s+near\\s+future|the\\s+future|future|the\\s+near\\s+term|the\\s+short\\s+term|the\\s+long\\s+term|a\\s+later\\s+date|as\\s+soon\\s+as\\s+possible|soon)'),
    build(m, text) {
      const w = m[1].toLowerCase().replace(/\s+/g, ' ');
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      if (w === 'current') {
        // "current" is a date only when it qualifies the time itself ("the current quarter" is handled elsewhere).
        // As an adjective it places its noun in the present ("the current system", "his current wife"); not the
        // banking or physics noun ("current account", "electric current"), nor a phase of a process ("the current
        // stage of the talks"), which the project's hand annotation leaves unmarked.
        if (!/^\s+[a-z0-9]/i.test(after) || /^\s+(?:accounts?|stages?|phases?|rounds?)\b/i.test(after) || /\b(?:electric|ocean|air|strong)\s+$/i.test(before)) return null;
      }
      if (w === 'recent' && !/^\s+(?:years?|months?|weeks?|days?|decades?|times|history|past|quarters?|sessions?)\b/i.test(after)) return null;
      // "future" alone is a date only as a noun ("Elian's future"), not as an adjective ("future earnings").
      if (w === 'future' && !/'s\s+$|\b(?:his|her|its|their|our|my|your)\s+$/i.test(before)) return null;
      if (w === 'future' && !/^\s*(?:$|[.,;:!?'"”’)]|(?:away|of|in|is|was|and|or|at|with|for|on|to|as|lies|looks|remains|depends)\b)/i.test(after)) return null;
      // "now that …" stays a date: TimeBank marks the "now" of the conjunction ("now that the talks have failed").
      if (w === 'the past' && /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|century|quarter)/i.test(after)) return null;
      if (w === 'the future' && /^\s+of\b/i.test(after)) return null;
      // "it will soon begin selling", "prosecutors could soon file charges": the near future of a modal (the modal
      // decides, not the tense of the sentence). Not the conjunction ("as soon as"), nor a sequence ("soon after the
      // talks"), nor a past story ("He was soon released", no modal).
      if (w === 'soon') {
        if (/\bas\s+$|\b(?:too|how|so)\s+$/i.test(before) || /^\s+(?:after|afterwards?|thereafter|as|enough|than)\b/i.test(after)) return null;
        if (!/\b(?:will|'ll|may|might|could|would|should|shall|must|to)\s+$/i.test(before) && !/^\s+(?:will|may|might|could|would|should|to)\b/i.test(after) && !/\benough\s+$/i.test(before)) return null;
        return whole(m, () => ({ type: 'date', value: 'FUTURE_REF', relative: true }));
      }
      // "the then current chairman": the present of a past moment.
      if (w === 'current' && /\bthen[\s-]$/i.test(before)) {
        return { start: m.index - 5, end: m.index + m[0].length, resolve: () => ({ type: 'date', value: 'PAST_REF', relative: true }) };
      }
      const value = /^(?:right now|now|currently|current|at present|presently|nowadays|these days)$/.test(w) ? 'PRESENT_REF'
        : /future|soon|later|term$|as soon/.test(w) ? 'FUTURE_REF' : 'PAST_REF';
      return whole(m, () => ({ type: 'date', value, relative: true }));
    },
  },
];
