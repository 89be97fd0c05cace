// The LSP round trip for one keystroke on a ~100 KB article: didChange → refreshed semantic tokens (delta), over 200 edits.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

/**
 * An article of about `size` characters of distinct real news paragraphs (PolNeAR dev, read at run time from EVAL_DIR), so that no memo
 * sees the same sentence twice; without the eval data, the samples' paragraphs, each copy numbered.
 */
export function benchArticle(root, evalDir, size = 100_000) {
  const polnear = evalDir && path.join(evalDir, 'polnear.dev.jsonl');
  if (polnear && existsSync(polnear)) {
    const out = [];
    for (const line of readFileSync(polnear, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      for (const p of JSON.parse(line).text.split('\n')) if (p.trim()) out.push(p);
      if (out.join('\n').length >= size) break;
    }
    return { text: out.join('\n'), source: 'PolNeAR dev paragraphs' };
  }
  const samples = ['wang-yi-minjoo-party.article', 'wang-yi-kang-kyung-wha.article'].map((f) => readFileSync(path.join(root, 'samples', f), 'utf8'));
  const paragraphs = samples.flatMap((s) => s.split('\n').filter((l) => l.trim()));
  const out = [];
  for (let i = 0; out.join('\n').length < size; i++) out.push(`${paragraphs[i % paragraphs.length]} (${i})`);
  return { text: out.join('\n'), source: 'the samples repeated' };
}

/** `serverArgs` go to the server (`--entity-model fast`); BENCH_SERVER_ARGS to node (`--cpu-prof`). */
export async function keystrokeBench(root, text, serverArgs = [], edits = 200) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aa-bench-'));
  const file = path.join(dir, 'big.article');
  writeFileSync(file, text);
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_ARGS ? process.env.BENCH_SERVER_ARGS.split(' ') : []), path.join(root, 'out', 'server.js'), '--stdio', ...serverArgs], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  conn.onRequest(() => null);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  conn.sendNotification('initialized', {});
  const uri = pathToFileURL(file).href;
  const tOpen = performance.now();
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
  let last = await conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  const firstMs = performance.now() - tOpen;
  const lines = text.split('\n');
  let seed = 42;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const times = [];
  for (let v = 2; v < edits + 2; v++) {
    const line = rand(lines.length);
    const character = rand(lines[line].length);
    const t = performance.now();
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }] });
    const delta = await conn.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: last.resultId });
    times.push(performance.now() - t);
    last = { resultId: delta.resultId };
    lines[line] = lines[line].slice(0, character) + 'x' + lines[line].slice(character);
  }
  await conn.sendRequest('shutdown');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await conn.sendNotification('exit');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  conn.dispose();
  child.kill();
  rmSync(dir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  return { chars: text.length, firstMs, median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)], max: times.at(-1) };
}
