#!/usr/bin/env node
// Installs the packaged .vsix into a fresh code-server extensions dir and checks, in the browser, that the installed
// extension (not the repo) activates on a sample: article language in the status bar, coloured names, a hover, and the
// activation line in exthost.log. Expects `npm run package` done (<name>-<version>.vsix). Exits 1 on failure.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/vscode/paths.mjs';
import { installCodeServerCache } from '../../scripts/vscode/installCodeServer.mjs';
import { installVsix } from '../../scripts/vscode/installVsix.mjs';
import { startCodeServer, readExthostLogs, makeStateDir } from '../../scripts/vscode/startCodeServer.mjs';
import { launchBrowser, sampleWorkspace } from '../../scripts/vscode/browser.mjs';
import { norm, openFromExplorer, poll, statusLanguage, textBox, workbenchUrl } from './workbench.mjs';

const SAMPLE = 'wang-yi-minjoo-party.article';

function findVsix() {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = process.env.VSIX ?? path.join(repoRoot, `${pkg.name}-${pkg.version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} missing: run npm run package first`);
  return { vsix, id: `${pkg.publisher}.${pkg.name}` };
}

async function main() {
  const started = Date.now();
  const { vsix, id } = findVsix();
  installCodeServerCache({ log: (m) => console.log(`[vsix] ${m}`) });
  const stateDir = makeStateDir();
  const extensionsDir = path.join(stateDir, 'extensions');
  const installed = installVsix(vsix, { stateDir, extensionsDir });
  console.log(`[vsix] installed ${path.basename(vsix)} into ${path.relative(stateDir, installed)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const f of ['out/server.js', 'server/models/ner/model.bin', 'syntaxes/article.tmLanguage.json']) {
    if (!fs.existsSync(path.join(installed, f))) throw new Error(`installed extension lacks ${f}`);
  }
  const workspace = sampleWorkspace(repoRoot, stateDir);
  const server = await startCodeServer({ stateDir, extensionsDir, workspace });
  const browser = await launchBrowser();
  const { page } = browser;
  let ok = false;
  try {
    await page.goto(workbenchUrl(server.url, server.port, workspace)); // no extensionDevelopmentPath: the vsix only
    await openFromExplorer(page, SAMPLE);
    await poll(async () => /article/i.test(await statusLanguage(page)), 30_000, 'status bar language "Article"');
    console.log('[vsix] ok   status bar shows the article language');
    const colours = await poll(async () => {
      const [name, plain] = [await textBox(page, 'Wang Yi on Wednesday'), await textBox(page, 'reiterated')];
      return name && plain && name.colour !== plain.colour && `"Wang Yi" ${name.colour} vs plain ${plain.colour}`;
    }, 30_000, 'semantic colour on "Wang Yi" in the first paragraph (the server started from the vsix and found its model)');
    console.log(`[vsix] ok   names coloured: ${colours}`);
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    // Each try moves the mouse off the text first, so that a hover shown early (before the analysis was ready) closes
    // and the next one is asked afresh, as uiCheck does; the last hover seen is reported if none names the person.
    let seen = '';
    const text = await poll(async () => {
      const box = await textBox(page, 'Wang Yi on');
      if (!box) return false;
      await page.mouse.move(5, 5);
      await hover.waitFor({ state: 'hidden', timeout: 2000 }).catch(() => {});
      await page.mouse.move(box.x + box.width / 2 - 3, box.y + box.height / 2);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await hover.waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
      const t = (await hover.count()) ? norm(await hover.innerText()) : '';
      if (t) seen = t;
      return /person/i.test(t) && t;
    }, 30_000, 'hover naming "Wang Yi" a person').catch((e) => { throw new Error(`${e.message}; last hover seen: ${seen.slice(0, 160) || 'none'}`); });
    console.log(`[vsix] ok   hover: ${text.slice(0, 100)}`);
    const log = await poll(() => {
      const l = readExthostLogs(server.userDataDir);
      return l.includes(`_doActivateExtension ${id}`) && l;
    }, 10_000, `activation of ${id} in exthost.log`);
    const line = log.split('\n').find((l) => l.includes(`_doActivateExtension ${id}`));
    console.log(`[vsix] ok   exthost.log: ${line.replace(/^.*ExtensionService#/, '')}`);
    fs.mkdirSync(path.join(repoRoot, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(repoRoot, 'test-results', 'vsix-editor.png') });
    ok = true;
  } catch (e) {
    console.error(`[vsix] FAIL ${e.message}`);
    fs.mkdirSync(path.join(repoRoot, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(repoRoot, 'test-results', 'vsix-fail.png') }).catch(() => {});
  } finally {
    await browser.close();
    if (ok) await server.stop();
    else console.error((await server.stopWithLogs()).slice(-12_000));
  }
  console.log(`[vsix] ${ok ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[vsix] ${e.stack ?? e}`);
    process.exit(1);
  },
);
