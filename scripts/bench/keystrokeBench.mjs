// The LSP round trip for one keystroke on a ~100 KB article: didChange → refreshed semantic tokens (delta), over 200 edits.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

export async function keystrokeBench(root, edits = 200) {
  const samples = ['wang-yi-minjoo-party.article', 'wang-yi-kang-kyung-wha.article'].map((f) => readFileSync(path.join(root, 'samples', f), 'utf8'));
  // ~100 KB: the samples' paragraphs repeated, each copy numbered so that paragraphs differ.
  const paragraphs = samples.flatMap((s) => s.split('\n').filter((l) => l.trim()));
  const out = [];
  for (let i = 0; out.join('\n').length < 100_000; i++) out.push(`${paragraphs[i % paragraphs.length]} (${i})`);
  const text = out.join('\n');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aa-bench-'));
  const file = path.join(dir, 'big.article');
  writeFileSync(file, text);
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_ARGS ? process.env.BENCH_SERVER_ARGS.split(' ') : []), path.join(root, 'out', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
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
