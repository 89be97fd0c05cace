/**
 * The MUST assertions of the W3C Web Annotation test suite (w3c/web-annotation-tests: annotations/3.1-annotationMustKeys.json,
 * definitions/annotations.json, collections.json, bodyTarget.json, specificResource.json, otherProperties.json),
 * reimplemented as plain checks. Each returns the list of failed assertions (empty = conforms).
 */
const ANNO = 'http://www.w3.org/ns/anno.jsonld';
type J = Record<string, unknown>;
const isObj = (v: unknown): v is J => typeof v === 'object' && v !== null && !Array.isArray(v);
const values = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
// JSON Schema "format": "uri" (RFC 3986 absolute URI: scheme ":" rest, no spaces)
const isUri = (v: unknown) => typeof v === 'string' && /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(v);
// JSON Schema "format": "date-time" (RFC 3339: date, time, time zone)
const isDateTime = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v);
const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
const SELECTOR_TYPES = ['FragmentSelector', 'CssSelector', 'XPathSelector', 'TextQuoteSelector', 'TextPositionSelector', 'DataPositionSelector', 'RangeSelector', 'SvgSelector'];

function selectorOk(s: unknown): boolean {
  if (isUri(s)) return true;
  if (!isObj(s)) return false;
  if (s.type === 'TextQuoteSelector') return typeof s.exact === 'string' && ['prefix', 'suffix'].every((k) => s[k] === undefined || typeof s[k] === 'string');
  if (s.type === 'TextPositionSelector') return [s.start, s.end].every((n) => Number.isInteger(n) && (n as number) >= 0);
  return SELECTOR_TYPES.includes(String(s.type));
}

/** bodyTarget.json targetResourcesFound / bodyResourcesFound: IRI, External Web Resource, TextualBody or Specific Resource. */
function resourceOk(r: unknown, asBody: boolean): string | null {
  if (isUri(r)) return null;
  if (!isObj(r)) return 'not an IRI or object';
  if (asBody && values(r.type).includes('TextualBody')) {
    if (typeof r.value !== 'string') return 'TextualBody without string value';
    if (r.purpose !== undefined && !values(r.purpose).every((p) => MOTIVATIONS.includes(String(p)))) return 'purpose not in the model list';
    return null;
  }
  if (r.source !== undefined) {
    if (!isUri(r.source) && !(isObj(r.source) && isUri(r.source.id))) return 'SpecificResource source is not an IRI';
    if (r.selector === undefined && r.purpose === undefined && r.state === undefined && r.styleClass === undefined) return 'SpecificResource without selector/purpose/state';
    if (r.selector !== undefined && !values(r.selector).every(selectorOk)) return 'selector not recognized';
    return null;
  }
  if (isUri(r.id)) return null; // External Web Resource
  return 'resource not recognized';
}

export function annotationMustFailures(a: unknown): string[] {
  const f: string[] = [];
  if (!isObj(a)) return ['annotation is not an object'];
  if (!values(a['@context']).includes(ANNO)) f.push('3.1 @context must be/contain http://www.w3.org/ns/anno.jsonld');
  if (!isUri(a.id) || Array.isArray(a.id)) f.push('3.1 id must be a single string of format uri');
  if (!values(a.type).includes('Annotation')) f.push('3.1 type must be/contain "Annotation"');
  if (a.body !== undefined && a.bodyValue !== undefined) f.push('3.2.5 body and bodyValue are exclusive');
  if (a.target === undefined) f.push('3.1 target is required');
  else for (const t of values(a.target)) { const e = resourceOk(t, false); if (e) f.push(`3.2 target: ${e}`); }
  if (a.body !== undefined) for (const b of values(a.body)) { const e = resourceOk(b, true); if (e) f.push(`3.2 body: ${e}`); }
  if (a.motivation !== undefined && !values(a.motivation).every((m) => MOTIVATIONS.includes(String(m)))) f.push('3.3.5 motivation not in the model list');
  for (const k of ['created', 'modified', 'generated']) if (a[k] !== undefined && !isDateTime(a[k])) f.push(`3.3.1 ${k} must be date-time`);
  if (a.creator !== undefined) for (const c of values(a.creator)) if (!isUri(c) && !(isObj(c) && (c.type === undefined || ['Person', 'Organization', 'Software'].includes(String(c.type))))) f.push('3.3.2 creator must be an IRI or an Agent');
  return f;
}

export function collectionMustFailures(c: unknown): string[] {
  const f: string[] = [];
  if (!isObj(c)) return ['collection is not an object'];
  if (!values(c['@context']).includes(ANNO)) f.push('5.1 @context must be/contain http://www.w3.org/ns/anno.jsonld');
  if (!isUri(c.id)) f.push('5.1 id must be a string of format uri');
  if (!values(c.type).includes('AnnotationCollection')) f.push('5.1 type must be "AnnotationCollection"');
  if (c.total !== undefined && !(Number.isInteger(c.total) && (c.total as number) >= 0)) f.push('5.1 total must be an integer >= 0');
  if (Number.isInteger(c.total) && (c.total as number) > 0 && c.first === undefined) f.push('5.1 first is required when total > 0');
  if (c.first !== undefined) {
    const p = c.first;
    if (!isUri(p) && !(isObj(p) && values(p.type).includes('AnnotationPage'))) f.push('5.1 first must be an IRI or an AnnotationPage');
    if (isObj(p)) {
      if (p.id !== undefined && !isUri(p.id)) f.push('5.2 page id must be of format uri');
      if (!Array.isArray(p.items)) f.push('5.2 page items must be an array');
      else p.items.forEach((a, i) => { if (!isUri(a)) f.push(...annotationMustFailures(a).map((m) => `items[${i}]: ${m}`)); });
      if (p.startIndex !== undefined && !(Number.isInteger(p.startIndex) && (p.startIndex as number) >= 0)) f.push('5.2 startIndex must be an integer >= 0');
      if (p.partOf !== undefined && !isUri(p.partOf) && !(isObj(p.partOf) && isUri(p.partOf.id))) f.push('5.2 partOf must be of format uri');
    }
  }
  return f;
}
