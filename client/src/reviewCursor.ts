/** A span of one document, in UTF-16 offsets. */
export interface CursorSpan {
  start: number;
  end: number;
}

/** The detection review mode put under the cursor: in which document, at which version of its text. */
export interface PlacedSpan extends CursorSpan {
  uri: string;
  version: number;
}

/** How many of review mode's own selections are still recognised when VS Code reports them back. */
const RECENT = 8;

/**
 * Which span review mode's next key decides.
 *
 * Review mode selects each detection through the API. VS Code reports every such selection back to the extension
 * host a little later, and when the window is busy the report of an earlier selection can arrive after a newer one was
 * set: for a moment the extension host believes the cursor is back on the detection just decided, while the editor
 * shows the new one. A key pressed in that moment must decide the detection the person sees. So the span review mode
 * placed stays the target until the person moves the cursor (keyboard, mouse, or any selection review mode did not
 * set) or the text changes. Plain state, no `vscode` import: the extension feeds it the editor's events.
 */
export class ReviewCursor {
  private placed: PlacedSpan | undefined;
  private readonly recent: string[] = [];

  /** Review mode selected `span`. */
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

  /** The span to decide in the document `uri` at `version`: the one review mode placed, else the editor's selection. */
  target(uri: string, version: number, selection: CursorSpan): CursorSpan {
    const p = this.placed;
    return p && p.uri === uri && p.version === version ? { start: p.start, end: p.end } : selection;
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
