/**
 * Error analysis of the date layer: every value error on TimeBank/AQUAINT (gold text/value vs ours, with the sentence
 * and the DCT), grouped by category with counts, plus value F1 by TIMEX3 type.
 *   node --import tsx scripts/eval-dates/errors.ts [--split dev|check|all] [--only CATEGORY] [--counts]
 * Matching is the scorer's: one-to-one, greedy in gold order, spans overlapping.
 */
import type { DateMention } from '../../server/src/analysis/types';
import { analyzeDoc, type GoldDoc, type GoldTimex, loadDocs, type Split } from './evalData';

const args = process.argv.slice(2);
const split = (args.includes('--split') ? args[args.indexOf('--split') + 1] : 'all') as Split;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const countsOnly = args.includes('--counts');
const byText = args.includes('--by-text');

const REF = /_REF$/;
/** Shape of a value: its granularity ("YYYY-MM-DD", "YYYY-Www", "PnY" …). */
export function shapeOf(v: string): string {
  if (/^P/.test(v)) return 'P' + v.replace(/^P(T?)[\dX.]+/, '$1n');
  if (REF.test(v)) return v;
  return v.replace(/\d/g, 'D').replace(/X/g, 'X');
}

/** Coarse comparison key of a calendar value against the DCT: -1 before, 0 containing, 1 after, null unknown. */
function sideOf(v: string, dct: string | null): number | null {
  if (!dct || !/^\d{4}/.test(v)) return null;
  const lo = v.replace(/-W(\d\d).*/, '').replace(/-Q(\d).*/, (_, q) => `-${String(3 * q - 2).padStart(2, '0')}`)
    .replace(/-(SP|SU|FA|WI|H\d).*/, '').replace(/T.*/, '');
  const hi = lo;
  const d = dct.slice(0, lo.length);
  if (hi < d) return -1;
  if (lo > d) return 1;
  return 0;
}

export function categorize(g: GoldTimex | null, p: DateMention | null, dct: string | null): string {
  if (!p) return 'missed span';
  if (!g) {
    if (REF.test(p.value)) return 'extra span: REF word';
    return `extra span: ${p.type}`;
  }
  const gv = g.value, pv = p.value;
  if (REF.test(gv) || REF.test(pv)) return REF.test(gv) && REF.test(pv) ? 'REF: wrong REF' : REF.test(gv) ? 'REF: gold REF, ours calendar' : 'REF: ours REF, gold calendar';
  const gType = g.type.toLowerCase();
  if (gType === 'set' || p.type === 'set') return gType === p.type ? 'set form' : 'set vs other type';
  const gDur = /^P/.test(gv), pDur = /^P/.test(pv);
  if (gDur && pDur) return 'duration value';
  if (gDur !== pDur) return gDur ? 'duration: gold duration, ours date' : 'duration: ours duration, gold date';
  if (/X/.test(gv) !== /X/.test(pv)) return /X/.test(gv) ? 'underspecified: gold X, ours resolved' : 'underspecified: ours X, gold resolved';
  if (shapeOf(gv) !== shapeOf(pv)) {
    if (/T/.test(gv) !== /T/.test(pv)) return 'granularity: time vs date';
    return 'granularity';
  }
  const gs = sideOf(gv, dct), ps = sideOf(pv, dct);
  if (gs !== null && ps !== null && gs !== ps && gs !== 0 && ps !== 0) return 'direction past/future';
  if (g.start !== p.start || g.end !== p.end) return 'anchor/offset (span differs)';
  return 'anchor/offset';
}

function sentenceAround(text: string, start: number, end: number): string {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  let s = text.slice(ls, le);
  let a = start - ls, b = end - ls;
  const from = Math.max(0, s.lastIndexOf('. ', a - 1) + 1, a - 160);
  const dot = s.indexOf('. ', b);
  const to = Math.min(s.length, dot < 0 ? s.length : dot + 1, b + 160);
  s = s.slice(from, to);
  a -= from; b -= from;
  return (s.slice(0, a) + '[' + s.slice(a, b) + ']' + s.slice(b)).trim();
}

