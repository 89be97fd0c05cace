import type { Analyzer } from '../analysis/analyze';
import type { DocumentStore } from '../documents/documentStore';
import type { ArticleState } from '../documents/articleState';
import type { SidecarFiles } from '../documents/sidecarFiles';
import type { ServerSettings } from '../protocol';

/** What a server command may use: the open articles, the sidecar files, settings, and a way to refresh the editor. */
export interface CommandContext {
  store: DocumentStore;
  /** The server's analyzer (one loaded model for everything the server does). */
  analyzer: Analyzer;
  sidecars: SidecarFiles;
  settingsFor(uri: string): Promise<ServerSettings>;
  /** Re-analyse and push fresh highlights, diagnostics and counts to the editor. */
  refresh(state: ArticleState): Promise<void>;
  /** A plain window/showMessage notification (never a request that blocks the editor). */
  notify(type: 'error' | 'warning' | 'info', message: string): void;
  /**
   * What a command did, as a short line that needs no attention ("tagged “Seoul” as place", "nothing to undo"):
   * the status bar where the editor shows it, else a plain info notification. Problems go through `notify`.
   */
  say(message: string): void;
  now(): Date;
}

/** The open article a command's arguments name, if the version still matches (stale quick fixes are refused). */
export function articleFor(ctx: CommandContext, args: { uri?: unknown; version?: unknown }): ArticleState | undefined {
  const state = typeof args?.uri === 'string' ? ctx.store.get(args.uri) : undefined;
  if (!state) {
    ctx.notify('warning', 'Article Annotator: that article is not open any more.');
    return undefined;
  }
  if (typeof args.version === 'number' && args.version !== state.document.version) {
    ctx.notify('warning', 'Article Annotator: the article changed since this action was offered. Nothing was saved; please try again.');
    return undefined;
  }
  return state;
}
