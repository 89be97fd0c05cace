import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Position } from 'vscode-languageserver-protocol';
import { SAMPLES_DIR } from '../helpers/samples';

const SERVER = path.join(__dirname, '..', '..', 'out', 'server.js');

/** A real server process spoken to over stdio, as Neovim or Helix would, with a temp copy of the samples as workspace. */
export class LspSession {
  readonly notifications: { method: string; params: any }[] = [];
  readonly serverRequests: { method: string; params: any }[] = [];
  capabilities: any;
  private constructor(
    readonly connection: MessageConnection,
    readonly child: ChildProcess,
    readonly workspace: string,
    private readonly settings: Record<string, unknown>,
  ) {}

  static async start(settings: Record<string, unknown> = {}, serverArgs: string[] = [], initializationOptions?: Record<string, unknown>): Promise<LspSession> {
    if (!fs.existsSync(SERVER)) throw new Error('out/server.js is missing: run `npm run build` first');
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'article-annotator-lsp-'));
    for (const f of fs.readdirSync(SAMPLES_DIR)) if (f.endsWith('.article')) fs.copyFileSync(path.join(SAMPLES_DIR, f), path.join(workspace, f));
    const child = spawn(process.execPath, [SERVER, '--stdio', ...serverArgs], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(connection, child, workspace, settings);
    connection.onNotification((method, params) => session.notifications.push({ method, params }));
    connection.onRequest((method, params) => {
      session.serverRequests.push({ method, params });
      if (method === 'workspace/configuration') return (params as { items: unknown[] }).items.map(() => session.settings);
      return null;
    });
    connection.listen();
    const init: any = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      capabilities: {
        workspace: { configuration: true, semanticTokens: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
        textDocument: { semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } },
      },
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'samples' }],
      initializationOptions,
    });
    session.capabilities = init.capabilities;
    await connection.sendNotification('initialized', {});
    return session;
  }

  uri(name: string): string {
    return pathToFileURL(path.join(this.workspace, name)).href;
  }

  file(name: string): string {
    return path.join(this.workspace, name);
  }

  /** Opens an article and waits until the server has analysed it (its counts notification arrives). */
  async open(name: string, text = fs.readFileSync(this.file(name), 'utf8'), version = 1): Promise<string> {
    const uri = this.uri(name);
    const seen = this.notifications.length;
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version, text } });
    await this.waitFor(() => this.notifications.slice(seen).some((n) => n.method === 'articleAnnotator/analysisChanged' && n.params.uri === uri));
    return uri;
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  async waitFor<T>(fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const v = await fn();
      if (v) return v;
      if (Date.now() > until) throw new Error('timed out waiting for the server');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    this.child.kill();
    this.connection.dispose();
    fs.rmSync(this.workspace, { recursive: true, force: true });
  }
}

/** The LSP position of the n-th occurrence of `needle` in `text` (plus `delta` characters). */
export function positionOf(text: string, needle: string, occurrence = 0, delta = 1): Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`“${needle}” not found`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** Decodes LSP relative semantic tokens into absolute {line, char, length, type, modifiers}. */
export function decodeTokens(data: number[], types: string[], modifiers: string[]) {
  const out: { line: number; char: number; length: number; type: string; modifiers: string[] }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push({ line, char, length: data[i + 2], type: types[data[i + 3]], modifiers: modifiers.filter((_, b) => data[i + 4] & (1 << b)) });
  }
  return out;
}
