import type { RawMention, Token } from '../types';
import { tokenEndingAt, tokenStartingAt } from '../tokens/tokenIndex';

/**
 * Names of artifacts — weapon systems, vehicles, spacecraft, vaccines — are `misc` in the CoNLL scheme, but a
 * sentence-level tagger reads an unknown capitalized acronym as an organization ("THAAD"). The article's own words
 * say otherwise: the name heads an artifact noun ("the Patriot missile system", "a THAAD battery") or is what gets
 * deployed or installed ("deploy the Patriot", "the deployment of THAAD").
 *
 * A name (with the acronym it defines in brackets, "Terminal High Altitude Area Defense (THAAD)") typed organization
 * becomes misc when at least two of its mentions, and at least a third of them, carry such a cue, and none speaks
 * ("NASA said"): organizations that make artifacts ("Boeing jets", "NASA's probe") are also quoted and act.
 * Mentions a person tagged or confirmed never change. Pure.
 */

const ARTIFACT_HEADS = new Set([
  'system', 'systems', 'missile', 'missiles', 'interceptor', 'interceptors', 'battery', 'batteries', 'launcher',
  'launchers', 'rocket', 'rockets', 'radar', 'radars', 'warhead', 'warheads', 'drone', 'drones', 'fighter', 'fighters',
  'bomber', 'bombers', 'warship', 'warships', 'frigate', 'frigates', 'destroyer', 'destroyers', 'submarine',
  'submarines', 'tank', 'tanks', 'satellite', 'satellites', 'spacecraft', 'probe', 'rover', 'lander', 'vaccine',
  'vaccines',
]);
/** Verbs and nouns whose object is a thing put in place: "install THAAD", "the deployment of the Patriot". */
const PLACING_VERBS = new Set(['deploy', 'deploys', 'deployed', 'deploying', 'install', 'installs', 'installed', 'installing']);
const PLACING_NOUNS = new Set(['deployment', 'deployments', 'installation']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'more', 'additional', 'new', 'another']);
/** What may follow the object of a placing verb when the name is the whole object (not "deploy NATO troops"). */
const AFTER_OBJECT = new Set([
  'by', 'in', 'to', 'on', 'at', 'and', 'or', 'that', 'which', 'is', 'was', 'will', 'would', 'has', 'have', 'as', 'from',
  'near', 'for', 'with', 'despite', 'after', 'before', 'since', 'could', 'can', 'may', 'might', 'should',
]);
const SPEECH = new Set(['said', 'says', 'say', 'told', 'announced', 'stated', 'added', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Words that may stand between the name and its head: "THAAD anti-missile system", "S-400 air defense system". */
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;
const WORDLIKE = /[\p{L}\p{N}]/u;

export function retypeArtifactNames(text: string, mentions: RawMention[], tokens: Token[]): RawMention[] {
  const lower = (i: number) => (i >= 0 && i < tokens.length ? tokens[i].text.toLowerCase() : '');
  const key = (m: RawMention) => text.slice(m.start, m.end);

  // A name and the acronym it defines in brackets form one group, and count as one mention.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const byStart = new Map<number, RawMention>();
  for (const m of mentions) byStart.set(m.start, m);
  const defined = new Set<number>();
  for (const m of mentions) {
    const last = tokenEndingAt(tokens, m.end);
    if (last === undefined || tokens[last + 1]?.text !== '(') continue;
    if (tokens[last + 3]?.text === ')') defined.add(tokens[last + 2].start);
    const inner = tokens[last + 2] && byStart.get(tokens[last + 2].start);
    if (inner && tokens[(tokenEndingAt(tokens, inner.end) ?? -9) + 1]?.text === ')') {
      const a = find(key(m)), b = find(key(inner));
      if (a !== b) parent.set(b, a);
    }
  }
  // Only names typed organization somewhere can change: the others need no evidence.
  const candidates = new Set<string>();
  for (const m of mentions) if (m.type === 'organization' && m.origin === 'detected') candidates.add(find(key(m)));
  if (!candidates.size) return mentions;
  interface Evidence { mentions: number; cues: number; speaks: boolean }
  const evidence = new Map<string, Evidence>();
  for (const m of mentions) {
    if (defined.has(m.start) || !candidates.has(find(key(m)))) continue;
    const first = tokenStartingAt(tokens, m.start);
    let last = tokenEndingAt(tokens, m.end);
    if (first === undefined || last === undefined) continue;
    const g = find(key(m));
    const e = evidence.get(g) ?? { mentions: 0, cues: 0, speaks: false };
    evidence.set(g, e);
    e.mentions++;
    // Skip the acronym in brackets after a full name; an acronym in brackets stands where its full name stands.
    if (tokens[last + 1]?.text === '(' && tokens[last + 3]?.text === ')') last += 3;
    let from = first;
    if (tokens[first - 1]?.text === '(' && tokens[last + 1]?.text === ')') {
      last++;
      from = first - 1;
      while (from > 0 && /^\p{Lu}/u.test(tokens[from - 1].text)) from--;
    }
    if (SPEECH.has(lower(last + 1)) || (lower(first - 1) === 'to' && lower(first - 2) === 'according')) e.speaks = true;
    if (artifactHeadAfter(tokens, last) || placedObject(tokens, from, last, lower)) e.cues++;
  }
  const artifact = (g: string) => {
    const e = evidence.get(g);
    return !!e && !e.speaks && e.cues >= 2 && e.cues * 3 >= e.mentions;
  };
  return mentions.map((m) =>
    m.type === 'organization' && m.origin === 'detected' && artifact(find(key(m))) ? { ...m, type: 'misc' } : m,
  );
}

/** "THAAD system", "Patriot missile system", "S-400 air defense system": a head noun within three words. */
function artifactHeadAfter(tokens: Token[], last: number): boolean {
  for (let i = last + 1; i <= last + 3 && i < tokens.length; i++) {
    const w = tokens[i].text;
    if (ARTIFACT_HEADS.has(w.toLowerCase()) && /^\p{Ll}/u.test(w)) return true;
    if (!MODIFIER.test(w)) return false;
  }
  return false;
}

/** "install THAAD by May", "the deployment of the Patriot," — the name is the whole object of a placing word. */
function placedObject(tokens: Token[], first: number, last: number, lower: (i: number) => string): boolean {
  const next = tokens[last + 1];
  if (next && WORDLIKE.test(next.text) && !AFTER_OBJECT.has(next.text.toLowerCase())) return false;
  let i = first - 1;
  while (i >= 0 && DETERMINERS.has(lower(i))) i--;
  if (PLACING_VERBS.has(lower(i))) return true;
  return lower(i) === 'of' && PLACING_NOUNS.has(lower(i - 1));
}
