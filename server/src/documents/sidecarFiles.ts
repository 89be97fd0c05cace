import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reanchorAll } from '../annotations/reanchor';
import { readSidecar, saveSidecar, sidecarPathFor, SidecarError } from '../annotations/sidecarFile';
import type { ArticleState } from './articleState';

/** Reading and writing the `<article>.annotations.json` next to an open article. */
export interface SidecarFiles {
  /** Reads the sidecar (if any) and re-anchors its decisions to the article's current text. Never throws. */
  load(state: ArticleState): Promise<void>;
  /** Writes the article's decisions atomically. Refuses (and says why) when the sidecar on disk cannot be read. */
  save(state: ArticleState): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Reloads when the sidecar on disk differs from what we last read or wrote (another annotator, a merge). */
  reloadIfChanged(state: ArticleState): Promise<boolean>;
}

export function articlePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Sidecars on the local file system. */
export function fileSidecars(): SidecarFiles {
  /** What we last read or wrote, per sidecar path, to tell our own writes from changes made by others. */
  const lastSeen = new Map<string, string>();
  const contentOf = (file: string) => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };

  const load = async (state: ArticleState) => {
    const article = articlePathOf(state.uri);
    if (!article) return;
    state.sidecar.path = sidecarPathFor(article);
    lastSeen.set(state.sidecar.path, contentOf(state.sidecar.path));
    try {
      const sidecar = readSidecar(article, state.document.getText());
      state.sidecar.error = undefined;
      state.sidecar.errorAt = undefined;
      state.sidecar.collectionId = sidecar?.collectionId;
      state.sidecar.articleDate = sidecar?.articleDate?.value;
      state.sidecar.articleDateCreated = sidecar?.articleDate?.created;
      state.decisions = sidecar ? reanchorAll(state.document.getText(), sidecar.decisions) : [];
    } catch (error) {
      state.sidecar.error = error instanceof SidecarError ? error.sentence : `The annotations file could not be read: ${String(error)}.`;
      state.sidecar.errorAt = error instanceof SidecarError ? { line: error.line, column: error.column } : undefined;
      state.decisions = [];
    }
    state.decisionsMoved = false;
  };

  return {
    load,
    async save(state) {
      const article = articlePathOf(state.uri);
      if (!article) return { ok: false, message: 'the article is not saved in a file yet; save it first so that its annotations can be stored next to it.' };
      if (state.sidecar.error) return { ok: false, message: `${state.sidecar.error} Fix or move that file first; it is left exactly as it is.` };
      try {
        const date = state.sidecar.articleDate;
        if (date && !state.sidecar.articleDateCreated) state.sidecar.articleDateCreated = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
        const saved = saveSidecar(article, state.decisions, state.document.getText(), date ? { value: date, created: state.sidecar.articleDateCreated! } : null);
        state.sidecar.collectionId = saved.collectionId;
        lastSeen.set(sidecarPathFor(article), contentOf(sidecarPathFor(article)));
        state.decisionsMoved = false;
        return { ok: true };
      } catch (error) {
        if (error instanceof SidecarError) {
          state.sidecar.error = error.sentence;
          state.sidecar.errorAt = { line: error.line, column: error.column };
          return { ok: false, message: `${state.sidecar.error} It was not overwritten.` };
        }
        return { ok: false, message: (error as Error).message };
      }
    },
    async reloadIfChanged(state) {
      const file = state.sidecar.path;
      if (!file) return false;
      const now = contentOf(file);
      if (now === lastSeen.get(file)) return false;
      await load(state);
      return true;
    },
  };
}
