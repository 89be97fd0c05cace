import * as fs from 'node:fs/promises';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createAnalyzer } from './analysis/analyze';
import { articlePathOf, fileSidecars } from './documents/sidecarFiles';
import { startServer } from './server';

/**
 * The Article Annotator language server. Any LSP client can start it over stdio:
 *   node out/server.js --stdio
 * (VS Code's client uses the same transport.)
 */
const connection = createConnection(ProposedFeatures.all);
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

const started = Date.now();
const analyzer = createAnalyzer();
connection.console.info(`Article Annotator server: model loaded in ${Date.now() - started} ms`);

startServer(connection, {
  analyzer,
  sidecars: fileSidecars(),
  async fileDate(uri) {
    const file = articlePathOf(uri);
    if (!file) return undefined;
    const stat = await fs.stat(file);
    return stat.mtime.toISOString().slice(0, 10);
  },
  now: () => new Date(),
});
