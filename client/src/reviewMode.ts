import * as vscode from 'vscode';
import type { TagLabel } from '../../server/src/analysis/types';
import { changeTypeChoices } from './changeTypeChoices';
import { ReviewItemsRequest, ServerCommands, type ReviewItem, type ReviewItemsResult, type TagArguments } from '../../server/src/protocol';
import { isArticle } from './articleFiles';
import { pickWithKeys } from './keyedPick';
import type { Ctx } from './ctx';
import type { CursorSpan } from './placedCursor';
import { spanOf } from './selectionSpan';
import { reviewDoneMessage, reviewProgressText } from './reviewProgress';


/**
 * Review at keyboard speed: go through the article's detections in order, accept, reject or retype each one with a key,
 * and see the progress (`23 / 61 reviewed`) in the status bar. Reviewed spans are decorated (see DecisionDecorations).
 */
export class ReviewMode implements vscode.Disposable {
  private active = false;
  private readonly item = vscode.window.createStatusBarItem('articleAnnotator.review', vscode.StatusBarAlignment.Left, 1000);

  constructor(private readonly ctx: Ctx) {
    this.item.name = 'Article Annotator review';
    this.item.command = 'articleAnnotator.review.stop';
  }

  get isActive(): boolean {
    return this.active;
  }

  async start(): Promise<void> {
    if (!isArticle(vscode.window.activeTextEditor)) return void vscode.window.showInformationMessage('Article Annotator: open an article to review it.');
    this.active = true;
    await vscode.commands.executeCommand('setContext', 'articleAnnotator.reviewing', true);
    await this.next();
  }

  async stop(): Promise<void> {
    this.active = false;
    this.ctx.cursor.clear();
    this.item.hide();
    await vscode.commands.executeCommand('setContext', 'articleAnnotator.reviewing', false);
  }

  private async items(editor: vscode.TextEditor): Promise<ReviewItemsResult | null> {
    const result = (await this.ctx.client?.sendRequest(ReviewItemsRequest, { uri: editor.document.uri.toString() })) ?? null;
    if (result && this.active) {
      this.item.text = reviewProgressText(result.reviewed, result.total);
      this.item.tooltip = 'Review mode: Alt+N next unreviewed · Alt+A accept · Alt+R reject · Alt+T change type. Click to leave review mode.';
      this.item.show();
    }
    return result;
  }

  /** Where the next decision applies, read before anything is awaited (see PlacedCursor). */
  private at(editor: vscode.TextEditor): CursorSpan {
    return this.ctx.cursor.target(editor.document.uri.toString(), editor.document.version, spanOf(editor.document, editor.selection));
  }

  /**
   * Runs review keys one after another, in the same queue as mention stepping (see Turns): Alt+A, Alt+A faster than
   * the server answers must decide the detection the first key moved to, not the same one again.
   */
  private inTurn(task: () => Promise<void>): Promise<void> {
    return this.ctx.turns.run(task);
  }

  /** Alt+N: selects the next unreviewed detection after the cursor (wrapping around), after any key still in hand. */
  nextKey = () => this.inTurn(() => this.next());

  /** Selects the next unreviewed detection after the cursor (wrapping around). */
  async next(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!isArticle(editor)) return;
    const offset = this.at(editor).end;
    const result = await this.items(editor);
    if (!result) return;
    const unreviewed = result.items.filter((i) => !i.reviewed);
    const target = unreviewed.find((i) => i.start >= offset) ?? unreviewed[0];
    if (!target) {
      // Nothing at all to review: leave review mode at once rather than keep a "0 / 0 reviewed" item and its keys.
      if (result.total === 0) await this.stop();
      return void vscode.window.showInformationMessage(reviewDoneMessage(result.total));
    }
    const range = new vscode.Range(target.range.start.line, target.range.start.character, target.range.end.line, target.range.end.character);
    if (editor.document.version === result.version) this.ctx.cursor.place({ uri: editor.document.uri.toString(), version: result.version, start: target.start, end: target.end });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** The detection at `{ start, end }`. */
  private async current(editor: vscode.TextEditor, { start, end }: CursorSpan): Promise<ReviewItem | undefined> {
    const result = await this.items(editor);
    return result?.items.find((i) => i.start <= start && end <= i.end && i.label !== 'none') ?? result?.items.find((i) => i.start <= start && start <= i.end);
  }

  private async decide(label: (item: ReviewItem) => Promise<TagLabel | undefined> | TagLabel | undefined): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!isArticle(editor)) return;
    const item = await this.current(editor, this.at(editor));
    if (!item) return void vscode.window.setStatusBarMessage('Article Annotator: no detection under the cursor (Alt+N goes to the next one)', 3000);
    const chosen = await label(item);
    if (!chosen) return;
    const args: TagArguments = { uri: editor.document.uri.toString(), version: editor.document.version, start: item.start, end: item.end, label: chosen };
    await vscode.commands.executeCommand(ServerCommands.tag, args);
    if (this.active) await this.next();
  }

  accept = () => this.inTurn(() => this.decide((item) => (item.label === 'none' ? undefined : item.label)));
  reject = () => this.inTurn(() => this.decide(() => 'none'));
  changeType = () =>
    this.inTurn(() => this.decide(async (item) => {
      const { title, choices } = changeTypeChoices(item);
      const pick = await pickWithKeys(
        choices.map((c) => ({ label: c.title, description: c.description, key: c.key, value: c.label })),
        { title, placeholder: 'Press a label’s key, or choose a label' },
      );
      return pick?.value;
    }));

  dispose(): void {
    this.item.dispose();
  }
}
