import { isTimexValue } from '../analysis/dates/timexValue';
import { isIsoDate } from '../analysis/referenceDate/chooseReferenceDate';
import { TAG_LABELS, type Analysis, type Span, type TagLabel } from '../analysis/types';
import { makeDecision, reviseDecision, type Decision } from '../annotations/decision';
import { reanchorAll } from '../annotations/reanchor';
import type { ArticleState, DecisionSnapshot } from '../documents/articleState';
import type { HistoryStepResult, OrphanArguments, SetArticleDateArguments, SetDateValueArguments, SetSpeakerArguments, TagAllArguments, TagArguments, TagSpansArguments, UndoArguments } from '../protocol';
import { LABEL_NAMES } from '../features/codeActions';
import { articleFor, type CommandContext } from './commandContext';
import { count } from '../count';
import { historyStepWhat } from './historyStep';
import { occurrences } from './occurrences';

/**
 * Replaces the article's decisions, saves the sidecar, and refreshes the editor. When the sidecar cannot be written
 * (it is broken, or the disk refuses) the change is undone in memory and the user is told why.
 */
async function commit(ctx: CommandContext, state: ArticleState, decisions: Decision[], what: string, history: 'record' | 'undo' | 'redo' | 'none' = 'record'): Promise<boolean> {
  const previous: DecisionSnapshot = { decisions: state.decisions, articleDate: state.sidecar.articleDate };
  state.decisions = decisions;
  const saved = await ctx.sidecars.save(state);
  if (!saved.ok) {
    state.decisions = previous.decisions;
    ctx.notify('error', `Article Annotator: could not save ${what}: ${saved.message}`);
    return false;
  }
  if (history === 'record') {
    state.history.undo.push(previous);
    if (state.history.undo.length > 200) state.history.undo.shift();
    state.history.redo = [];
  } else if (history !== 'none') (history === 'undo' ? state.history.redo : state.history.undo).push(previous);
  ctx.store.invalidate(state);
  await ctx.refresh(state);
  return true;
}

/**
 * "Undo last annotation" / "Redo annotation": the sidecar goes back to (or forward to) its state around the last change.
 * The result says what was undone or redone, for the editor's status bar.
 */
export async function undoRedo(ctx: CommandContext, args: UndoArguments, direction: 'undo' | 'redo'): Promise<HistoryStepResult | null> {
  const state = articleFor(ctx, { uri: args?.uri });
  if (!state) return null;
  const snapshot = (direction === 'undo' ? state.history.undo : state.history.redo).pop();
  if (!snapshot) {
    ctx.say(`Article Annotator: nothing to ${direction} in this article's annotations`);
    return null;
  }
  const current: DecisionSnapshot = { decisions: state.decisions, articleDate: state.sidecar.articleDate };
  const what = direction === 'undo' ? historyStepWhat(snapshot, current) : historyStepWhat(current, snapshot);
  const articleDate = state.sidecar.articleDate;
  state.sidecar.articleDate = snapshot.articleDate;
  const ok = await commit(ctx, state, reanchorAll(state.document.getText(), snapshot.decisions), `the ${direction}`, direction);
  if (!ok) {
    state.sidecar.articleDate = articleDate;
    (direction === 'undo' ? state.history.undo : state.history.redo).push(snapshot);
    return null;
  }
  const message = `Article Annotator: ${direction === 'undo' ? 'undid' : 'redid'} ${what}`;
  ctx.say(message);
  return { message };
}

function isLabel(value: unknown): value is TagLabel {
  return typeof value === 'string' && (TAG_LABELS as readonly string[]).includes(value);
}

function validSpan(state: ArticleState, s: { start?: unknown; end?: unknown }): Span | undefined {
  const length = state.document.getText().length;
  return typeof s.start === 'number' && typeof s.end === 'number' && 0 <= s.start && s.start < s.end && s.end <= length ? { start: s.start, end: s.end } : undefined;
}

