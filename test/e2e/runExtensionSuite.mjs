#!/usr/bin/env node
// Runs the extension's mocha suite (out/test/extension/index.js) inside a real VS Code: code-server + headless chromium.
// Expects `npm run build` done. Exits with the suite's code; prints the mocha log, and exthost.log on failure.
// Env: EXTENSION_PATH (default the repo), ARTICLE_ANNOTATOR_TEST_GREP (mocha grep inside the extension host), SUITE_TIMEOUT_MS (default 600000).
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { repoRoot } from '../../scripts/vscode/paths.mjs';
import { installCodeServerCache } from '../../scripts/vscode/installCodeServer.mjs';
import { startCodeServer, makeStateDir } from '../../scripts/vscode/startCodeServer.mjs';
import { launchBrowser, sampleWorkspace } from '../../scripts/vscode/browser.mjs';

// EXTENSION_PATH overrides the extension under test (default: the repo); its out/test/extension/index.js is run.
const extensionPath = path.resolve(process.env.EXTENSION_PATH ?? repoRoot);
const testsPath = path.join(extensionPath, 'out', 'test', 'extension', 'index.js');
const timeoutMs = Number(process.env.SUITE_TIMEOUT_MS ?? 600_000);

/** The workbench URL that loads the repo as development extension and runs `testsPath` (smoke-test driver payload). */
export function suiteUrl(url, port, workspace, extensionDevelopmentPath, extensionTestsPath, extensionEnvironment) {
  const authority = `vscode-remote://127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', `${authority}${extensionDevelopmentPath}`],
    ['extensionTestsPath', `${authority}${extensionTestsPath}`],
    ['skipWelcome', 'true'],
  ];
  if (extensionEnvironment) payload.push(['extensionEnvironment', JSON.stringify(extensionEnvironment)]);
  return `${url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function main() {
  const started = Date.now();
  if (!fs.existsSync(testsPath)) {
    console.error(`[suite] ${path.relative(repoRoot, testsPath)} missing: run npm run build first`);
    return 2;
  }
  if (!fs.existsSync(path.join(extensionPath, 'out', 'client.js'))) {
    console.error('[suite] out/client.js missing: run npm run build first');
    return 2;
  }
  installCodeServerCache({ log: (m) => console.log(`[suite] ${m}`) });
  const stateDir = makeStateDir();
  const workspace = sampleWorkspace(repoRoot, stateDir);
  const server = await startCodeServer({ stateDir, workspace });
  console.log(`[suite] code-server at ${server.url} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const browser = await launchBrowser();
  let code = 1;
  /** mocha's report, kept so that a failure's details can be printed again after the (long) extension host logs. */
  const report = [];
  try {
    let resolveExit;
    const exit = new Promise((r) => (resolveExit = r));
    await browser.page.exposeFunction('codeAutomationExit', (c) => resolveExit(Number(c)));
    await browser.page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args])); // mocha's spec reporter logs printf-style
      report.push(line);
      (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    });
    const env = {};
    if (process.env.ARTICLE_ANNOTATOR_TEST_GREP) env.ARTICLE_ANNOTATOR_TEST_GREP = process.env.ARTICLE_ANNOTATOR_TEST_GREP;
    await browser.page.goto(suiteUrl(server.url, server.port, workspace, extensionPath, testsPath, env));
    let timer;
    const timeout = new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)));
    const result = await Promise.race([exit, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') {
      console.error(`[suite] no exit code after ${timeoutMs} ms (was the payload ignored? is --vscode-option enable-smoke-test-driver set?)`);
      code = 1;
    } else {
      code = result;
    }
  } finally {
    await browser.close();
    if (code !== 0) {
      console.error('[suite] extension host logs:');
      console.error((await server.stopWithLogs()).slice(-20_000));
      // CI keeps only the tail of the output: end with what failed, not with the host's shutdown noise.
      const failing = report.findIndex((line) => /^\s*\d+ failing/.test(line));
      if (failing >= 0) console.error(`[suite] the failures again:\n${report.slice(failing).join('\n').slice(0, 8_000)}`);
    } else {
      await server.stop();
    }
  }
  console.log(`[suite] ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[suite] ${e.stack ?? e}`);
    process.exit(1);
  },
);
