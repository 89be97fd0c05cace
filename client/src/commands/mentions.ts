import * as vscode from 'vscode';
import { NeighbourMentionRequest, type EntityTreeMention } from '../../../server/src/protocol';
import type { Ctx } from '../ctx';
import { mentionStepMessage } from '../mentionStepMessage';
import { spanOf } from '../selectionSpan';
import { activeArticle, toRange } from './editorArgs';

/**
 * Steps to the next or previous mention of the entity under the cursor. Steps run in turn, and each starts from the
 * mention the last one selected even when VS Code's report of an older selection arrives late (see PlacedCursor):
 * F8 pressed quickly steps on, never back.
 */
const step = (direction: 'next' | 'previous') => (ctx: Ctx) => () => ctx.turns.run(async () => {
  const editor = activeArticle();
  if (!editor || !ctx.client) return;
  const doc = editor.document;
  const selection = spanOf(doc, editor.selection);
  const target = ctx.cursor.target(doc.uri.toString(), doc.version, selection);
  const from = target === selection ? editor.selection.active : doc.positionAt(target.end);
  const version = doc.version;
  const result = await ctx.client.sendRequest(NeighbourMentionRequest, {
    uri: doc.uri.toString(),
    position: { line: from.line, character: from.character },
    direction,
  });
  if (!result) return void vscode.window.setStatusBarMessage('Article Annotator: no entity mention under the cursor', 3000);
  const range = toRange(result.range);
  if (doc.version === version) ctx.cursor.place({ uri: doc.uri.toString(), version, ...spanOf(doc, new vscode.Selection(range.start, range.end)) });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  // Quietly, as the editor's search does: a status bar message for a few seconds, no notification.
  vscode.window.setStatusBarMessage(mentionStepMessage(result, direction), result.wrapped ? 5000 : 3000);
});

export const nextMention = step('next');
export const previousMention = step('previous');

/** From the Entities view: open the article and select the mention. */
export const revealMention = () => async (uri: string, mention: EntityTreeMention) => {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  const range = new vscode.Range(mention.line, mention.character, mention.endLine, mention.endCharacter);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
};
