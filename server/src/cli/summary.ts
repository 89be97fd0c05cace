import type { Analysis, EntityType } from '../analysis/types';
import { count } from '../count';

const HEADINGS: Record<EntityType, string> = { person: 'People', organization: 'Organizations', location: 'Places', misc: 'Other names' };

/** The readable summary `analyze FILE` prints: entities by type with counts, dates with values, quotes with speakers. */
export function formatSummary(name: string, analysis: Analysis, orphans = 0): string {
  const out: string[] = [];
  const ref = analysis.referenceDate;
  out.push(`${name}`);
  out.push(`  ${count(analysis.entities.length, 'entity', 'entities')} (${count(analysis.mentions.length, 'mention')}), ${count(analysis.dates.length, 'date')}, ${count(analysis.quotes.length, 'quote')}; article date ${ref.value} (from ${ref.source === 'cli' ? '--reference-date' : ref.source})`);
  for (const type of Object.keys(HEADINGS) as EntityType[]) {
    const entities = analysis.entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    if (!entities.length) continue;
    out.push(`  ${HEADINGS[type]} (${entities.length})`);
    for (const e of entities) out.push(`    ${e.name} ×${e.mentions.length}${e.aliases.length ? `  (also: ${e.aliases.join(', ')})` : ''}`);
  }
  if (analysis.dates.length) {
    out.push(`  Dates (${analysis.dates.length})`);
    for (const d of analysis.dates) out.push(`    ${JSON.stringify(d.text)} → ${d.value} (${d.type})`);
  }
  if (analysis.quotes.length) {
    out.push(`  Quotes (${analysis.quotes.length})`);
    for (const q of analysis.quotes) {
      const preview = q.text.length > 70 ? `${q.text.slice(0, 67)}…"` : q.text;
      out.push(`    ${q.speaker ? `${q.speaker.name}${q.speaker.text !== q.speaker.name ? ` (“${q.speaker.text}”)` : ''}` : 'unknown speaker'}: ${preview}`);
    }
  }
  if (orphans) out.push(`  ⚠ ${count(orphans, 'saved annotation')} could not be re-attached (kept in the sidecar as orphans)`);
  for (const p of analysis.problems) out.push(`  ${p.severity}: ${p.message}`);
  return out.join('\n');
}
