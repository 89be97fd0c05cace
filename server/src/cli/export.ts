import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Decision } from '../annotations/decision';
import { formatSidecar, readSidecar, SidecarError } from '../annotations/sidecarFile';
import { newUrnUuid } from '../annotations/decision';
import { toBratAnn } from './formats/brat';
import type { CliIO, FormatDeps } from './formats/cliTypes';
import { toConll } from './formats/conll';
import { entityModelOption } from '../options/entityModelOption';
import { defaultDeps } from './formats/leadModules';
import { parseArgs } from './formats/parseArgs';
import { referenceDateOption } from '../options/referenceDateOption';
import { analysisAsDecisions } from './formats/w3cExport';

const FORMATS = ['jsonl', 'brat', 'conll', 'w3c'] as const;
type Format = (typeof FORMATS)[number];

export const EXPORT_USAGE = `usage: article-annotator export --format jsonl|brat|conll|w3c [--out DIR] [--entity-model neural|fast] [--reference-date YYYY-MM-DD] FILE...

Writes each article's detections merged with its saved decisions, re-anchored to the current text.
  jsonl  one \`analyze --jsonl\` line per article (id = file name without extension)
  brat   standoff: DIR/A.txt (the text) + DIR/A.ann (T-lines, quote speakers as relations)
  conll  CoNLL-2003 columns: TOKEN -X- -X- NER (IOB2, PER/ORG/LOC/MISC; no POS or chunk: -X-)
  w3c    the sidecar format (W3C Web Annotation collection) with every span
Without --out, one FILE is written to standard output (jsonl and conll also take several).
`;

/** `A.article` -> `A`. */
const stem = (file: string) => path.basename(file).replace(/\.[^.]*$/, '');

export async function run(args: string[], io: CliIO, given?: FormatDeps): Promise<number> {
  const { model: entityModel, rest: afterModel, error } = entityModelOption(args);
  const { referenceDate, rest, error: dateError } = referenceDateOption(afterModel);
  if (error || dateError) {
    io.stderr(`export: ${error ?? dateError}\n${EXPORT_USAGE}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs(rest, ['format', 'out']);
  } catch (e) {
    io.stderr(`export: ${(e as Error).message}\n${EXPORT_USAGE}`);
    return 2;
  }
  if (parsed.flags.has('help')) {
    io.stdout(EXPORT_USAGE);
    return 0;
  }
  const deps = given ?? defaultDeps(undefined, entityModel);
  const format = parsed.options.format as Format;
  if (!FORMATS.includes(format)) {
    io.stderr(`export: --format must be one of ${FORMATS.join(', ')}\n${EXPORT_USAGE}`);
    return 2;
  }
  const files = parsed.positional.map((f) => path.resolve(io.cwd, f));
  if (files.length === 0) {
    io.stderr(`export: no article given\n${EXPORT_USAGE}`);
    return 2;
  }
  const outDir = parsed.options.out !== undefined ? path.resolve(io.cwd, parsed.options.out) : null;
  if (!outDir && files.length > 1 && (format === 'brat' || format === 'w3c')) {
    io.stderr(`export: --format ${format} with several articles needs --out DIR\n`);
    return 2;
  }
  if (outDir) fs.mkdirSync(outDir, { recursive: true });

  let status = 0;
  for (const file of files) {
    try {
      // check the sidecar ourselves first: an unreadable one stops this article, and is never touched
      readSidecar(file);
      const { analysis, decisions } = await deps.analyzeFile(file, referenceDate);
      const orphans = decisions.filter((d) => d.anchor === 'orphan').length;
      if (orphans) io.stderr(`export: ${file}: ${orphans} saved annotation(s) could not be found in the text (orphans) and are not exported\n`);
      const outputs = render(format, file, analysis, decisions, deps);
      for (const [suffix, content] of outputs) {
        if (outDir) fs.writeFileSync(path.join(outDir, `${stem(file)}${suffix}`), content);
        else if (suffix !== '.txt') io.stdout(content);
      }
    } catch (e) {
      status = 1;
      if (e instanceof SidecarError) io.stderr(`export: cannot read the annotations of ${file}: ${e.message} (the file was left untouched)\n`);
      else io.stderr(`export: ${file}: ${(e as Error).message}\n`);
    }
  }
  return status;
}

function render(format: Format, file: string, analysis: Parameters<typeof toConll>[0], decisions: Decision[], deps: FormatDeps): [string, string][] {
  switch (format) {
    case 'jsonl':
      return [['.jsonl', `${JSON.stringify(deps.toJsonlRecord(stem(file), analysis))}\n`]];
    case 'brat':
      return [
        ['.txt', analysis.text],
        ['.ann', toBratAnn(analysis)],
      ];
    case 'conll':
      return [['.conll', toConll(analysis)]];
    case 'w3c': {
      const id = readSidecar(file)?.collectionId ?? newUrnUuid();
      return [['.annotations.json', formatSidecar(id, analysisAsDecisions(analysis, decisions, deps.now()), path.basename(file), analysis.text)]];
    }
  }
}
