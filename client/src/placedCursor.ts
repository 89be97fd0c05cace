/** A span of one document, in UTF-16 offsets. */
export interface CursorSpan {
  start: number;
  end: number;
}

/** The span a command put under the cursor (a detection, a mention): in which document, at which version of its text. */
export interface PlacedSpan extends CursorSpan {
  uri: string;
  version: number;
}

/** How many of the extension's own selections are still recognised when VS Code reports them back. */
const RECENT = 8;

/**
 * Which span the next key acts on: the detection review mode's next key decides, the mention "next mention" steps
 * from.
 *
 * Review mode and mention stepping select spans through the API. VS Code reports every such selection back to the
 * extension host a little later, and when the window is busy the report of an earlier selection can arrive after a
 * newer one was set: for a moment the extension host believes the cursor is back on the span just left, while the
 * editor shows the new one. A key pressed in that moment must act on the span the person sees. So the span the
 * extension placed stays the target until the person moves the cursor (keyboard, mouse, or any selection the
 * extension did not set) or the text changes. Plain state, no `vscode` import: the extension feeds it the editor's
 * events.
 */
export class PlacedCursor {
  private placed: PlacedSpan | undefined;
  private readonly recent: string[] = [];

  /** The extension selected `span`. */
  place(span: PlacedSpan): void {
    this.placed = span;
    this.recent.push(keyOf(span.uri, span));
    if (this.recent.length > RECENT) this.recent.shift();
  }

  /** The selection of an editor on `uri` changed; `byPerson` when the keyboard or the mouse moved it. */
  selectionChanged(uri: string, selections: readonly CursorSpan[], byPerson: boolean): void {
    if (!this.placed || this.placed.uri !== uri) return;
    const ownReport = !byPerson && selections.length === 1 && this.recent.includes(keyOf(uri, selections[0]));
    if (!ownReport) this.placed = undefined;
  }

  /**
   * The span to act on in the document `uri` at `version`: the one the extension placed while the editor's
   * `selection` (as the extension host sees it) is one of the extension's own, else that selection. A selection set
   * through the API by someone else (another extension, a test) is reported only later, but it is no span of ours.
   */
  target(uri: string, version: number, selection: CursorSpan): CursorSpan {
    const p = this.placed;
    const ours = p && p.uri === uri && p.version === version && this.recent.includes(keyOf(uri, selection));
    return ours ? { start: p.start, end: p.end } : selection;
  }

  /** Review mode ended: nothing is placed any more. */
  clear(): void {
    this.placed = undefined;
    this.recent.length = 0;
  }
}

function keyOf(uri: string, span: CursorSpan): string {
  return `${uri}#${span.start}:${span.end}`;
}
