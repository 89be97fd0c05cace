import type { Analysis } from '../analysis/types';

/** One line of `analyze --jsonl` (and `export --format jsonl`): the format outside tools rely on. Keep it exactly. */
export interface JsonlRecord {
  id: string | number | null;
  entities: { start: number; end: number; text: string; type: string; entity: string }[];
  dates: { start: number; end: number; text: string; type: string; value: string }[];
  quotes: { start: number; end: number; text: string; speaker: { start: number; end: number; text: string; entity: string } | null }[];
}

export function toJsonlRecord(id: string | number | null, analysis: Analysis): JsonlRecord {
  return {
    id,
    entities: analysis.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, entity: analysis.entities[m.entity]?.name ?? m.text })),
    dates: analysis.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, type: d.type, value: d.value })),
    quotes: analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end, text: q.speaker.text, entity: q.speaker.name } : null,
    })),
  };
}
