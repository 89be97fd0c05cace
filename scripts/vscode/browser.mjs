// Launches Debian's chromium through playwright-core (no browser download), headless, one fresh profile per run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/**
 * @param {{ viewport?: {width: number, height: number} }} [opts]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, close: () => Promise<void> }>}
 */
export async function launchBrowser(opts = {}) {
  if (!fs.existsSync(chromiumPath)) throw new Error(`${chromiumPath} missing: apt-get install -y chromium`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-annotator-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ARGS,
    viewport: opts.viewport ?? { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Copies samples/*.article into a fresh folder under `parent` and returns it. */
export function sampleWorkspace(repoRoot, parent) {
  const dir = path.join(parent, 'workspace');
  fs.mkdirSync(dir, { recursive: true });
  for (const name of fs.readdirSync(path.join(repoRoot, 'samples'))) {
    if (name.endsWith('.article')) fs.copyFileSync(path.join(repoRoot, 'samples', name), path.join(dir, name));
  }
  return dir;
}
