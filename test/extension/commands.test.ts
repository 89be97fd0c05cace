// The contributed commands and the Entities view exist; "treat as article" switches a .txt file to the article language.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { workspaceArticles } from '../../client/src/articleFiles';
import { Config } from '../../client/src/config';
import { speakerItems } from '../../client/src/commands/quotes';
import { EntitiesView } from '../../client/src/entitiesView';
import { EntityTreeRequest } from '../../server/src/protocol';
import { EXTENSION_ID, SAMPLE, closeAllEditors, copySamples, hoverText, openArticle, rangeOf, waitFor } from './helpers';

const COMMANDS = [
  'articleAnnotator.treatAsArticle',
  'articleAnnotator.showEntities',
  'articleAnnotator.nextMention',
  'articleAnnotator.previousMention',
  'articleAnnotator.tagSelection',
  ...['person', 'organization', 'location', 'misc', 'date', 'quote', 'none'].map((l) => `articleAnnotator.tagAs.${l}`),
  'articleAnnotator.setArticleDate',
  'articleAnnotator.restartServer',
  'articleAnnotator.showOutput',
];

export function registerCommandTests(): void {
  describe('commands and views', () => {
    afterEach(closeAllEditors);

    it('registers every Article Annotator command and the Entities view', async () => {
      await openArticle(path.join(copySamples(), SAMPLE));
      const all = new Set(await vscode.commands.getCommands(true));
      const missing = COMMANDS.filter((c) => !all.has(c));
      assert.deepEqual(missing, []);
      assert.ok(all.has('articleAnnotator.entities.focus'), 'view articleAnnotator.entities is contributed');
    });

    it('shows the Entities view without error', async () => {
      await openArticle(path.join(copySamples(), SAMPLE));
      await vscode.commands.executeCommand('articleAnnotator.showEntities');
    });

    it('switches a .txt copy of an article to the article language with "treat as article"', async () => {
      const dir = copySamples();
      const txt = path.join(dir, 'article-copy.txt');
      fs.copyFileSync(path.join(dir, SAMPLE), txt);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(txt));
      await vscode.window.showTextDocument(doc);
      assert.notEqual(doc.languageId, 'article');
      await vscode.commands.executeCommand('articleAnnotator.treatAsArticle');
      await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'article', 10_000, 'article language on the .txt');
    });

    it('counts the .txt articles that articleAnnotator.articleGlobs names among the workspace\'s articles (tag everywhere, export all)', async () => {
      const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
      assert.ok(folder, 'a workspace folder on disk');
      const news = path.join(folder.uri.fsPath, 'news');
      fs.mkdirSync(news, { recursive: true });
      const brief = path.join(news, 'brief.txt');
      fs.writeFileSync(brief, 'Kenyan President William Ruto arrived in Beijing on Monday for a three-day state visit.\n');
      const settings = vscode.workspace.getConfiguration('articleAnnotator');
      try {
        await settings.update('articleGlobs', ['**/news/*.txt'], vscode.ConfigurationTarget.Global);
        const found = (await workspaceArticles(new Config())).map((u) => u.fsPath);
        assert.ok(found.includes(brief), `the .txt article named by the setting: ${found.join(', ')}`);
        assert.ok(found.includes(path.join(folder.uri.fsPath, SAMPLE)), `the .article files too: ${found.join(', ')}`);
        assert.equal(new Set(found).size, found.length, 'each article once');
        // Articles open from elsewhere (the other tests' temp copies) are not the workspace's.
        assert.ok(found.every((f) => f.startsWith(folder.uri.fsPath)), `only files of the workspace: ${found.join(', ')}`);
      } finally {
        await settings.update('articleGlobs', undefined, vscode.ConfigurationTarget.Global);
        fs.rmSync(news, { recursive: true, force: true });
      }
    });

    it('"Tag Selection…" with nothing to tag under the cursor says so at once instead of opening an empty picker', async () => {
      const editor = await openArticle(path.join(copySamples(), SAMPLE));
      const blank = editor.document.getText().split('\n').findIndex((l) => l.trim() === '');
      assert.ok(blank > 0, 'the sample has an empty line');
      editor.selection = new vscode.Selection(blank, 0, blank, 0);
      try {
        // The command resolves only when its picker closes: with a picker open it would wait for the timeout.
        const done = await Promise.race([
          Promise.resolve(vscode.commands.executeCommand('articleAnnotator.tagSelection')).then(() => 'returned'),
          new Promise((r) => setTimeout(() => r('a picker is waiting'), 3000)),
        ]);
        assert.equal(done, 'returned');
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      }
    });

    it('"Set speaker…" lists the article\'s entities as the editor names their types, people first, "1 mention" singular', async () => {
      const doc = (await openArticle(path.join(copySamples(), SAMPLE))).document;
      const ctx = vscode.extensions.getExtension<{ client?: { sendRequest(type: unknown, params: unknown): Promise<any> } }>(EXTENSION_ID)!.exports;
      // By method name: the extension's own RequestType object lives in its bundle, not in this one.
      const tree = await waitFor(() => ctx.client?.sendRequest(EntityTreeRequest.method, { uri: doc.uri.toString() }), 20_000, 'the entity tree');
      const items = speakerItems(tree.entities);
      assert.equal(items[0].label, 'Wang Yi');
      const seongju = items.find((i) => i.label === 'Seongju');
      assert.equal(seongju?.description, 'place · 1 mention');
      assert.ok(!items.some((i) => /location|misc|\b1 mentions/.test(i.description)), items.map((i) => i.description).join(' | '));
    });

    it('the Entities view names types as the editor does: a place\'s tooltip and an orphaned place say "place"', () => {
      const view = new EntitiesView();
      const mention = { start: 0, end: 7, line: 0, character: 0, endLine: 0, endCharacter: 7, text: 'Incheon', origin: 'detected' as const };
      view.show({
        uri: 'file:///tmp/x.article', version: 1,
        entities: [{ id: 0, type: 'location', name: 'Incheon', aliases: [], mentions: [mention] }],
        orphans: [{ id: 'o1', label: 'location', exact: 'Seongju' }],
        decisions: [], counts: { entities: 1, mentions: 1, dates: 0, quotes: 0 },
        referenceDate: { value: '2017-01-05', source: 'caption', text: '2017-01-05 (a dated photo caption)' },
      });
      const roots = view.getChildren();
      const entity = view.getChildren(roots[0])[0];
      assert.match(String((view.getTreeItem(entity).tooltip as vscode.MarkdownString).value), /\*\*Incheon\*\* \(place\)/);
      const orphan = view.getChildren(roots[1])[0];
      assert.equal(view.getTreeItem(orphan).description, 'place');
    });

    it('answers hovers again after "restart server"', async () => {
      const doc = (await openArticle(path.join(copySamples(), SAMPLE))).document;
      const pos = rangeOf(doc, 'Wang Yi').start.translate(0, 1);
      const hoverOnWang = async () =>
        hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)) ?? []);
      await waitFor(async () => /Wang Yi/.test(await hoverOnWang()), 20_000, 'hover before restart');
      await vscode.commands.executeCommand('articleAnnotator.restartServer');
      await waitFor(async () => /Wang Yi/.test(await hoverOnWang()), 20_000, 'hover after restart');
    });
  });
}
