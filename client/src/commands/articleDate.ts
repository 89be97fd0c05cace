import * as vscode from 'vscode';
import { ServerCommands, type SetArticleDateArguments } from '../../../server/src/protocol';
import { activeArticle } from './editorArgs';

/** "Set article date…": the reference date for relative dates, saved in the article's sidecar. */
export const setArticleDate = () => async () => {
  const editor = activeArticle();
  if (!editor) return;
  const value = await vscode.window.showInputBox({
    title: 'Article date',
    prompt: 'The date the article was written (relative dates such as “Wednesday” resolve against it). Empty to remove.',
    placeHolder: 'YYYY-MM-DD',
    validateInput: (v) => (v.trim() === '' || /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? undefined : 'Use the form YYYY-MM-DD, e.g. 2017-01-05'),
  });
  if (value === undefined) return;
  const args: SetArticleDateArguments = { uri: editor.document.uri.toString(), value: value.trim() };
  await vscode.commands.executeCommand(ServerCommands.setArticleDate, args);
};
