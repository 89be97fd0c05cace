import * as vscode from 'vscode';
import { isTimexValue } from '../../../server/src/analysis/dates/timexValue';
import { ServerCommands, type SetDateValueArguments } from '../../../server/src/protocol';

/**
 * "Set the value of “Wednesday”…" (a quick fix on a date): asks for the TIMEX3 value, shown with the computed one,
 * and saves it in the sidecar. An empty answer goes back to the computed value.
 */
export const askDateValue = () => async (args: Omit<SetDateValueArguments, 'value'> & { value?: string }) => {
  if (!args) return;
  const value = await vscode.window.showInputBox({
    title: 'Date value',
    prompt: 'The TIMEX3 value of this date: 2017-11-15, 2017-11, 2017-W46, 2017-Q4, 2017-11-15T14:30, P3D (a duration), PRESENT_REF… Empty to use the computed value.',
    value: args.value ?? '',
    validateInput: (v) => (v.trim() === '' || isTimexValue(v.trim()) ? undefined : 'Not a TIMEX3 value: e.g. 2017-11-15, 2017-W46, P3D'),
  });
  if (value === undefined) return;
  const request: SetDateValueArguments = { uri: args.uri, version: args.version, start: args.start, end: args.end, value: value.trim() };
  await vscode.commands.executeCommand(ServerCommands.setDateValue, request);
};
