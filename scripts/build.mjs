// Bundles the extension client, the language server, the CLI and the extension test suite with esbuild.
// Everything is CommonJS for Node (the VS Code extension host and plain `node`).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  // ES2022, not node20: for node targets esbuild rewrites every \p{…} regex literal into a new RegExp() built at each
  // evaluation (0.28), which put regex construction on the per-keystroke path. Node 20 runs ES2022 as is.
  target: 'es2022',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  minify: process.argv.includes('--minify'),
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'out/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: 'out/server.js' },
  { entryPoints: ['server/src/cli/bin.ts'], outfile: 'out/cli.js' },
];
entries.push({ entryPoints: ['scripts/bench/layerBench.ts'], outfile: 'out/bench/layerBench.js' });
if (existsSync('test/extension/index.ts')) {
  entries.push({
    entryPoints: ['test/extension/index.ts'],
    outfile: 'out/test/extension/index.js',
    external: ['vscode'],
    // mocha resolves its optional worker with require.resolve; harmless in the extension host.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
}

const started = Date.now();
await Promise.all(entries.map((e) => build({ ...common, ...e })));
if (!watch) console.log(`built ${entries.map((e) => e.outfile).join(', ')} in ${Date.now() - started} ms`);
