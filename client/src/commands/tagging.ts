import * as vscode from 'vscode';
import type { TagLabel } from '../../../server/src/analysis/types';
import { ENTITY_LABELS, LABELS } from '../labels';
import { EntityTreeRequest, ReviewItemsRequest, ServerCommands, type TagAllArguments, type TagArguments } from '../../../server/src/protocol';
import { keyDescription, tagPickerTitle } from '../changeTypeChoices';
import type { Ctx } from '../ctx';
import { activeArticle } from './editorArgs';
import { pickWithKeys, type KeyedItem } from '../keyedPick';
import { spanAtCursor } from '../cursorTarget';
import { everyOccurrenceChoices, occurrenceLabels } from '../everyOccurrence';


/**
 * The selection, or when nothing is selected the detection under the cursor (else the word there, see spanAtCursor).
 * `detected` says whether that span is a detection: a key that rejects has nothing to act on without one.
 */
async function targetRange(ctx: Ctx, editor: vscode.TextEditor): Promise<{ range: vscode.Range; detected: boolean } | undefined> {
  if (!editor.selection.isEmpty) return { range: editor.selection, detected: true };
  const { document } = editor;
  const items = await ctx.client?.sendRequest(ReviewItemsRequest, { uri: document.uri.toString() }).catch(() => null);
  // Spans of an older text would be in the wrong place: then only the word.
  const detections = items && items.version === document.version ? items.items : [];
  const span = spanAtCursor(document.getText(), document.offsetAt(editor.selection.active), detections);
  if (!span) return undefined;
  const detected = detections.some((d) => d.start === span.start && d.end === span.end);
  return { range: new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)), detected };
}

const NOTHING_TO_TAG = 'Article Annotator: select the words to tag first';
/** In the status bar, as every other answer to a tagging key: nothing went wrong that needs a pop-up. */
const nothingToTag = () => void vscode.window.setStatusBarMessage(NOTHING_TO_TAG, 4000);

async function run(ctx: Ctx, editor: vscode.TextEditor, range: vscode.Range, label: TagLabel, everywhere: boolean): Promise<void> {
  if (!ctx.client) return;
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

/**
 * What the selection is now, from the server's entity tree: the type of the mention that is exactly `range`, and what
 * each occurrence of its text is (for the "Every …" rows). Nothing known when the tree is of another version.
 */
async function labelsNow(ctx: Ctx, document: vscode.TextDocument, range: vscode.Range): Promise<{ current?: TagLabel; occurrences?: TagLabel[] }> {
  const tree = await ctx.client?.sendRequest(EntityTreeRequest, { uri: document.uri.toString() }).catch(() => null);
  if (!tree || tree.version !== document.version) return {};
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  return {
    current: tree.entities.find((e) => e.mentions.some((m) => m.start === start && m.end === end))?.type,
    occurrences: occurrenceLabels(document.getText(), document.getText(range), tree.entities),
  };
}

/** Keyboard-only tagging: one command per label, on the selection (or the detection, else the word, under the cursor). */
export const tagAs = (label: TagLabel) => (ctx: Ctx) => async () => {
  const editor = activeArticle();
  if (!editor) return;
  const target = await targetRange(ctx, editor);
  if (!target) return nothingToTag();
  // "Not an entity" on a word nothing detected would save a rejection of nothing: say so instead.
  if (label === 'none' && !target.detected) {
    return void vscode.window.setStatusBarMessage('Article Annotator: nothing detected under the cursor to reject', 3000);
  }
  await run(ctx, editor, target.range, label, false);
};

/** Asks for a label (one key each), and whether to tag this occurrence or every occurrence. */
export const tagSelection = (ctx: Ctx) => async () => {
  const editor = activeArticle();
  if (!editor) return;
  const target = await targetRange(ctx, editor);
  // Nothing to tag (an empty line, a space): say so, rather than a picker titled 'Tag “”' that can only fail.
  if (!target) return nothingToTag();
  const { range } = target;
  const text = editor.document.getText(range);
  const { current, occurrences } = await labelsNow(ctx, editor.document, range);
  const everyLabels = occurrences ? everyOccurrenceChoices(ENTITY_LABELS, occurrences) : ENTITY_LABELS;
  const items: KeyedItem<{ label: TagLabel; everywhere: boolean }>[] = [
    ...LABELS.map((l) => ({ label: `$(tag) ${l.title}`, description: keyDescription(l.key, l.label, current), key: l.key, value: { label: l.label, everywhere: false } })),
    ...everyLabels.map((l) => ({
      label: l.label === 'none' ? `$(tag) Reject every “${text}” (not an entity)` : `$(tag) Every “${text}” as ${l.title}`,
      value: { label: l.label, everywhere: true },
    })),
  ];
  const pick = await pickWithKeys(items, { title: tagPickerTitle(text, current), placeholder: 'Press a label’s key, or choose a label' });
  if (pick) await run(ctx, editor, range, pick.value.label, pick.value.everywhere);
};
