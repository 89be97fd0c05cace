// Dates in the editor: the hover on a relative date, the inlay hint after it (and the setting that hides it), the
// Dates group of the Outline in time order, and "Set article date…" changing what relative dates resolve to.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SAMPLE_MINJOO, closeAllEditors, copySamples, hoverText, openArticle, rangeOf, waitFor } from './helpers';

const SET_ARTICLE_DATE = 'articleAnnotator.server.setArticleDate';

export function registerDateTests(): void {
  describe('dates', () => {
    let doc: vscode.TextDocument;
    before(async () => {
      doc = (await openArticle(path.join(copySamples(), SAMPLE_MINJOO))).document;
    });
    after(async () => {
      await vscode.workspace.getConfiguration('articleAnnotator').update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Global);
      await closeAllEditors();
    });

    const wednesday = () => rangeOf(doc, 'on Wednesday reiterated').start.translate(0, 4);
    const hoverOnWednesday = async () =>
      hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, wednesday())) ?? []);
    const hintLabels = async () => {
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
        'vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
      return (hints ?? []).map((h) => ({
        line: h.position.line, character: h.position.character,
        label: typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''),
      }));
    };

    it('hovers "Wednesday" with its value in words and ISO, and the dated caption it was resolved against', async () => {
      const text = await waitFor(async () => { const t = await hoverOnWednesday(); return /2017/.test(t) && t; }, 20_000, 'a date hover');
      assert.match(text, /Wednesday, 4 January 2017/);
      assert.match(text, /2017-01-04/);
      assert.match(text, /Resolved against 2017-01-05 \(a dated photo caption\)/);
    });

    it('shows the resolved date as an inlay hint right after "Wednesday", and none when the setting is off', async () => {
      const end = rangeOf(doc, 'on Wednesday reiterated').start.translate(0, 'on Wednesday'.length);
      const on = await waitFor(async () => { const h = await hintLabels(); return h.length > 0 && h; }, 20_000, 'inlay hints');
      assert.ok(on.some((h) => h.line === end.line && h.character === end.character && h.label.trim() === '2017-01-04'), JSON.stringify(on));
      await vscode.workspace.getConfiguration('articleAnnotator').update('inlayHints.enabled', false, vscode.ConfigurationTarget.Global);
      await waitFor(async () => (await hintLabels()).length === 0, 20_000, 'no inlay hints with the setting off');
      await vscode.workspace.getConfiguration('articleAnnotator').update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Global);
      await waitFor(async () => (await hintLabels()).length > 0, 20_000, 'inlay hints back with the setting on');
    });

    it('keeps every inlay hint of a long paragraph whole: articles lift the editor\'s per-line limit on hint length', async () => {
      // A paragraph is one line. VS Code cut a line's hints after 43 characters: in "on Monday …, on Tuesday …, on
      // Wednesday …, on Thursday … on Friday" the fourth hint read "2025-03-1…" and the fifth was gone.
      const limit = vscode.workspace.getConfiguration('editor', { languageId: 'article' }).get<number>('inlayHints.maximumLength');
      assert.equal(limit, 0, 'editor.inlayHints.maximumLength in [article]');
      const file = path.join(copySamples(), 'trade-week.article');
      fs.writeFileSync(file, 'Trade ministers met on Monday, resumed talks on Tuesday, signed a memorandum on Wednesday, briefed reporters on Thursday and left Geneva on Friday, officials said.\nPhoto taken on March 14, 2025 shows delegates at the conference in Geneva. (Xinhua/Li Ming)\n');
      const week = (await openArticle(file)).document;
      const hints = await waitFor(async () => {
        const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', week.uri, new vscode.Range(0, 0, week.lineCount, 0));
        return (h ?? []).length >= 5 && h;
      }, 20_000, 'five inlay hints on the first line');
      assert.equal(hints.filter((h) => h.position.line === 0).length, 5);
    });

    it('lists the dates in the Outline in time order, each with its value, the lengths of time after them', async () => {
      const dates = await waitFor(async () => {
        const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
        return s?.find((g) => g.name.startsWith('Dates'));
      }, 20_000, 'the Dates group');
      const values = dates.children.map((c) => c.name.split(' — ')[1]);
      assert.ok(values.length >= 2, `dates: ${dates.children.map((c) => c.name)}`);
      assert.ok(dates.children.some((c) => c.name === 'Wednesday — 2017-01-04'), `dates: ${dates.children.map((c) => c.name)}`);
      const calendar = values.filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v));
      assert.deepEqual(calendar, calendar.slice().sort(), 'calendar dates ascend');
      // "July last year" (2016-07) comes first; "25 years" and "weeks" are lengths of time and come last.
      assert.equal(values[0], '2016-07');
      assert.deepEqual(values.slice(-2), ['P25Y', 'PXW']);
    });

    it('offers "Set the value of “Wednesday”…" as a quick fix, and the value set shows in the hover until taken off', async () => {
      const range = new vscode.Range(wednesday(), wednesday().translate(0, 1));
      const actions = await waitFor(async () => {
        const a = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
        return a?.find((x) => x.title.startsWith('Set the value of “Wednesday”'));
      }, 20_000, 'the "Set the value of" quick fix');
      assert.equal(actions.title, 'Set the value of “Wednesday”… (now 2017-01-04)');
      const args = actions.command!.arguments![0];
      assert.equal(await vscode.commands.executeCommand('articleAnnotator.server.setDateValue', { ...args, value: '2017-01-11' }), true);
      await waitFor(async () => /Wednesday, 11 January 2017/.test(await hoverOnWednesday()), 20_000, 'the value set, in the hover');
      assert.equal(await vscode.commands.executeCommand('articleAnnotator.server.setDateValue', { ...args, value: '' }), true);
      await waitFor(async () => /Wednesday, 4 January 2017/.test(await hoverOnWednesday()), 20_000, 'the computed value again');
    });

    it('"Set article date" saves the date in the sidecar and relative dates resolve against it; an empty date removes it', async () => {
      const sidecar = `${doc.uri.fsPath}.annotations.json`;
      assert.equal(await vscode.commands.executeCommand(SET_ARTICLE_DATE, { uri: doc.uri.toString(), value: '2017-01-13' }), true);
      // The sidecar is a W3C annotation collection; the article date is one of its items.
      assert.match(fs.readFileSync(sidecar, 'utf8'), /"2017-01-13"/);
      const moved = await waitFor(async () => { const t = await hoverOnWednesday(); return /2017-01-11/.test(t) && t; }, 20_000, 'Wednesday resolved against the new date');
      assert.match(moved, /Wednesday, 11 January 2017/);
      assert.match(moved, /2017-01-13/);
      assert.equal(await vscode.commands.executeCommand(SET_ARTICLE_DATE, { uri: doc.uri.toString(), value: '' }), true);
      assert.doesNotMatch(fs.existsSync(sidecar) ? fs.readFileSync(sidecar, 'utf8') : '', /2017-01-13/);
      await waitFor(async () => /2017-01-04/.test(await hoverOnWednesday()), 20_000, 'Wednesday resolved against the caption again');
    });
  });
}
