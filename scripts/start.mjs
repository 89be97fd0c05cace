#!/usr/bin/env node
// `npm start`: builds, then opens samples/ with the extension loaded —
//   in your VS Code when `code` is on PATH (code --extensionDevelopmentPath=<repo> <repo>/samples), or
//   in code-server (the real VS Code in a browser), installed into .vscode-test/ on first use (a few minutes, once);
//   it prints the local URL to open and runs until Ctrl+C.
// Options: --code-server (use code-server even when `code` exists), --no-build, --port N (default: a free port).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, repoRoot } from './vscode/paths.mjs';
import { installCodeServerCache } from './vscode/installCodeServer.mjs';
import { startCodeServer } from './vscode/startCodeServer.mjs';
import { workbenchUrl } from '../test/e2e/workbench.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const samples = path.join(repoRoot, 'samples');

function onPath(cmd) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, cmd), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function build() {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

function openInVsCode() {
  console.log(`[start] opening ${path.relative(repoRoot, samples)}/ in VS Code with the extension loaded from ${repoRoot}`);
  const child = spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, samples], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

async function openInCodeServer() {
  console.log('[start] `code` is not on PATH: using code-server (the real VS Code in your browser)');
  installCodeServerCache({ browser: false, log: (m) => console.log(`[start] ${m}`) });
  const stateDir = path.join(cacheDir, 'start-state'); // kept: your settings and layout survive restarts
  const server = await startCodeServer({
    stateDir,
    keepState: true,
    workspace: samples,
    port: Number(option('--port')) > 0 ? Number(option('--port')) : undefined,
  });
  const url = workbenchUrl(server.url, server.port, samples, repoRoot);
  console.log(`\n[start] Article Annotator is running. Open this address in a browser on this machine:\n\n  ${url}\n`);
  console.log(`[start] (plain workbench, without the extension: ${server.url}/)  Press Ctrl+C to stop.`);
  // Runs until Ctrl+C / SIGTERM: startCodeServer's signal handler stops code-server and its children, then exits.
  await new Promise(() => {});
  return 0;
}

async function main() {
  if (!flag('--no-build')) build();
  if (!flag('--code-server') && onPath('code')) return openInVsCode();
  return openInCodeServer();
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[start] ${e.message}`);
    process.exit(1);
  },
);
