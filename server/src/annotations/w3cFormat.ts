import { isTimexValue } from '../analysis/dates/timexValue';
import { TAG_LABELS, type TagLabel } from '../analysis/types';
import { articleNameFromSource } from './articleIri';
import { codePoints, type CodePoints } from './codePoints';
import { type Decision, quoteSelectorAt } from './decision';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

// ---------------------------------------------------------------------------------------------
// The JSON-LD shapes we write (W3C Web Annotation Data Model).

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'identifying' | 'describing';
  value: string;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface W3CAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  creator?: { type: 'Person'; name: string };
  created: string;
  modified?: string;
  body: TextualBody | TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

/**
 * The article's date as the user set it ("Set article date…"): an annotation describing the whole article
 * (its target is the article IRI itself, no selector), whose describing body is the date, `YYYY-MM-DD`.
 */
export interface W3CArticleDate {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  created: string;
  body: { type: 'TextualBody'; purpose: 'describing'; value: string; format: 'text/plain' };
  target: string;
}

export interface W3CCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  total: number;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: (W3CArticleDate | W3CAnnotation)[] };
}

/** The annotation that records the article date; its id is derived from the collection's, so it is kept on rewrites. */
export function toW3CArticleDate(collectionId: string, date: string, source: string, created: string): W3CArticleDate {
  return {
    '@context': ANNO_CONTEXT,
    id: `${collectionId}#article-date`,
    type: 'Annotation',
    motivation: 'describing',
    created,
    body: { type: 'TextualBody', purpose: 'describing', value: date, format: 'text/plain' },
    target: source,
  };
}

function isArticleDate(a: Json): string | undefined {
  if (!isObj(a) || !asArray(a.motivation).includes('describing') || typeof a.target !== 'string') return undefined;
  const body = asArray(a.body)[0];
  return isObj(body) && typeof body.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(body.value) ? body.value : undefined;
}

/**
 * One decision as a W3C Annotation targeting `source` (an IRI such as `urn:article:…`). `points` counts the
 * TextPositionSelector in Unicode code points, as the model requires ("in terms of unicode code points …, not in
 * terms of code units"); the decision's own offsets are UTF-16 code units.
 */
export function toW3CAnnotation(d: Decision, source: string, points: CodePoints): W3CAnnotation {
  const tag: TextualBody = { type: 'TextualBody', purpose: 'tagging', value: d.label };
  const extra: TextualBody[] = [];
  if (d.speaker !== undefined) extra.push({ type: 'TextualBody', purpose: 'identifying', value: d.speaker });
  // A date's TIMEX3 value, as the person set it.
  if (d.value !== undefined) extra.push({ type: 'TextualBody', purpose: 'describing', value: d.value });
  const body: TextualBody | TextualBody[] = extra.length ? [tag, ...extra] : tag;
  const a: W3CAnnotation = {
    '@context': ANNO_CONTEXT,
    id: d.id,
    type: 'Annotation',
    motivation: 'tagging',
    created: d.created,
    body,
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: d.exact, prefix: d.prefix, suffix: d.suffix },
        { type: 'TextPositionSelector', start: points.fromUtf16(d.start), end: points.fromUtf16(d.end) },
      ],
    },
  };
  if (d.creator !== undefined) a.creator = { type: 'Person', name: d.creator };
  if (d.modified !== undefined) a.modified = d.modified;
  // keep a readable key order: creator/created/modified before body
  const { body: b, target: t, ...head } = a;
  return { ...head, body: b, target: t };
}

/** The sidecar document for `decisions` (in text order) on `text`, with collection id `collectionId`. */
export function toW3CCollection(collectionId: string, decisions: readonly Decision[], source: string, text: string, articleDate?: { value: string; created: string }): W3CCollection {
  const sorted = [...decisions].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  const points = codePoints(text);
  const items: (W3CArticleDate | W3CAnnotation)[] = sorted.map((d) => toW3CAnnotation(d, source, points));
  if (articleDate) items.unshift(toW3CArticleDate(collectionId, articleDate.value, source, articleDate.created));
  const c: W3CCollection = { '@context': ANNO_CONTEXT, id: collectionId, type: 'AnnotationCollection', total: items.length };
  if (items.length > 0) c.first = { id: `${collectionId}#page1`, type: 'AnnotationPage', startIndex: 0, items };
  return c;
}

