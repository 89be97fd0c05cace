import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { articleIri } from './articleIri';
import { writeFileAtomicSync } from './atomicWrite';
import { type Decision, newUrnUuid } from './decision';
import { lineColumn, offsetOfPath, parseStrictJson } from './jsonLocation';
import { codePoints } from './codePoints';
import { fromW3CCollection, ShapeError, toW3CCollection, withQuoteFromPosition, withUtf16Positions } from './w3cFormat';

/** `<article file>.annotations.json`, next to the article. */
export function sidecarPathFor(articlePath: string): string {
  return `${articlePath}.annotations.json`;
}

/** A sidecar that cannot be read: names the file and the line/column of the problem. The file is left as it was. */
export class SidecarError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'SidecarError';
  }

  /**
   * The problem as a sentence for the editor: the file by its name only (it sits next to the article; a full path
   * pushed the reason out of sight in the Problems view), then where, then what is wrong.
   */
  get sentence(): string {
    return `The annotations file ${path.basename(this.file)}, line ${this.line}, column ${this.column}: ${this.reason}.`;
  }
}

export interface Sidecar {
  /** `urn:uuid:…`, kept on every rewrite. */
  collectionId: string;
  decisions: Decision[];
  /** The article date the user set ("Set article date…"). */
  articleDate?: { value: string; created: string };
}

/**
 * Parses sidecar text. Decisions come back as read (call `reanchorAll` against the article text); with
 * `articleText`, their positions (code points in the file) become UTF-16 offsets into it, and annotations that only
 * had a position selector get their quote from it. Without it, positions stay as the file counts them.
 * Throws SidecarError for bad JSON or an unknown shape.
 */
export function parseSidecar(file: string, content: string, articleText?: string): Sidecar {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const parsed = parseStrictJson(text);
  if ('problem' in parsed) {
    const { line, column } = lineColumn(text, parsed.problem.offset);
    throw new SidecarError(file, line, column, `not valid JSON (${parsed.problem.message})`);
  }
  try {
    const { collectionId, decisions, articleDate } = fromW3CCollection(parsed.value);
    const points = articleText === undefined ? undefined : codePoints(articleText);
    const sidecar: Sidecar = { collectionId, decisions: articleText === undefined ? decisions : decisions.map((d) => withQuoteFromPosition(articleText, withUtf16Positions(d, points!))) };
    if (articleDate) sidecar.articleDate = articleDate;
    return sidecar;
  } catch (e) {
    if (!(e instanceof ShapeError)) throw e;
    const { line, column } = lineColumn(text, offsetOfPath(text, e.path));
    const where = e.path.length ? ` at ${e.path.join('.')}` : '';
    throw new SidecarError(file, line, column, `not an annotation sidecar we know${where}: ${e.message}`);
  }
}

/** Reads the sidecar of `articlePath`; null when there is none. Throws SidecarError when it cannot be read. */
export function readSidecar(articlePath: string, articleText?: string): Sidecar | null {
  const file = sidecarPathFor(articlePath);
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SidecarError(file, 1, 1, `cannot be read (${(e as Error).message})`);
  }
  return parseSidecar(file, content, articleText);
}

/** The sidecar text for `decisions` on the article text `text` (stable formatting, trailing newline). */
export function formatSidecar(collectionId: string, decisions: readonly Decision[], articleFileName: string, text: string, articleDate?: Sidecar['articleDate']): string {
  return `${JSON.stringify(toW3CCollection(collectionId, decisions, articleIri(articleFileName), text, articleDate), null, 2)}\n`;
}

/**
 * Saves `decisions` as the sidecar of `articlePath`, atomically. Keeps the collection id of the existing sidecar
 * (a new one is made the first time). If the existing sidecar cannot be read, throws SidecarError and writes nothing.
 */
/**
 * `text`: the article text the decisions are anchored to (the editor's, saved or not), which the positions are
 * counted in. `articleDate`: the date to record, `null` to remove it, or 'keep' what the sidecar has.
 */
export function saveSidecar(articlePath: string, decisions: readonly Decision[], text: string, articleDate: Sidecar['articleDate'] | null | 'keep' = 'keep'): Sidecar {
  const existing = readSidecar(articlePath);
  const collectionId = existing?.collectionId ?? newUrnUuid();
  const date = articleDate === 'keep' ? existing?.articleDate : (articleDate ?? undefined);
  writeFileAtomicSync(sidecarPathFor(articlePath), formatSidecar(collectionId, decisions, path.basename(articlePath), text, date));
  return date ? { collectionId, decisions: [...decisions], articleDate: date } : { collectionId, decisions: [...decisions] };
}

/** The default `creator`: the OS user name. */
export function defaultCreator(): string {
  try {
    return os.userInfo().username || process.env.USER || 'unknown';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}
