// Per-type date scores for `npm run eval`: strict (same span), relaxed (overlapping span) and value (overlapping span,
// same value) F1 for each TIMEX3 type, counting a prediction only against gold of its own type. The scorer
// (../shared/eval/score.mjs) prints the overall figures; this breaks them down as the date issue asks.

const TYPES = ['date', 'time', 'duration', 'set'];

/** `gold`, `pred`: the JSONL lines of the gold file (with `timexes`) and of `analyze --jsonl` (with `dates`). */
export function dateScoresByType(goldLines, predLines) {
  const preds = new Map(predLines.map((p) => [p.id, p.dates ?? []]));
  const counts = Object.fromEntries(TYPES.map((t) => [t, { gold: 0, pred: 0, strict: 0, relaxed: 0, value: 0 }]));
  for (const doc of goldLines) {
    if (!doc.timexes) continue;
    const gold = doc.timexes.map((g) => ({ ...g, type: String(g.type).toLowerCase(), value: String(g.value) }));
    const pred = preds.get(doc.id) ?? [];
    for (const t of TYPES) {
      const gs = gold.filter((g) => g.type === t), ps = pred.filter((p) => p.type === t);
      const c = counts[t];
      c.gold += gs.length;
      c.pred += ps.length;
      const used = new Set();
      for (const g of gs) {
        const exact = ps.findIndex((p, i) => !used.has(i) && p.start === g.start && p.end === g.end);
        const i = exact >= 0 ? exact : ps.findIndex((p, k) => !used.has(k) && p.start < g.end && g.start < p.end);
        if (i < 0) continue;
        used.add(i);
        c.relaxed++;
        if (ps[i].start === g.start && ps[i].end === g.end) c.strict++;
        if (ps[i].value === g.value) c.value++;
      }
    }
  }
  return counts;
}

export function formatDateScoresByType(counts) {
  const f1 = (tp, c) => (c.gold + c.pred ? (2 * tp) / (c.gold + c.pred) : 0).toFixed(3);
  const lines = ['dates by type (a prediction counts only against gold of its type):  strict  relaxed  value'];
  for (const t of TYPES) {
    const c = counts[t];
    lines.push(`  ${t.padEnd(9)} gold ${String(c.gold).padStart(5)}  pred ${String(c.pred).padStart(5)}        ${f1(c.strict, c)}   ${f1(c.relaxed, c)}  ${f1(c.value, c)}`);
  }
  return lines.join('\n') + '\n';
}
