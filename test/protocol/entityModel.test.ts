import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MINJOO, sample } from '../helpers/samples';
import { LspSession, positionOf } from './lspSession';

/** The server's `--entity-model` option, as an LSP editor's config would pass it. */
describe('language server --entity-model', () => {
  for (const model of ['neural', 'fast']) {
    it(`loads the ${model} model when asked, says so in its log, and finds Wang Yi with it`, async () => {
      const s = await LspSession.start({}, ['--entity-model', model]);
      try {
        const uri = await s.open(MINJOO);
        const log = s.notifications.find((n) => n.method === 'window/logMessage' && /entity model loaded/.test(n.params.message));
        assert.match(log?.params.message ?? '', new RegExp(`: ${model} entity model loaded in \\d+ ms`));
        const hover: any = await s.request('textDocument/hover', { textDocument: { uri }, position: positionOf(sample(MINJOO), 'Wang Yi', 0, 2) });
        assert.match(JSON.stringify(hover.contents), /Wang Yi/);
        assert.match(JSON.stringify(hover.contents), /[Pp]erson/);
      } finally {
        await s.stop();
      }
    });
  }
});
