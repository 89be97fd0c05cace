import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomicSync } from '../annotations/atomicWrite';
import { SidecarError } from '../annotations/sidecarFile';
import { parseBratAnn } from './formats/brat';
import type { CliIO, FormatDeps } from './formats/cliTypes';
import { conllDocToSpans, parseConll } from './formats/conll';
import { importIntoSidecar } from './formats/importSpans';
import { defaultDeps } from './formats/leadModules';
import { parseArgs } from './formats/parseArgs';
import { readArticle } from './readArticle';

export const IMPORT_USAGE = `usage: article-annotator import --format brat|conll [--creator NAME] FILE...

Turns existing annotations into sidecars (<article>.annotations.json) next to the articles.
  brat   FILE is A.ann (or A.txt / A): the article is A.article next to it if there is one, else A.txt
  conll  FILE holds CoNLL-2003 columns (token first, NER tag last; IOB1 or IOB2); each document's text is
         written as A.article (A-1.article, A-2.article, … for several documents), one sentence a line
An imported span replaces a saved decision on the same span; other saved decisions are kept.
`;

export async function run(args: string[], io: CliIO, deps: Pick<FormatDeps, 'now' | 'creator'> = defaultDeps()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, ['format', 'creator']);
  } catch (e) {
    io.stderr(`import: ${(e as Error).message}\n${IMPORT_USAGE}`);
    return 2;
  }
  if (parsed.flags.has('help')) {
    io.stdout(IMPORT_USAGE);
    return 0;
  }
  const format = parsed.options.format;
  if (format !== 'brat' && format !== 'conll') {
    io.stderr(`import: --format must be brat or conll\n${IMPORT_USAGE}`);
    return 2;
  }
  if (parsed.positional.length === 0) {
    io.stderr(`import: no file given\n${IMPORT_USAGE}`);
    return 2;
  }
  const creator = parsed.options.creator ?? deps.creator;
  let status = 0;
  for (const f of parsed.positional) {
    const file = path.resolve(io.cwd, f);
    try {
      const jobs = format === 'brat' ? bratJob(file) : conllJobs(file);
      for (const job of jobs) {
        for (const w of job.warnings) io.stderr(`import: ${file}: ${w}\n`);
        const r = importIntoSidecar(job.article, job.text, job.spans, creator, deps.now());
        io.stdout(`${r.file}: ${r.added} imported, ${r.kept} kept\n`);
      }
    } catch (e) {
      status = 1;
      if (e instanceof SidecarError) io.stderr(`import: cannot read the annotations ${e.message} (the file was left untouched)\n`);
      else io.stderr(`import: ${file}: ${(e as Error).message}\n`);
    }
  }
  return status;
}

interface Job {
  article: string;
  text: string;
  spans: ReturnType<typeof parseBratAnn>['spans'];
  warnings: string[];
}

function bratJob(file: string): Job[] {
  const base = file.replace(/\.(ann|txt)$/, '');
  const ann = `${base}.ann`;
  const txt = `${base}.txt`;
  const article = fs.existsSync(`${base}.article`) ? `${base}.article` : txt;
  const text = readArticle(article);
  if (article !== txt && fs.existsSync(txt) && readArticle(txt) !== text) {
    throw new Error(`${txt} differs from ${article}; the .ann offsets cannot be trusted`);
  }
  const { spans, warnings } = parseBratAnn(fs.readFileSync(ann, 'utf8'), text);
  return [{ article, text, spans, warnings }];
}

function conllJobs(file: string): Job[] {
  const docs = parseConll(fs.readFileSync(file, 'utf8'));
  if (docs.length === 0) throw new Error('no CoNLL document found');
  const base = file.replace(/\.[^./\\]*$/, '');
  return docs.map((doc, i) => {
    const article = docs.length === 1 ? `${base}.article` : `${base}-${i + 1}.article`;
    const { text, spans, warnings } = conllDocToSpans(doc);
    if (fs.existsSync(article)) {
      if (readArticle(article) !== text) throw new Error(`${article} exists with other text; not overwritten`);
    } else {
      writeFileAtomicSync(article, text);
    }
    return { article, text, spans, warnings };
  });
}
