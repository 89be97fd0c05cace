import * as vscode from 'vscode';
import { isIsoDate } from '../../../server/src/analysis/referenceDate/chooseReferenceDate';
import { EntityTreeRequest, ServerCommands, type SetArticleDateArguments } from '../../../server/src/protocol';
import type { Ctx } from '../ctx';
import { activeArticle } from './editorArgs';

/** Why a typed article date is refused, or undefined when it is a day of the calendar (or empty: remove the date). */
export function articleDateProblem(input: string): string | undefined {
  const v = input.trim();
  if (v === '' || isIsoDate(v)) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v} is not a day of the calendar` : 'Use the form YYYY-MM-DD, e.g. 2017-01-05';
}

/**
 * "Set article date…": the reference date for relative dates, saved in the article's sidecar. The box says which date
 * relative dates resolve against now, and from where, and holds the date the user set before, if any.
 */
export const setArticleDate = (ctx: Ctx) => async () => {
  const editor = activeArticle();
  if (!editor) return;
  const uri = editor.document.uri.toString();
  const tree = ctx.client?.isRunning() ? await ctx.client.sendRequest(EntityTreeRequest, { uri }).catch(() => null) : null;
  const now = tree?.referenceDate;
  const value = await vscode.window.showInputBox({
    title: 'Article date',
    prompt: `The date the article was written: relative dates such as “Wednesday” resolve against it.${now ? ` Now: ${now.text}.` : ''} Empty to remove the date you set.`,
    placeHolder: 'YYYY-MM-DD',
    value: now?.source === 'sidecar' ? now.value : '',
    validateInput: articleDateProblem,
  });
  if (value === undefined) return;
  const args: SetArticleDateArguments = { uri, value: value.trim() };
  await vscode.commands.executeCommand(ServerCommands.setArticleDate, args);
};
