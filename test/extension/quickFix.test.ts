// A "Tag as organization" quick fix writes a W3C annotation sidecar next to the article.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SAMPLE, closeAllEditors, copySamples, openArticle, rangeOf, waitFor } from './helpers';

interface W3CAnnotation {
  body?: unknown;
  target?: unknown;
}

/** Items of an AnnotationCollection, flat or paged (`first.items`). */
function itemsOf(collection: Record<string, unknown>): W3CAnnotation[] {
  const first = collection.first as Record<string, unknown> | undefined;
  const items = (collection.items ?? first?.items ?? []) as W3CAnnotation[];
  return Array.isArray(items) ? items : [];
}

function bodyValues(a: W3CAnnotation): string[] {
  const bodies = Array.isArray(a.body) ? a.body : [a.body];
  return bodies.flatMap((b) => (typeof b === 'string' ? [b] : b && typeof b === 'object' && 'value' in b ? [String((b as { value: unknown }).value)] : []));
}

export function registerQuickFixTests(): void {
  describe('quick fix tagging', () => {
    it('offers tagging actions on a span and "Tag as organization" writes <file>.annotations.json', async () => {
      const file = path.join(copySamples(), SAMPLE);
      const sidecar = `${file}.annotations.json`;
      const editor = await openArticle(file);
      const doc = editor.document;
      const range = rangeOf(doc, 'Asia-Pacific Economic Cooperation');
      editor.selection = new vscode.Selection(range.start, range.end);
      const actions = await waitFor(async () => {
        const a = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
          'vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
        return a && a.some((x) => /tag/i.test(x.title)) && a;
      }, 20_000, 'tagging code actions');
      const tagOrg = actions.find((a) => /tag.*organi[sz]ation/i.test(a.title));
      assert.ok(tagOrg, `a "Tag as organization" action among: ${actions.map((a) => a.title).join(' | ')}`);

      if ('edit' in tagOrg && tagOrg.edit) assert.ok(await vscode.workspace.applyEdit(tagOrg.edit), 'edit applied');
      const command = 'command' in tagOrg && typeof tagOrg.command === 'object' ? tagOrg.command : (tagOrg as vscode.Command);
      if (command && typeof command.command === 'string') {
        await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      }
      await vscode.workspace.saveAll(false);

      const collection = await waitFor(() => {
        if (!fs.existsSync(sidecar)) return undefined;
        const json = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as Record<string, unknown>;
        return itemsOf(json).some((i) => bodyValues(i).includes('organization')) && json;
      }, 15_000, `${path.basename(sidecar)} with an organization annotation`);

      const context = ([] as unknown[]).concat(collection['@context']);
      assert.ok(context.includes('http://www.w3.org/ns/anno.jsonld'), `@context ${JSON.stringify(collection['@context'])}`);
      assert.ok(([] as unknown[]).concat(collection.type).includes('AnnotationCollection'), `type ${collection.type}`);
      assert.ok(fs.existsSync(file), 'the article itself is still there');
      assert.equal(fs.readFileSync(file, 'utf8'), doc.getText(), 'the article text is unchanged');
      await closeAllEditors();
    });
  });
}
