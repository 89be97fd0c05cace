// Runs node:test over every *.test.ts below the given folders (Node 20's --test does not expand globs itself).
// The spec reporter, in CI too: it lists the failing tests again at the end, and CI keeps only the output's tail.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const folders = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.test.ts')) files.push(full);
  }
};
for (const f of folders) if (existsSync(f)) walk(f);
if (!files.length) {
  console.error(`no test files under ${folders.join(', ')}`);
  process.exit(1);
}
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
