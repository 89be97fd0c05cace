import * as vscode from 'vscode';
import type { TagLabel } from '../../../server/src/analysis/types';
import { ENTITY_LABELS, LABELS } from '../labels';
import { EntityTreeRequest, ServerCommands, type TagAllArguments, type TagArguments } from '../../../server/src/protocol';
import { keyDescription, tagPickerTitle } from '../changeTypeChoices';
import type { Ctx } from '../ctx';
import { activeArticle } from './editorArgs';
import { pickWithKeys, type KeyedItem } from '../keyedPick';


/** The selection, or the word under the cursor when nothing is selected. */
function targetRange(editor: vscode.TextEditor): vscode.Range | undefined {
  if (!editor.selection.isEmpty) return editor.selection;
  return editor.document.getWordRangeAtPosition(editor.selection.active, /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/u);
}

async function run(ctx: Ctx, editor: vscode.TextEditor, label: TagLabel, everywhere: boolean): Promise<void> {
  const range = targetRange(editor);
  if (!range || !ctx.client) return void vscode.window.showInformationMessage('Article Annotator: select the words to tag first.');
  const { document } = editor;
  const uri = document.uri.toString();
  if (everywhere) {
    const args: TagAllArguments = { uri, version: document.version, text: document.getText(range), label };
    await vscode.commands.executeCommand(ServerCommands.tagAll, args);
  } else {
    const args: TagArguments = { uri, version: document.version, start: document.offsetAt(range.start), end: document.offsetAt(range.end), label };
    await vscode.commands.executeCommand(ServerCommands.tag, args);
  }
}

/** The type of the entity mention that is exactly `range`, if any (asked of the server's entity tree). */
async function currentType(ctx: Ctx, document: vscode.TextDocument, range: vscode.Range): Promise<TagLabel | undefined> {
  const tree = await ctx.client?.sendRequest(EntityTreeRequest, { uri: document.uri.toString() }).catch(() => null);
  if (!tree || tree.version !== document.version) return undefined;
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  return tree.entities.find((e) => e.mentions.some((m) => m.start === start && m.end === end))?.type;
}

/** Keyboard-only tagging: one command per label, on the selection (or the word under the cursor). */
export const tagAs = (label: TagLabel) => (ctx: Ctx) => async () => {
  const editor = activeArticle();
  if (editor) await run(ctx, editor, label, false);
};

/** Asks for a label (one key each), and whether to tag this occurrence or every occurrence. */
export const tagSelection = (ctx: Ctx) => async () => {
  const editor = activeArticle();
  if (!editor) return;
  const range = targetRange(editor);
  // Nothing to tag (an empty line, a space): say so, rather than a picker titled 'Tag “”' that can only fail.
  if (!range) return void vscode.window.showInformationMessage('Article Annotator: select the words to tag first.');
  const text = editor.document.getText(range);
  const current = await currentType(ctx, editor.document, range);
  const items: KeyedItem<{ label: TagLabel; everywhere: boolean }>[] = [
    ...LABELS.map((l) => ({ label: `$(tag) ${l.title}`, description: keyDescription(l.key, l.label, current), key: l.key, value: { label: l.label, everywhere: false } })),
    ...ENTITY_LABELS.map((l) => ({
      label: l.label === 'none' ? `$(tag) Reject every “${text}” (not an entity)` : `$(tag) Every “${text}” as ${l.title}`,
      value: { label: l.label, everywhere: true },
    })),
  ];
  const pick = await pickWithKeys(items, { title: tagPickerTitle(text, current), placeholder: 'Press a label’s key, or choose a label' });
  if (pick) await run(ctx, editor, pick.value.label, pick.value.everywhere);
};
