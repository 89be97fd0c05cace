import * as fs from 'node:fs';
import * as path from 'node:path';
import { tokenize } from '../analysis/tokens/tokenize';
import { articleNameFromSource } from '../annotations/articleIri';
import { reanchorAll } from '../annotations/reanchor';
import { parseSidecar, SidecarError } from '../annotations/sidecarFile';
import { fromW3CCollection } from '../annotations/w3cFormat';
import { type AgreementCounts, cohensKappa, compareArticle, emptyCounts, finish, type LabelledSpan } from './formats/agreementStats';
import type { CliIO } from './formats/cliTypes';
import { parseArgs } from './formats/parseArgs';
import { readArticle } from './readArticle';

export const AGREEMENT_USAGE = `usage: article-annotator agreement [--article FILE] [--json] A B

Compares two annotators' sidecars of the same article (A and B are .annotations.json files), or two folders
of them (paired by file name). Per type (person, organization, location, misc, date, quote): spans both gave
(same span, same label), spans only one gave, and F1 between them; speaker agreement on shared quotes;
Cohen's kappa over tokens, for entities+dates and for quotes. The article text is found next to A or B
(the sidecar name without .annotations.json, or the name its annotations target), or given with --article.
`;

const SUFFIX = '.annotations.json';

export async function run(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, ['article']);
  } catch (e) {
    io.stderr(`agreement: ${(e as Error).message}\n${AGREEMENT_USAGE}`);
    return 2;
  }
  if (parsed.flags.has('help')) {
    io.stdout(AGREEMENT_USAGE);
    return 0;
  }
  if (parsed.positional.length !== 2) {
    io.stderr(`agreement: give two sidecars or two folders\n${AGREEMENT_USAGE}`);
    return 2;
  }
  const [a, b] = parsed.positional.map((p) => path.resolve(io.cwd, p));
  let pairs: [string, string][];
  try {
    pairs = pairUp(a, b);
  } catch (e) {
    io.stderr(`agreement: ${(e as Error).message}\n`);
    return 2;
  }
  const acc = emptyCounts();
  let status = 0;
  for (const [fa, fb] of pairs) {
    try {
      const article = parsed.options.article ? path.resolve(io.cwd, parsed.options.article) : findArticle(fa, fb);
      const text = readArticle(article);
      const spansA = readSpans(fa, text);
      const spansB = readSpans(fb, text);
      compareArticle(acc, tokenize(text).tokens, spansA, spansB);
    } catch (e) {
      status = 1;
      io.stderr(`agreement: ${e instanceof SidecarError ? `cannot read ${e.message}` : (e as Error).message}\n`);
    }
  }
  finish(acc);
  const report = summary(acc, pairs.length);
  io.stdout(parsed.flags.has('json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return status;
}

/** Sidecar pairs: two files, or the same-named sidecars of two folders. */
function pairUp(a: string, b: string): [string, string][] {
  const dirA = fs.statSync(a).isDirectory();
  const dirB = fs.statSync(b).isDirectory();
  if (dirA !== dirB) throw new Error('A and B must both be sidecar files or both be folders');
  if (!dirA) return [[a, b]];
  const names = (d: string) => new Set(fs.readdirSync(d).filter((f) => f.endsWith(SUFFIX)));
  const na = names(a);
  const nb = names(b);
  const both = [...na].filter((n) => nb.has(n)).sort();
  if (both.length === 0) throw new Error(`no sidecar (*${SUFFIX}) has the same name in ${a} and ${b}`);
  return both.map((n) => [path.join(a, n), path.join(b, n)]);
}

/** The article of a sidecar pair: next to A or B, by the sidecar's name or by the name its annotations target. */
function findArticle(fa: string, fb: string): string {
  const candidates: string[] = [];
  for (const f of [fa, fb]) {
    if (f.endsWith(SUFFIX)) candidates.push(f.slice(0, -SUFFIX.length));
    try {
      const sources = fromW3CCollection(JSON.parse(fs.readFileSync(f, 'utf8'))).sources;
      for (const s of sources) if (s) candidates.push(path.join(path.dirname(f), articleNameFromSource(s) ?? s));
    } catch {
      // reported when the sidecar is read
    }
  }
  const found = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
  if (!found) throw new Error(`cannot find the article of ${fa} (looked for ${[...new Set(candidates)].join(', ') || 'nothing'}); give it with --article`);
  return found;
}

function readSpans(file: string, text: string): LabelledSpan[] {
  const sidecar = parseSidecar(file, fs.readFileSync(file, 'utf8'), text);
  return reanchorAll(text, sidecar.decisions)
    .filter((d) => d.anchor !== 'orphan')
    .map((d) => ({ start: d.start, end: d.end, label: d.label, ...(d.speaker !== undefined ? { speaker: d.speaker } : {}) }));
}

interface Report {
  articles: number;
  byType: AgreementCounts['byType'];
  speakers: AgreementCounts['speakers'];
  kappa: { entitiesAndDates: number; quotes: number; tokens: number };
}

function summary(acc: AgreementCounts, articles: number): Report {
  return {
    articles,
    byType: acc.byType,
    speakers: acc.speakers,
    kappa: { entitiesAndDates: round(cohensKappa(acc.entityTokens)), quotes: round(cohensKappa(acc.quoteTokens)), tokens: acc.entityTokens.length },
  };
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function formatReport(r: Report): string {
  const lines = [`articles: ${r.articles}`, 'type            both  only A  only B      F1'];
  for (const [type, t] of Object.entries(r.byType)) {
    lines.push(`${type.padEnd(14)} ${String(t.both).padStart(5)} ${String(t.onlyA).padStart(7)} ${String(t.onlyB).padStart(7)} ${t.f1.toFixed(4).padStart(7)}`);
  }
  lines.push(`speakers of shared quotes: ${r.speakers.agree}/${r.speakers.compared} agree`);
  lines.push(`Cohen's kappa over ${r.kappa.tokens} tokens: entities+dates ${r.kappa.entitiesAndDates.toFixed(4)}, quotes ${r.kappa.quotes.toFixed(4)}`);
  return `${lines.join('\n')}\n`;
}
