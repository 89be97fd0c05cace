import * as vscode from 'vscode';
import { EntityTreeRequest, ServerCommands, type SetSpeakerArguments } from '../../../server/src/protocol';
import type { Ctx } from '../ctx';
import { activeArticle } from './editorArgs';

/** "Set speaker…" on a quote: pick one of the article's entities (people first). */
export const pickSpeaker = (ctx: Ctx) => async (args: { uri: string; version: number; start: number; end: number }) => {
  if (!ctx.client || !args) return;
  const tree = await ctx.client.sendRequest(EntityTreeRequest, { uri: args.uri });
  if (!tree) return;
  const order = ['person', 'organization', 'location', 'misc'];
  const items = tree.entities
    .slice()
    .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || b.mentions.length - a.mentions.length)
    .map((e) => ({ label: e.name, description: `${e.type} · ${e.mentions.length} mentions`, name: e.name }));
  const pick = await vscode.window.showQuickPick(items, { title: 'Who said this?', placeHolder: 'Choose the speaker of the quote' });
  if (!pick) return;
  const speaker: SetSpeakerArguments = { ...args, speaker: pick.name };
  await vscode.commands.executeCommand(ServerCommands.setSpeaker, speaker);
};

/** Every quote of the entity under the cursor, from the Outline's Quotes group; picking one reveals it. */
export const listQuotesOfEntity = () => async () => {
  const editor = activeArticle();
  if (!editor) return;
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.selection.active);
  const first = hovers?.[0]?.contents[0];
  const name = /\*\*(.+?)\*\*/.exec(typeof first === 'string' ? first : (first as vscode.MarkdownString | undefined)?.value ?? '')?.[1];
  if (!name) return void vscode.window.showInformationMessage('Article Annotator: put the cursor on a name to list its quotes.');
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
  const quotes = symbols?.find((s) => s.name === 'Quotes')?.children.find((s) => s.name === name)?.children ?? [];
  if (!quotes.length) return void vscode.window.showInformationMessage(`Article Annotator: no quotes of ${name} in this article.`);
  const pick = await vscode.window.showQuickPick(
    quotes.map((q) => ({ label: q.name, description: `line ${q.range.start.line + 1}`, range: q.range })),
    { title: `Quotes of ${name}` },
  );
  if (pick) {
    editor.selection = new vscode.Selection(pick.range.start, pick.range.end);
    editor.revealRange(pick.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
};
