// Runs the extension's mocha suite (out/test/extension/index.js, the same bundle code-server runs) in desktop VS Code
// downloaded by @vscode/test-electron. For laptops and public CI that can reach the VS Code download servers;
// on the project's machines use test/e2e/runExtensionSuite.mjs. Expects `npm run build` done.
// Env: VSCODE_TEST_VERSION (default "stable"), ARTICLE_ANNOTATOR_TEST_GREP.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/** Copies samples/*.article into a fresh temp folder opened as the workspace (tests write sidecars there). */
export function makeWorkspace(repo: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-annotator-electron-'));
  for (const name of fs.readdirSync(path.join(repo, 'samples'))) {
    if (name.endsWith('.article')) fs.copyFileSync(path.join(repo, 'samples', name), path.join(dir, name));
  }
  return dir;
}

async function main(): Promise<number> {
  const repo = path.resolve(__dirname, '..', '..');
  const extensionTestsPath = path.join(repo, 'out', 'test', 'extension', 'index.js');
  if (!fs.existsSync(extensionTestsPath)) {
    console.error(`[electron] ${extensionTestsPath} missing: run npm run build first`);
    return 2;
  }
  const workspace = makeWorkspace(repo);
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION ?? 'stable',
      extensionDevelopmentPath: repo,
      extensionTestsPath,
      extensionTestsEnv: process.env.ARTICLE_ANNOTATOR_TEST_GREP
        ? { ARTICLE_ANNOTATOR_TEST_GREP: process.env.ARTICLE_ANNOTATOR_TEST_GREP }
        : undefined,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    return 0;
  } catch (e) {
    console.error(`[electron] ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
