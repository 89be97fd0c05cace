import * as vscode from 'vscode';
import { NeighbourMentionRequest, type EntityTreeMention } from '../../../server/src/protocol';
import type { Ctx } from '../ctx';
import { mentionStepMessage } from '../mentionStepMessage';
import { activeArticle, toRange } from './editorArgs';

const step = (direction: 'next' | 'previous') => (ctx: Ctx) => async () => {
  const editor = activeArticle();
  if (!editor || !ctx.client) return;
  const result = await ctx.client.sendRequest(NeighbourMentionRequest, {
    uri: editor.document.uri.toString(),
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
    direction,
  });
  if (!result) return void vscode.window.setStatusBarMessage('Article Annotator: no entity mention under the cursor', 3000);
  const range = toRange(result.range);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  // Quietly, as the editor's search does: a status bar message for a few seconds, no notification.
  vscode.window.setStatusBarMessage(mentionStepMessage(result, direction), result.wrapped ? 5000 : 3000);
};

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