interface Row { cat: string; line: string }
/** Per predicted text (lower-cased): right value, wrong value, extra span; per missed gold text: count. */
const perText = new Map<string, { ok: number; wrong: number; extra: number; missed: number }>();
const bump = (t: string, k: 'ok' | 'wrong' | 'extra' | 'missed') => { const key = t.toLowerCase(); const e = perText.get(key) ?? { ok: 0, wrong: 0, extra: 0, missed: 0 }; e[k]++; perText.set(key, e); };
const docs: GoldDoc[] = loadDocs('timebank', split);
const rows: Row[] = [];
const types = ['date', 'time', 'duration', 'set'];
const byType: Record<string, { tp: number; np: number; ng: number; rel: number }> = Object.fromEntries(types.map((t) => [t, { tp: 0, np: 0, ng: 0, rel: 0 }]));
const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
for (const d of docs) {
  const preds = analyzeDoc(d);
  const used = new Set<number>();
  for (const g of d.timexes!) {
    const i = preds.findIndex((p, k) => !used.has(k) && ov(g, p));
    const p = i >= 0 ? preds[i] : null;
    if (i >= 0) used.add(i);
    byType[g.type.toLowerCase()].ng++;
    if (p) bump(p.text, p.value === g.value ? 'ok' : 'wrong'); else bump(g.text, 'missed');
    if (p && p.value === g.value) {
      if (p.type === g.type.toLowerCase()) byType[p.type].tp++;
      continue;
    }
    const cat = categorize(g, p, d.dct);
    const ours = p ? `${JSON.stringify(p.text)} = ${p.value} (${p.type})` : '—';
    rows.push({ cat, line: `${g.type.padEnd(8)} ${JSON.stringify(g.text)} = ${g.value}  ours ${ours}  [dct ${d.dct}, ${d.id}]\n      ${sentenceAround(d.text, g.start, g.end)}` });
  }
  for (const [k, p] of preds.entries()) {
    byType[p.type].np++;
    if (used.has(k)) continue;
    bump(p.text, 'extra');
    rows.push({ cat: categorize(null, p, d.dct), line: `${p.type.padEnd(8)} ${JSON.stringify(p.text)} = ${p.value}  [dct ${d.dct}, ${d.id}]\n      ${sentenceAround(d.text, p.start, p.end)}` });
  }
}
const groups = new Map<string, string[]>();
for (const r of rows) (groups.get(r.cat) ?? groups.set(r.cat, []).get(r.cat)!).push(r.line);
const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
console.log(`split=${split}: ${docs.length} documents, ${rows.length} errors (value errors on matched spans, misses and extras)`);
for (const [cat, list] of sorted) console.log(`${String(list.length).padStart(5)}  ${cat}`);
console.log('value F1 by type (gold type = predicted type, same value):');
for (const t of types) {
  const b = byType[t];
  const p = b.np ? b.tp / b.np : 0, r = b.ng ? b.tp / b.ng : 0;
  console.log(`  ${t.padEnd(9)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)} (tp ${b.tp}, pred ${b.np}, gold ${b.ng})`);
}
if (byText) {
  console.log('per text (ours; missed = gold text we did not find): ok wrong extra missed');
  for (const [t, e] of [...perText.entries()].sort((a, b) => b[1].wrong + b[1].extra + b[1].missed - a[1].wrong - a[1].extra - a[1].missed)) {
    if (e.wrong + e.extra + e.missed) console.log(`  ${String(e.ok).padStart(4)} ${String(e.wrong).padStart(4)} ${String(e.extra).padStart(4)} ${String(e.missed).padStart(4)}  ${t}`);
  }
}
if (!countsOnly) {
  for (const [cat, list] of sorted) {
    if (only && !cat.startsWith(only)) continue;
    console.log(`\n== ${cat} (${list.length})`);
    for (const l of list) console.log('  ' + l);
  }
}
