import * as fs from 'node:fs/promises';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createAnalyzer } from './analysis/analyze';
import { loadEntityRecognizer } from './analysis/entities/entityModels';
import { entityModelOption } from './options/entityModelOption';
import { articlePathOf, fileSidecars } from './documents/sidecarFiles';
import { startServer } from './server';

/**
 * The Article Annotator language server. Any LSP client can start it over stdio:
 *   node out/server.js --stdio [--entity-model neural|fast]
 * (VS Code's client starts it over IPC, with the model of the `articleAnnotator.entityModel` setting.)
 */
const connection = createConnection(ProposedFeatures.all);
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

const started = Date.now();
const option = entityModelOption(process.argv.slice(2));
if (option.error) connection.console.error(`Article Annotator server: ${option.error}; using ${option.model}`);
const analyzer = createAnalyzer(loadEntityRecognizer(option.model));
connection.console.info(`Article Annotator server: ${option.model} entity model loaded in ${Date.now() - started} ms`);

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
