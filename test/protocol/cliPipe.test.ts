import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');

test('`article-annotator analyze … | head` ends quietly when the reader stops early: exit 0, no EPIPE trace', async () => {
  const cli = spawn(process.execPath, [path.join(ROOT, 'out/cli.js'), 'analyze', ...['wang-yi-kang-kyung-wha', 'wang-yi-minjoo-party'].map((s) => path.join(ROOT, 'samples', `${s}.article`))], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  cli.stderr.on('data', (d) => { stderr += d; });
  // Read the first chunk, then close the pipe as `head -3` does.
  await new Promise<void>((resolve) => cli.stdout.once('data', () => { cli.stdout.destroy(); resolve(); }));
  const code = await new Promise<number | null>((resolve) => cli.on('close', (c) => resolve(c)));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Unhandled/);
});