/** Tag (or confirm, retype, reject) one span: the new decision replaces any earlier one on exactly that span. */
export async function tag(ctx: CommandContext, args: TagArguments): Promise<boolean> {
  const state = articleFor(ctx, args);
  const span = state && validSpan(state, args);
  if (!state || !span || !isLabel(args.label)) return false;
  const settings = await ctx.settingsFor(state.uri);
  const text = state.document.getText();
  const decision = makeDecision(text, { ...span, label: args.label, creator: settings.creator }, ctx.now);
  // Read before the commit: whether the tag agrees with what was detected there (review mode's "accept").
  const confirms = detectedAs(ctx.store.analysis(state, settings), span, args.label);
  const kept = state.decisions.filter((d) => !(d.start === span.start && d.end === span.end && d.anchor !== 'orphan'));
  const ok = await commit(ctx, state, [...kept, decision], `the annotation “${decision.exact}”`);
  // Said as tagging every occurrence says it: one tag had no word of confirmation, many had a pop-up.
  if (ok) ctx.say(`Article Annotator: ${confirms ? `confirmed “${decision.exact}” as ${LABEL_NAMES[args.label]}` : taggedWords(args.label, `“${decision.exact}”`)}`);
  return ok;
}

/** Whether the analysis detected exactly `span` with `label` (an entity's type, a date, a quote), before any decision. */
function detectedAs(analysis: Analysis, span: Span, label: TagLabel): boolean {
  const same = (d: { start: number; end: number; origin: string }) => d.origin === 'detected' && d.start === span.start && d.end === span.end;
  if (label === 'date') return analysis.dates.some(same);
  if (label === 'quote') return analysis.quotes.some(same);
  return analysis.mentions.some((m) => same(m) && m.type === label);
}

/** "tagged “Seoul” as place", "rejected 3 occurrences of “Seoul” (not an entity)". */
function taggedWords(label: TagLabel, what: string): string {
  return label === 'none' ? `rejected ${what} (not an entity)` : `tagged ${what} as ${LABEL_NAMES[label]}`;
}

/**
 * Tag every whole-word occurrence of a text in the article with one label. `quiet`: no message of its own, when the
 * caller reports for several articles at once ("Tag every occurrence in the workspace").
 */
export async function tagAll(ctx: CommandContext, args: TagAllArguments, quiet = false): Promise<number> {
  const state = articleFor(ctx, args);
  if (!state || typeof args.text !== 'string' || !args.text.trim() || !isLabel(args.label)) return 0;
  return tagEach(ctx, state, occurrences(state.document.getText(), args.text), args.label, { one: 'occurrence', of: args.text }, quiet);
}

/**
 * Tag the given spans (an entity's mentions, from the Entities view) with one label, as one step of undo: "Change the
 * type of every mention of Olaf Scholz" must not take five undos, nor leave half the mentions retyped if one fails.
 */
export async function tagSpans(ctx: CommandContext, args: TagSpansArguments): Promise<number> {
  const state = articleFor(ctx, args);
  const spans = state && Array.isArray(args.spans) ? args.spans.map((s) => validSpan(state, s)) : [];
  if (!state || !spans.length || spans.some((s) => !s) || typeof args.name !== 'string' || !isLabel(args.label)) return 0;
  return tagEach(ctx, state, spans as Span[], args.label, { one: 'mention', of: args.name });
}

/** Replaces the decisions on exactly `spans` with `label`, saves once, and says how many were tagged. */
async function tagEach(ctx: CommandContext, state: ArticleState, spans: Span[], label: TagLabel, what: { one: string; of: string }, quiet = false): Promise<number> {
  const settings = await ctx.settingsFor(state.uri);
  const text = state.document.getText();
  const at = new Set(spans.map((s) => `${s.start}:${s.end}`));
  const kept = state.decisions.filter((d) => d.anchor === 'orphan' || !at.has(`${d.start}:${d.end}`));
  const added = spans.map((s) => makeDecision(text, { ...s, label, creator: settings.creator }, ctx.now));
  const ok = await commit(ctx, state, [...kept, ...added], `${added.length} annotations of “${what.of}”`);
  const n = `${count(added.length, what.one)} of “${what.of}”`;
  if (ok && !quiet) ctx.say(`Article Annotator: ${taggedWords(label, n)}`);
  return ok ? added.length : 0;
}

