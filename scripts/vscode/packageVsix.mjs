#!/usr/bin/env node
// Packages the extension as a self-contained .vsix with @vscode/vsce (expects `npm run build` done).
// Output: <name>-<version>.vsix at the repo root (git-ignored). Checks the file list against what the extension needs at run time.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.mjs';

/** Files that must be in the package, and patterns that must not. */
export const REQUIRED = ['package.json', 'out/client.js', 'out/server.js', 'server/models/ner/model.bin', 'server/models/ner-neural/model.bin', 'syntaxes/article.tmLanguage.json'];
export const FORBIDDEN = [/^node_modules\//, /\.ts$/, /\.map$/, /^samples\//, /^test\//, /^\.vscode-test\//, /annotations\.json$/];

const vsceBin = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

function vsce(args) {
  return execFileSync(process.execPath, [vsceBin, ...args], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

/** Problems with a package file list (missing required files, forbidden files). */
export function checkFileList(files) {
  const problems = [];
  for (const f of REQUIRED) if (!files.includes(f)) problems.push(`missing ${f}`);
  for (const f of files) if (FORBIDDEN.some((re) => re.test(f))) problems.push(`should not ship ${f}`);
  return problems;
}

/** Builds the .vsix and returns its path. */
export function packageVsix() {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  for (const f of ['out/client.js', 'out/server.js']) {
    if (!fs.existsSync(path.join(repoRoot, f))) throw new Error(`${f} missing: run npm run build first`);
  }
  const files = vsce(['ls', '--no-dependencies']).split('\n').map((l) => l.trim()).filter(Boolean);
  const problems = checkFileList(files);
  if (problems.length) throw new Error(`package contents wrong (.vscodeignore):\n  ${problems.join('\n  ')}`);
  const out = path.join(repoRoot, `${pkg.name}-${pkg.version}.vsix`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.rmSync(out, { force: true });
  vsce(['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out]);
  if (!fs.existsSync(out)) throw new Error(`vsce did not write ${out}`);
  console.log(`[package] ${path.relative(repoRoot, out)}: ${files.length} files, ${(fs.statSync(out).size / 1024).toFixed(0)} KiB`);
  for (const f of files) console.log(`[package]   ${f}`);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    packageVsix();
  } catch (e) {
    console.error(`[package] ${e.message}`);
    process.exit(1);
  }
}
