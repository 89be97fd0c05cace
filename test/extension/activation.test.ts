// The extension activates on a .article file and the document gets the `article` language.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, SAMPLE, closeAllEditors, copySamples, openArticle } from './helpers';

export function registerActivationTests(): void {
  describe('activation', () => {
    after(closeAllEditors);

    it('activates on opening a .article sample and sets the article language', async () => {
      const dir = copySamples();
      const editor = await openArticle(path.join(dir, SAMPLE));
      assert.equal(editor.document.languageId, 'article');
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
      assert.equal(ext.isActive, true);
    });
  });
}
