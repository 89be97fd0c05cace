import * as vscode from 'vscode';
import { ServerCommands, type EntityTreeEntity, type TagSpansArguments } from '../../../server/src/protocol';
import { changeTypeChoices } from '../changeTypeChoices';
import type { Ctx } from '../ctx';
import { pickWithKeys } from '../keyedPick';

/**
 * The Entities view's context menu on an entity: change the type of all its mentions (or reject them all) in one
 * step. Before, a wrong type seen in the view had to be fixed mention by mention in the editor.
 */
export const changeEntityType = (ctx: Ctx) => async (node?: { kind?: string; entity?: EntityTreeEntity }) => {
  const entity = node?.kind === 'entity' ? node.entity : undefined;
  const uri = ctx.entitiesView.uri;
  const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!entity || !document) return void vscode.window.showInformationMessage('Article Annotator: right-click an entity in the Entities view to change its type.');
  const { title, choices } = changeTypeChoices({ kind: 'entity', label: entity.type, text: entity.name }, `Every mention of “${entity.name}”`);
  const pick = await pickWithKeys(
    choices.map((c) => ({ label: c.title, description: c.description, key: c.key, value: c.label })),
    { title, placeholder: 'Press a label’s key, or choose a label' },
  );
  if (!pick) return;
  const args: TagSpansArguments = {
    uri: document.uri.toString(),
    version: document.version,
    spans: entity.mentions.map((m) => ({ start: m.start, end: m.end })),
    label: pick.value,
    name: entity.name,
  };
  await vscode.commands.executeCommand(ServerCommands.tagSpans, args);
};
