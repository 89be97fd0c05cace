import { CodeActionKind, type CodeAction, type Command } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ENTITY_TYPES, type Analysis, type Span, type TagLabel } from '../analysis/types';
import type { Decision } from '../annotations/decision';
import { ServerCommands, type OrphanArguments, type TagAllArguments, type TagArguments } from '../protocol';

/** Labels as the user reads them (the quick fixes, the server's messages): "place", not "location". */
export const LABEL_NAMES: Record<TagLabel, string> = {
  person: 'person',
  organization: 'organization',
  location: 'place',
  misc: 'other name',
  date: 'date',
  quote: 'quote',
  none: 'not an entity',
};

/** The client command that asks which entity spoke a quote, then runs the server's setSpeaker command. */
export const PICK_SPEAKER_COMMAND = 'articleAnnotator.pickSpeaker';
/** The client command that asks for a date's TIMEX3 value, then runs the server's setDateValue command. */
export const ASK_DATE_VALUE_COMMAND = 'articleAnnotator.askDateValue';

/**
 * Quick fixes at a selection: on a detected mention confirm it, change its type, reject it, or do the same for every
 * occurrence of its text; on a date or quote confirm or reject it (and set a date's value or a quote's speaker); on any other selection
 * tag it as any label, once or everywhere; on an orphaned annotation re-attach it to the selection or delete it.
 * Every action carries the document version: a stale one is refused when it runs.
 */
export function codeActions(document: TextDocument, analysis: Analysis, selection: Span, orphans: Decision[]): CodeAction[] {
  const { uri, version } = document;
  const actions: CodeAction[] = [];
  const tag = (title: string, span: Span, label: TagLabel, preferred = false): CodeAction => {
    const args: TagArguments = { uri, version, start: span.start, end: span.end, label };
    return { title, kind: CodeActionKind.QuickFix, isPreferred: preferred || undefined, command: { title, command: ServerCommands.tag, arguments: [args] } };
  };
  const tagAll = (title: string, text: string, label: TagLabel): CodeAction => {
    const args: TagAllArguments = { uri, version, text, label };
    return { title, kind: CodeActionKind.QuickFix, command: { title, command: ServerCommands.tagAll, arguments: [args] } };
  };
  const touches = (s: Span) => s.start <= selection.end && selection.start <= s.end;

  const mention = analysis.mentions.find(touches);
  if (mention) {
    const shown = `“${mention.text}”`;
    if (mention.origin === 'detected') actions.push(tag(`Confirm ${shown} as ${LABEL_NAMES[mention.type]}`, mention, mention.type, true));
    for (const t of ENTITY_TYPES) if (t !== mention.type) actions.push(tag(`Change ${shown} to ${LABEL_NAMES[t]}`, mention, t));
    actions.push(tag(`${shown} is not an entity`, mention, 'none'));
    for (const t of ENTITY_TYPES) if (t !== mention.type) actions.push(tagAll(`Change every ${shown} to ${LABEL_NAMES[t]}`, mention.text, t));
    actions.push(tagAll(`Tag every ${shown} as ${LABEL_NAMES[mention.type]}`, mention.text, mention.type));
    actions.push(tagAll(`Reject every ${shown} (not an entity)`, mention.text, 'none'));
  }
  const date = analysis.dates.find(touches);
  if (date) {
    if (date.origin === 'detected') actions.push(tag(`Confirm date “${date.text}” (${date.value})`, date, 'date'));
    const title = `Set the value of “${date.text}”… (now ${date.value})`;
    const command: Command = { title, command: ASK_DATE_VALUE_COMMAND, arguments: [{ uri, version, start: date.start, end: date.end, value: date.value }] };
    actions.push({ title, kind: CodeActionKind.QuickFix, command });
    actions.push(tag(`“${date.text}” is not a date`, date, 'none'));
  }
  const quote = analysis.quotes.find((q) => q.start <= selection.start && selection.end <= q.end && !(mention && touches(mention)));
  if (quote) {
    if (quote.origin === 'detected') actions.push(tag('Confirm quote', quote, 'quote'));
    actions.push(tag('Not a quote', quote, 'none'));
    const title = quote.speaker ? `Set speaker… (now ${quote.speaker.name})` : 'Set speaker…';
    const command: Command = { title, command: PICK_SPEAKER_COMMAND, arguments: [{ uri, version, start: quote.start, end: quote.end }] };
    actions.push({ title, kind: CodeActionKind.QuickFix, command });
  }
  const selected = document.getText().slice(selection.start, selection.end);
  const exact = (s: Span | undefined) => s && s.start === selection.start && s.end === selection.end;
  if (selection.end > selection.start && selected.trim() && !exact(mention) && !exact(date) && !exact(quote)) {
    const shown = `“${selected.length > 40 ? `${selected.slice(0, 37)}…` : selected}”`;
    for (const label of ['person', 'organization', 'location', 'misc', 'date', 'quote'] as TagLabel[]) actions.push(tag(`Tag ${shown} as ${LABEL_NAMES[label]}`, selection, label));
    for (const label of ENTITY_TYPES) actions.push(tagAll(`Tag every ${shown} as ${LABEL_NAMES[label]}`, selected, label));
  }
  for (const o of orphans) {
    const args = (extra: Partial<OrphanArguments>): OrphanArguments => ({ uri, version, id: o.id, ...extra });
    if (selection.end > selection.start) {
      const title = `Re-attach orphaned ${o.label} “${o.exact}” to the selection`;
      actions.push({ title, kind: CodeActionKind.QuickFix, command: { title, command: ServerCommands.reattachOrphan, arguments: [args({ start: selection.start, end: selection.end })] } });
    }
    const title = `Delete orphaned ${o.label} annotation “${o.exact}”`;
    actions.push({ title, kind: CodeActionKind.QuickFix, command: { title, command: ServerCommands.deleteOrphan, arguments: [args({})] } });
  }
  return actions;
}
