// Settings that change how the server runs: switching the entity model restarts the server with it.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, SAMPLE, closeAllEditors, copySamples, hoverText, openArticle, rangeOf, waitFor } from './helpers';

/** What the extension's activate() returns, as far as these tests need it. */
interface ClientHolder {
  client?: { isRunning(): boolean; onDidChangeState(listener: (e: { oldState: number; newState: number }) => void): vscode.Disposable };
}
const RUNNING = 2; // vscode-languageclient State.Running

export function registerSettingsTests(): void {
  describe('settings', () => {
    after(async () => {
      await vscode.workspace.getConfiguration('articleAnnotator').update('entityModel', undefined, vscode.ConfigurationTarget.Global);
      await closeAllEditors();
    });

    it('restarts the language server when articleAnnotator.entityModel changes, and hovers work with the fast model', async () => {
      const ctx = vscode.extensions.getExtension<ClientHolder>(EXTENSION_ID)!.exports;
      assert.ok(ctx.client?.isRunning(), 'the server runs before the change');
      const states: number[] = [];
      const sub = ctx.client!.onDidChangeState((e) => states.push(e.newState));
      try {
        await vscode.workspace.getConfiguration('articleAnnotator').update('entityModel', 'fast', vscode.ConfigurationTarget.Global);
        await waitFor(() => states.length >= 2 && states[states.length - 1] === RUNNING && ctx.client!.isRunning(), 30_000, 'the server to restart');
      } finally {
        sub.dispose();
      }
      const doc = (await openArticle(path.join(copySamples(), SAMPLE))).document;
      const pos = rangeOf(doc, 'Kang Kyung-wha').start.translate(0, 1);
      const text = await waitFor(async () => {
        const t = hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)) ?? []);
        return /Kang Kyung-wha/.test(t) && t;
      }, 30_000, 'a hover from the restarted server');
      assert.match(text, /person/i);
    });
  });
}