/** "Set speaker…": the quote's annotation gets the speaker (a `quote` decision is made if the quote had none). */
export async function setSpeaker(ctx: CommandContext, args: SetSpeakerArguments): Promise<boolean> {
  const state = articleFor(ctx, args);
  const span = state && validSpan(state, args);
  if (!state || !span || typeof args.speaker !== 'string' || !args.speaker.trim()) return false;
  const settings = await ctx.settingsFor(state.uri);
  const text = state.document.getText();
  const existing = state.decisions.find((d) => d.start === span.start && d.end === span.end && d.label === 'quote' && d.anchor !== 'orphan');
  const decision: Decision = existing
    ? { ...existing, speaker: args.speaker, modified: ctx.now().toISOString().replace(/\.\d{3}Z$/, 'Z') }
    : makeDecision(text, { ...span, label: 'quote', speaker: args.speaker, creator: settings.creator }, ctx.now);
  const kept = state.decisions.filter((d) => d !== existing);
  return commit(ctx, state, [...kept, decision], `the speaker of the quote`);
}

/**
 * "Set the date's value…": the date's annotation gets the TIMEX3 value a person checked (a `date` decision is made if
 * the date had none); an empty value takes it off again, so the computed value shows.
 */
export async function setDateValue(ctx: CommandContext, args: SetDateValueArguments): Promise<boolean> {
  const state = articleFor(ctx, args);
  const span = state && validSpan(state, args);
  if (!state || !span || typeof args.value !== 'string') return false;
  const value = args.value.trim();
  if (value && !isTimexValue(value)) {
    ctx.notify('error', `Article Annotator: “${value}” is not a TIMEX3 value (e.g. 2017-11-15, 2017-11, 2017-W46, 2017-11-15T14:30, P3D, PRESENT_REF).`);
    return false;
  }
  const settings = await ctx.settingsFor(state.uri);
  const text = state.document.getText();
  const existing = state.decisions.find((d) => d.start === span.start && d.end === span.end && d.label === 'date' && d.anchor !== 'orphan');
  const decision: Decision = existing
    ? reviseDecision(existing, { value: value || null }, ctx.now)
    : makeDecision(text, { ...span, label: 'date', value: value || undefined, creator: settings.creator }, ctx.now);
  const kept = state.decisions.filter((d) => d !== existing);
  return commit(ctx, state, [...kept, decision], `the value of the date`);
}

/** "Set article date…": records the reference date in the sidecar (an empty value removes it). */
export async function setArticleDate(ctx: CommandContext, args: SetArticleDateArguments): Promise<boolean> {
  const state = articleFor(ctx, { uri: args?.uri });
  if (!state) return false;
  const value = typeof args.value === 'string' ? args.value.trim() : '';
  if (value && !isIsoDate(value)) {
    ctx.notify('error', `Article Annotator: “${value}” is not ${/^\d{4}-\d{2}-\d{2}$/.test(value) ? 'a day of the calendar' : 'a date of the form YYYY-MM-DD'}.`);
    return false;
  }
  const previous = state.sidecar.articleDate;
  state.history.undo.push({ decisions: state.decisions, articleDate: previous });
  state.history.redo = [];
  state.sidecar.articleDate = value || undefined;
  const created = state.sidecar.articleDateCreated;
  state.sidecar.articleDateCreated = undefined;
  const ok = await commit(ctx, state, state.decisions, 'the article date', 'none');
  if (!ok) {
    state.sidecar.articleDate = previous;
    state.sidecar.articleDateCreated = created;
    state.history.undo.pop();
  }
  return ok;
}

/** Re-attach an orphaned annotation to a span the user selected. */
export async function reattachOrphan(ctx: CommandContext, args: OrphanArguments): Promise<boolean> {
  const state = articleFor(ctx, args);
  const span = state && validSpan(state, args);
  const orphan = state?.decisions.find((d) => d.id === args.id);
  if (!state || !span || !orphan) return false;
  const text = state.document.getText();
  const moved = { ...makeDecision(text, { ...span, label: orphan.label, speaker: orphan.speaker, creator: orphan.creator, created: orphan.created, id: orphan.id }, ctx.now), modified: ctx.now().toISOString().replace(/\.\d{3}Z$/, 'Z') };
  return commit(ctx, state, state.decisions.map((d) => (d.id === orphan.id ? moved : d)), `the re-attached annotation “${orphan.exact}”`);
}

/** Delete an orphaned annotation for good. */
export async function deleteOrphan(ctx: CommandContext, args: OrphanArguments): Promise<boolean> {
  const state = articleFor(ctx, args);
  if (!state || !state.decisions.some((d) => d.id === args.id)) return false;
  return commit(ctx, state, state.decisions.filter((d) => d.id !== args.id), 'the deletion');
}
