import * as vscode from 'vscode';
import type { TagLabel } from '../../../server/src/analysis/types';
import { ENTITY_LABELS, LABELS } from '../labels';
import { ServerCommands, type TagAllArguments, type TagArguments } from '../../../server/src/protocol';
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
  const items: KeyedItem<{ label: TagLabel; everywhere: boolean }>[] = [
    ...LABELS.map((l) => ({ label: `$(tag) ${l.title}`, description: `[${l.key}]`, key: l.key, value: { label: l.label, everywhere: false } })),
    ...ENTITY_LABELS.map((l) => ({
      label: l.label === 'none' ? `$(tag) Reject every “${text}” (not an entity)` : `$(tag) Every “${text}” as ${l.title}`,
      value: { label: l.label, everywhere: true },
    })),
  ];
  const pick = await pickWithKeys(items, { title: `Tag “${text}”`, placeholder: 'Press a label’s key, or choose a label' });
  if (pick) await run(ctx, editor, pick.value.label, pick.value.everywhere);
};
