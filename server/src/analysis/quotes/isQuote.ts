import model from './quoteModel.json';
import { SMALL_WORDS } from './smallWords';
import { logit, quoteFeatures, type LinearModel, type SegmentContext } from './quoteFeatures';

const QUOTE_MODEL: LinearModel = model;

/**
 * Whether a quoted segment is a quotation rather than a title, nickname or scare quote: a logistic model trained
 * on PolNeAR's direct quotations (scripts/eval-quotes/trainQuoteModel.ts).
 */
export function isQuote(context: SegmentContext, quoteModel: LinearModel = QUOTE_MODEL): boolean {
  const tokens = context.view.quoted[context.q];
  if (tokens.end <= tokens.first) return true; // no tokens to judge by (tokenizer missing): keep it
  if (isNickname(context) || afterSoCalled(context) || isTitle(context) || isNamedLabel(context)) return false;
  return logit(quoteModel, quoteFeatures(context)) >= quoteModel.threshold;
}

/** A one-word quotation between two capitalized words is a nickname: Robert C. "Bobby" Scott. */
function isNickname({ view, q }: SegmentContext): boolean {
  const { tokens: t, quoted } = view;
  const seg = quoted[q];
  const words = t.slice(seg.first, seg.end).filter((x) => /^[\p{L}\p{N}]/u.test(x.text));
  let p = seg.first - 1;
  if (p > view.lo && t[p].text === '.' && /^\p{Lu}$/u.test(t[p - 1].text)) p--; // an initial: Robert C. "Bobby" Scott
  const prev = p >= view.lo ? t[p] : undefined;
  const next = seg.end < view.hi ? t[seg.end] : undefined;
  return words.length === 1 && /^\p{Lu}/u.test(words[0].text) && !!prev && !!next && /^\p{Lu}[\p{L}.]*$/u.test(prev.text) && /^\p{Lu}/u.test(next.text);
}

/** "so-called" marks a scare quote: the so-called "reform" package. */
function afterSoCalled({ text, view, q }: SegmentContext): boolean {
  const open = view.tokens[view.quoted[q].first];
  return /\bso[-\s]called\s*$/i.test(text.slice(Math.max(0, open.start - 12), open.start));
}

/** Nouns that name a work before its title: the novel "The Vegetarian", the reality show "The Apprentice". */
const WORK_NOUN = /^(?:novel|novels|film|films|movie|movies|book|books|memoir|song|songs|single|album|albums|series|show|play|poem|poems|documentary|opera|musical|painting)$/i;

/**
 * A short capitalized phrase quoted right after a work noun is a title: Han Kang's novel "The Vegetarian".
 * Not after "titled", "entitled" or "called": PolNeAR counts what follows those as quotations.
 */
function isTitle({ view, q }: SegmentContext): boolean {
  const { tokens: t, quoted } = view;
  const seg = quoted[q];
  if (seg.first <= view.lo || !WORK_NOUN.test(t[seg.first - 1].text)) return false;
  const words = t.slice(seg.first, seg.end).filter((x) => /^[\p{L}\p{N}]/u.test(x.text));
  return words.length > 0 && words.length <= 8 && /^[\p{Lu}\p{N}]/u.test(words[0].text) && words.every((x) => /^[\p{Lu}\p{N}]/u.test(x.text) || SMALL_WORDS.has(x.text.toLowerCase()));
}

/** Nouns for a phrase that names an event or campaign rather than reports speech. */
const LABEL_NOUN = /^(?:theme|themes|slogan|slogans|motto|tagline|watchword|catchphrase|keyword|keywords)$/i;
/** … of which a theme is never said by anyone, while a slogan may be chanted ("campaigned under the slogan “…”"). */
const THEME_NOUN = /^(?:theme|themes)$/i;
const COPULA = /^(?:is|was|are|were|be|been|remains|remained|became|becomes)$/i;

/**
 * A quoted phrase that a copula or "under the theme" makes the theme, slogan or motto of something (a copula after it
 * only with no one named to say it; before it only a theme, as PolNeAR counts a slogan someone campaigns under): "“Together for a shared future” was the theme of this year's event" / "The theme of the forum is
 * “…”" / "held under the theme “…”". A cited expression someone is said to use stays a quotation ("Xi called it a
 * “community with a shared future”").
 */
function isNamedLabel({ view, q, attributed }: SegmentContext): boolean {
  const { tokens: t, quoted } = view;
  const seg = quoted[q];
  // “…” was the theme of … / “…” will be the keyword of … (unless its own sentence names a speaker)
  let k = attributed ? view.hi : seg.end;
  if (t[k]?.text === ',') k++;
  if (k < view.hi && /^(?:will|has|had)$/i.test(t[k].text)) k++;
  if (k < view.hi && COPULA.test(t[k].text)) {
    for (let j = k + 1; j < Math.min(view.hi, k + 6); j++) {
      if (LABEL_NOUN.test(t[j].text)) return true;
      if (/^[,.;:!?]$/.test(t[j].text)) break;
    }
  }
  // under / with the (official) theme “…” / The theme of this year's forum is “…”
  for (let j = seg.first - 1; j >= Math.max(view.lo, seg.first - 10); j--) {
    if (/^[.;!?]$/.test(t[j].text) || quoted.some((r) => r.first <= j && j < r.end)) break;
    if (!THEME_NOUN.test(t[j].text)) continue;
    if (j === seg.first - 1 || (j === seg.first - 2 && /^(?:of|:|,)$/.test(t[j + 1].text))) {
      const lead = t.slice(Math.max(view.lo, j - 3), j).map((x) => x.text.toLowerCase());
      return lead.includes('under') || lead.includes('with');
    }
    return COPULA.test(t[seg.first - 1].text) && /^(?:the|its|their|this)$/i.test(t[j - 1]?.text ?? '');
  }
  return false;
}