// ---------------------------------------------------------------------------------------------
// Reading

/** A sidecar whose content is not the shape we know; `path` locates the offending value. */
export class ShapeError extends Error {
  constructor(
    message: string,
    readonly path: (string | number)[],
  ) {
    super(message);
  }
}

export interface ParsedSidecar {
  collectionId: string;
  decisions: Decision[];
  /** The article date the user set, `YYYY-MM-DD`. */
  articleDate?: { value: string; created: string };
  /** The article file names the annotations target (normally one). */
  sources: string[];
}

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: Json): Json[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const hasType = (v: Json, t: string) => isObj(v) && asArray(v.type).includes(t);

/**
 * Reads a parsed sidecar. Accepts what we write, and the usual variants of the model (single values or
 * one-element arrays, `@context` in an array, a plain relative `source`, selectors in any order, extra keys).
 * Throws ShapeError naming the path of the first value it does not understand.
 */
export function fromW3CCollection(doc: Json): ParsedSidecar {
  if (!isObj(doc)) throw new ShapeError('expected a JSON object (an AnnotationCollection)', []);
  if (!asArray(doc['@context']).includes(ANNO_CONTEXT)) throw new ShapeError(`@context must be "${ANNO_CONTEXT}"`, ['@context']);
  if (!hasType(doc, 'AnnotationCollection')) throw new ShapeError('type must be "AnnotationCollection"', ['type']);
  if (typeof doc.id !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(doc.id)) throw new ShapeError('id must be an IRI', ['id']);
  const items: { value: Json; path: (string | number)[] }[] = [];
  if (doc.first !== undefined) {
    const first = Array.isArray(doc.first) ? doc.first[0] : doc.first;
    if (!hasType(first, 'AnnotationPage')) throw new ShapeError('first must be an embedded AnnotationPage', ['first']);
    const page = first as Record<string, Json>;
    if (page.next !== undefined) throw new ShapeError('a sidecar has one page (no "next")', ['first', 'next']);
    if (!Array.isArray(page.items)) throw new ShapeError('first.items must be an array', ['first', 'items']);
    page.items.forEach((value, i) => items.push({ value, path: ['first', 'items', i] }));
  }
  if (doc.total !== undefined && !(Number.isInteger(doc.total) && (doc.total as number) >= 0)) {
    throw new ShapeError('total must be a non-negative integer', ['total']);
  }
  let articleDate: ParsedSidecar['articleDate'];
  const tags = items.filter(({ value }) => {
    const date = isArticleDate(value);
    if (date) articleDate = { value: date, created: String((value as { created?: unknown }).created ?? '') };
    return !date;
  });
  const decisions = tags.map(({ value, path }) => fromW3CAnnotation(value, path));
  const sources = [...new Set(tags.map(({ value }) => articleNameFromSource(String((value as { target: { source: string } }).target.source)) ?? ''))];
  return articleDate ? { collectionId: doc.id, decisions, sources, articleDate } : { collectionId: doc.id, decisions, sources };
}

function fromW3CAnnotation(a: Json, path: (string | number)[]): Decision {
  if (!isObj(a) || !hasType(a, 'Annotation')) throw new ShapeError('expected an Annotation', path);
  if (typeof a.id !== 'string') throw new ShapeError('annotation id must be a string IRI', [...path, 'id']);
  const bodies = asArray(a.body);
  let label: TagLabel | undefined;
  let speaker: string | undefined;
  let value: string | undefined;
  bodies.forEach((b, i) => {
    const bp = Array.isArray(a.body) ? [...path, 'body', i] : [...path, 'body'];
    if (!isObj(b) || !hasType(b, 'TextualBody') || typeof b.value !== 'string') throw new ShapeError('body must be a TextualBody with a value', bp);
    const purpose = asArray(b.purpose)[0] ?? 'tagging';
    if (purpose === 'tagging') {
      if (!(TAG_LABELS as readonly string[]).includes(b.value)) throw new ShapeError(`unknown label "${b.value}"`, [...bp, 'value']);
      label = b.value as TagLabel;
    } else if (purpose === 'identifying') {
      speaker = b.value;
    } else if (purpose === 'describing') {
      if (!isTimexValue(b.value)) throw new ShapeError(`"${b.value}" is not a TIMEX3 value (e.g. 2017-11-15, 2017-W46, P3D)`, [...bp, 'value']);
      value = b.value;
    } else {
      throw new ShapeError(`unknown body purpose "${String(purpose)}"`, [...bp, 'purpose']);
    }
  });
  if (!label) throw new ShapeError('annotation has no tagging body', [...path, 'body']);
  const target = Array.isArray(a.target) ? a.target[0] : a.target;
  const tp = [...path, 'target'];
  if (!isObj(target) || typeof target.source !== 'string' || articleNameFromSource(target.source) === null) {
    throw new ShapeError('target must have a source (urn:article:… or a relative file name)', tp);
  }
  let quote: { exact: string; prefix: string; suffix: string } | undefined;
  let position: { start: number; end: number } | undefined;
  for (const s of asArray(target.selector)) {
    if (hasType(s, 'TextQuoteSelector')) {
      const q = s as Record<string, Json>;
      if (typeof q.exact !== 'string') throw new ShapeError('TextQuoteSelector needs "exact"', [...tp, 'selector']);
      quote = { exact: q.exact, prefix: typeof q.prefix === 'string' ? q.prefix : '', suffix: typeof q.suffix === 'string' ? q.suffix : '' };
    } else if (hasType(s, 'TextPositionSelector')) {
      const p = s as Record<string, Json>;
      if (!Number.isInteger(p.start) || !Number.isInteger(p.end) || (p.start as number) < 0 || (p.end as number) < (p.start as number)) {
        throw new ShapeError('TextPositionSelector needs integers 0 <= start <= end', [...tp, 'selector']);
      }
      position = { start: p.start as number, end: p.end as number };
    }
  }
  if (!quote && !position) throw new ShapeError('target needs a TextQuoteSelector or a TextPositionSelector', [...tp, 'selector']);
  const creator = readCreator(a.creator);
  const d: Decision = {
    id: a.id,
    label,
    start: position?.start ?? 0,
    end: position?.end ?? 0,
    exact: quote?.exact ?? '',
    prefix: quote?.prefix ?? '',
    suffix: quote?.suffix ?? '',
    created: typeof a.created === 'string' ? a.created : '',
    // not yet checked against the text: the caller re-anchors
    anchor: quote ? 'fuzzy' : 'orphan',
  };
  if (speaker !== undefined) d.speaker = speaker;
  if (value !== undefined) d.value = value;
  if (creator !== undefined) d.creator = creator;
  if (typeof a.modified === 'string') d.modified = a.modified;
  return d;
}

function readCreator(c: Json): string | undefined {
  const v = Array.isArray(c) ? c[0] : c;
  if (typeof v === 'string') return v;
  if (isObj(v)) for (const k of ['name', 'nickname', 'id']) if (typeof v[k] === 'string') return v[k] as string;
  return undefined;
}

/**
 * A decision as read, its TextPositionSelector counted in code points, with UTF-16 offsets into the text `points`
 * counts. A position past the end of the text is left as it is: re-anchoring finds the quote or keeps an orphan.
 */
export function withUtf16Positions(d: Decision, points: CodePoints): Decision {
  const start = points.toUtf16(d.start), end = points.toUtf16(d.end);
  return start < 0 || end < 0 || (start === d.start && end === d.end) ? d : { ...d, start, end };
}

/** Fills a decision read without a quote selector from the position in `text` (for sidecars written by others). */
export function withQuoteFromPosition(text: string, d: Decision): Decision {
  return d.exact ? d : { ...d, ...quoteSelectorAt(text, d) };
}
