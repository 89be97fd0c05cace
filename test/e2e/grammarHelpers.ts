// Loads the article grammar with the engine VS Code uses (vscode-textmate + vscode-oniguruma) and reads its scopes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const repo = path.resolve(__dirname, '..', '..');
const grammarPath = path.join(repo, 'syntaxes', 'article.tmLanguage.json');

export async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'text.article'
        ? textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath)
        : null,
  });
  const grammar = await registry.loadGrammar('text.article');
  assert.ok(grammar, 'grammar loads');
  return grammar;
}

export interface Scoped {
  text: string;
  scopes: string[];
}

/** Tokenises `text` line by line and returns every token with its scopes. */
export function tokenize(grammar: textmate.IGrammar, text: string): Scoped[][] {
  let stack = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the token covering `needle` on line `lineNo` (0-based). */
export function scopesAt(lines: Scoped[][], lineNo: number, needle: string): string[] {
  const line = lines[lineNo];
  const full = line.map((t) => t.text).join('');
  const at = full.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" on line ${lineNo}: ${full}`);
  let pos = 0;
  for (const t of line) {
    if (at >= pos && at < pos + t.text.length) return t.scopes;
    pos += t.text.length;
  }
  return [];
}

export const has = (scopes: string[], prefix: string) => scopes.some((s) => s.split(' ').some((x) => x.startsWith(prefix)));

/** For each line of `text`: whether the grammar scopes it as a photo caption. */
export async function captionLinesOf(text: string): Promise<boolean[]> {
  const lines = tokenize(await loadGrammar(), text);
  return lines.map((line) => line.some((t) => has(t.scopes, 'comment.line.caption')));
}
