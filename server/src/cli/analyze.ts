import * as path from 'node:path';
import { createAnalyzer, type Analyzer } from '../analysis/analyze';
import { loadEntityRecognizer } from '../analysis/entities/entityModels';
import { entityModelOption } from '../options/entityModelOption';
import { isIsoDate } from '../analysis/referenceDate/chooseReferenceDate';
import { analyzeFile } from './analyzeFile';
import { referenceDateOption } from '../options/referenceDateOption';
import type { CliIO } from './cliIO';
import { toJsonlRecord } from './jsonlRecord';
import { formatSummary } from './summary';

export const ANALYZE_USAGE = `usage: article-annotator analyze FILE...        readable summary of each article
       article-annotator analyze --jsonl < IN     JSON lines {"id","text","dct"?} in, analyses out
options: --entity-model neural|fast   the entity recognizer: neural (default, more accurate) or fast (perceptron)
         --reference-date YYYY-MM-DD   resolve relative dates against this date (FILE mode; in JSON lines give "dct")`;

/** `article-annotator analyze`. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${ANALYZE_USAGE}\n`);
    return 0;
  }
  const { model, rest: afterModel, error } = entityModelOption(argv);
  const { referenceDate, rest: args, error: dateError } = referenceDateOption(afterModel);
  if (error || dateError) {
    io.stderr(`article-annotator: ${error ?? dateError}\n${ANALYZE_USAGE}\n`);
    return 2;
  }
  if (args.includes('--jsonl')) return analyzeJsonl(io, createAnalyzer(loadEntityRecognizer(model)));
  const files = args.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    io.stderr(`${ANALYZE_USAGE}\n`);
    return 2;
  }
  const analyzer = createAnalyzer(loadEntityRecognizer(model));
  let status = 0;
  for (const file of files) {
    const resolved = path.resolve(io.cwd, file);
    try {
      const { analysis, decisions } = await analyzeFile(resolved, analyzer, referenceDate);
      io.stdout(`${formatSummary(file, analysis, decisions.filter((d) => d.anchor === 'orphan').length)}\n\n`);
    } catch (error) {
      io.stderr(`article-annotator: ${(error as Error).message}\n`);
      status = 1;
    }
  }
  return status;
}

/** One output line per input line, in order; a bad line gets an error line and the run goes on. */
async function analyzeJsonl(io: CliIO, analyzer: Analyzer): Promise<number> {
  if (!io.stdinLines) {
    io.stderr('article-annotator: no standard input\n');
    return 2;
  }
  let lineNumber = 0;
  let failures = 0;
  for await (const line of io.stdinLines()) {
    lineNumber++;
    if (!line.trim()) continue;
    let input: { id?: unknown; text?: unknown; dct?: unknown };
    try {
      input = JSON.parse(line);
      if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Error('expected a JSON object');
    } catch (error) {
      failures++;
      const message = `line ${lineNumber}: not valid JSON (${(error as Error).message})`;
      io.stdout(`${JSON.stringify({ id: null, error: message })}\n`);
      io.stderr(`article-annotator: ${message}\n`);
      continue;
    }
    // The id goes back exactly as it came (a string or a number); anything else becomes null.
    const id = typeof input.id === 'string' || typeof input.id === 'number' ? input.id : null;
    if (typeof input.text !== 'string') {
      failures++;
      const message = `line ${lineNumber}: "text" must be a string`;
      io.stdout(`${JSON.stringify({ id, error: message })}\n`);
      io.stderr(`article-annotator: ${message}\n`);
      continue;
    }
    const dct = typeof input.dct === 'string' && isIsoDate(input.dct) ? input.dct : undefined;
    if (input.dct != null && !dct) io.stderr(`article-annotator: line ${lineNumber}: ignoring dct ${JSON.stringify(input.dct)} (expected YYYY-MM-DD)\n`);
    const analysis = analyzer.analyze(input.text, { referenceDate: dct ? { value: dct, source: 'cli' } : undefined });
    io.stdout(`${JSON.stringify(toJsonlRecord(id, analysis))}\n`);
  }
  // Bad lines were reported in place; the run itself succeeded.
  void failures;
  return 0;
}
