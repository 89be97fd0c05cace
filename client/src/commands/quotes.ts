import * as vscode from 'vscode';
import { EntityTreeRequest, QuotesOfRequest, ServerCommands, type EntityTreeEntity, type SetSpeakerArguments } from '../../../server/src/protocol';
import { labelTitle } from '../labels';
import type { Ctx } from '../ctx';
import { activeArticle, toRange } from './editorArgs';
import { count } from '../../../server/src/count';

/** "Set speaker…" on a quote: pick one of the article's entities (people first). */
export const pickSpeaker = (ctx: Ctx) => async (args: { uri: string; version: number; start: number; end: number }) => {
  if (!ctx.client || !args) return;
  const tree = await ctx.client.sendRequest(EntityTreeRequest, { uri: args.uri });
  if (!tree) return;
  const pick = await vscode.window.showQuickPick(speakerItems(tree.entities), { title: 'Who said this?', placeHolder: 'Choose the speaker of the quote' });
  if (!pick) return;
  const speaker: SetSpeakerArguments = { ...args, speaker: pick.name };
  await vscode.commands.executeCommand(ServerCommands.setSpeaker, speaker);
};

/**
 * The article's entities as "Set speaker…" offers them: people first, then by mentions, each described in the words
 * of the rest of the editor ("place · 1 mention", once "location · 1 mentions").
 */
export function speakerItems(entities: EntityTreeEntity[]): { label: string; description: string; name: string }[] {
  const order = ['person', 'organization', 'location', 'misc'];
  return entities
    .slice()
    .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || b.mentions.length - a.mentions.length)
    .map((e) => ({ label: e.name, description: `${labelTitle(e.type).toLowerCase()} · ${count(e.mentions.length, 'mention')}`, name: e.name }));
}

/**
 * Every quote of the entity under the cursor, or of the entity right-clicked in the Entities view (the view lists
 * names, not quotes: "what did she say?" is asked there too); picking one reveals it.
 */
export const listQuotesOfEntity = (ctx: Ctx) => async (node?: { kind?: string; entity?: EntityTreeEntity }) => {
  const editor = activeArticle();
  if (!editor || !ctx.client) return;
  const first = node?.kind === 'entity' && editor.document.uri.toString() === ctx.entitiesView.uri ? node.entity?.mentions[0] : undefined;
  const pos = first ? { line: first.line, character: first.character } : editor.selection.active;
  const result = await ctx.client.sendRequest(QuotesOfRequest, { uri: editor.document.uri.toString(), position: { line: pos.line, character: pos.character } });
  if (!result) return void vscode.window.showInformationMessage('Article Annotator: put the cursor on a name, a speaker or a quote to list the quotes.');
  if (!result.quotes.length) return void vscode.window.showInformationMessage(`Article Annotator: no quotes of ${result.name} in this article.`);
  const pick = await vscode.window.showQuickPick(
    result.quotes.map((q) => ({ label: q.text.length > 100 ? `${q.text.slice(0, 97)}…` : q.text, description: `“${q.speakerText}” · line ${q.range.start.line + 1}`, range: toRange(q.range) })),
    { title: `Quotes of ${result.name} (${result.quotes.length})` },
  );
  if (pick) {
    editor.selection = new vscode.Selection(pick.range.start, pick.range.end);
    editor.revealRange(pick.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
};
