import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSidecar } from '../../server/src/annotations/sidecarFile';
import { writeFileAtomicSync } from '../../server/src/annotations/atomicWrite';
import { KANG, tempWithSamples } from './samples';

const REPO = path.resolve(__dirname, '../..');

function killMidSave(article: string, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures/saveLoop.ts'), article], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), afterMs));
    child.on('exit', () => resolve());
    child.on('error', reject);
  });
}

test('killing a process in the middle of a save loop leaves a sidecar that parses and holds the old or the new content', async () => {
  const dir = tempWithSamples();
  const article = path.join(dir, KANG);
  for (const ms of [3, 17, 41, 89, 150]) {
    await killMidSave(article, ms);
    const sidecar = readSidecar(article);
    assert.ok(sidecar, 'sidecar exists');
    const n = sidecar.decisions.length;
    assert.ok(n === 1 || n === 200, `decisions: ${n}`);
    assert.ok(sidecar.decisions.every((d) => d.exact === (n === 1 ? 'Wang Yi' : 'Beijing')));
  }
  // stray temporary files from a kill are hidden dot-files and never read as the sidecar
  assert.ok(fs.readdirSync(dir).every((f) => !f.endsWith('.annotations.json') || f === `${KANG}.annotations.json`));
});

test('a failed atomic write leaves the old file and no temporary file', () => {
  const dir = tempWithSamples();
  const file = path.join(dir, 'x.json');
  fs.writeFileSync(file, 'old');
  fs.mkdirSync(path.join(dir, 'blocker'));
  // renaming a file over a directory fails: the old target (the directory) stays, the temp file is removed
  assert.throws(() => writeFileAtomicSync(path.join(dir, 'blocker'), 'new'));
  assert.equal(fs.readFileSync(file, 'utf8'), 'old');
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});
