import * as fs from 'node:fs';
import type { Analysis } from '../../../server/src/analysis/types';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { applyDateDecisions, applyEntityDecisions, applyQuoteDecisions } from '../../../server/src/annotations/merge';
import { reanchorAll } from '../../../server/src/annotations/reanchor';
import { readSidecar } from '../../../server/src/annotations/sidecarFile';
import type { FormatDeps } from '../../../server/src/cli/formats/cliTypes';
import { toJsonlRecord } from '../../../server/src/cli/jsonlRecord';

/**
 * A stand-in for the lead's analyzeFile that detects nothing: the analysis holds exactly the saved decisions
 * (through the real re-anchoring and merge functions), so exports can be compared span for span.
 */
export async function decisionsOnlyAnalyzeFile(file: string) {
  const text = fs.readFileSync(file, 'utf8');
  const decisions = reanchorAll(text, readSidecar(file, text)?.decisions ?? []);
  const raw = applyEntityDecisions(text, [], decisions);
  const { tokens, sentences } = tokenize(text);
  const analysis: Analysis = {
    text,
    structure: { blocks: [], header: {} },
    tokens,
    sentences,
    mentions: raw.map((m, i) => ({ ...m, text: text.slice(m.start, m.end), entity: i, origin: m.origin ?? 'user', score: m.score ?? 1 })),
    entities: raw.map((m, i) => ({ id: i, type: m.type, name: text.slice(m.start, m.end), aliases: [], mentions: [i], definition: i, roles: [] })),
    dates: applyDateDecisions(text, [], decisions, () => null),
    quotes: applyQuoteDecisions(text, [], decisions, () => null),
    referenceDate: { value: '2017-11-22', source: 'cli' },
    problems: [],
  };
  return { analysis, decisions };
}

export const fakeDeps: FormatDeps = {
  analyzeFile: decisionsOnlyAnalyzeFile,
  toJsonlRecord,
  now: () => new Date('2026-11-23T12:00:00Z'),
  creator: 'tester',
};

export function captureIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), cwd }, out, err, stdout: () => out.join(''), stderr: () => err.join('') };
}
