import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { MINJOO, KANG, sample } from '../helpers/samples';
import { decodeTokens, LspSession, positionOf } from './lspSession';

/** The built server (out/server.js) over stdio, as any LSP editor starts it, on the sample articles. */
describe('language server over stdio', () => {
  let s: LspSession;
  let legend: { tokenTypes: string[]; tokenModifiers: string[] };
  const text = sample(MINJOO);

  before(async () => {
    s = await LspSession.start();
  });
  after(async () => {
    await s.stop();
  });

  it('advertises semantic tokens with our entity, date and quote types', async () => {
    const tokens: any = await s.request('textDocument/semanticTokens/full', { textDocument: { uri: await s.open(MINJOO) } });
    assert.ok(tokens.data.length > 0);
    assert.deepEqual(s.capabilities.semanticTokensProvider.legend.tokenTypes, ['person', 'organization', 'location', 'misc', 'date', 'quote', 'speaker']);
    assert.equal(s.capabilities.textDocumentSync.change, 2, 'incremental sync');
  });

  it('highlights people, dates and quotes in the article with their token types', async () => {
    legend = { tokenTypes: ['person', 'organization', 'location', 'misc', 'date', 'quote', 'speaker'], tokenModifiers: ['confirmed', 'manual', 'definition', 'speaker', 'relative'] };
    const uri = s.uri(MINJOO);
    const tokens: any = await s.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    const decoded = decodeTokens(tokens.data, legend.tokenTypes, legend.tokenModifiers);
    const lines = text.split('\n');
    const at = (t: (typeof decoded)[number]) => lines[t.line].slice(t.char, t.char + t.length);
    assert.ok(decoded.some((t) => t.type === 'person' && at(t) === 'Wang Yi'), 'Wang Yi is a person');
    assert.ok(decoded.some((t) => t.type === 'date' && at(t) === 'Wednesday' && t.modifiers.includes('relative')), 'Wednesday is a relative date');
    assert.ok(decoded.some((t) => t.type === 'quote' && at(t).startsWith('"What the')), 'the quote is highlighted');
    assert.ok(decoded.some((t) => t.type === 'speaker' && at(t) === 'he'), '“he” is marked as the speaker');
  });

  it('answers a keystroke with a semantic tokens delta equal to a fresh full result', async () => {
    const uri = s.uri(MINJOO);
    const first: any = await s.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    const pos = positionOf(text, 'Wang further expressed', 0, 0);
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: pos, end: pos }, text: 'Meanwhile, ' }],
    });
    const delta: any = await s.request('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: first.resultId });
    assert.ok(Array.isArray(delta.edits), 'a delta, not a full result');
    const patched = first.data.slice();
    for (const e of delta.edits.slice().reverse()) patched.splice(e.start, e.deleteCount, ...(e.data ?? []));
    const full: any = await s.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(patched, full.data);
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: pos, end: { line: pos.line, character: pos.character + 'Meanwhile, '.length } }, text: '' }],
    });
  });

  it('hovers a surname with the canonical name, other names and mention count', async () => {
    const hover: any = await s.request('textDocument/hover', { textDocument: { uri: s.uri(MINJOO) }, position: positionOf(text, 'said Wang', 0, 6) });
    assert.match(hover.contents.value, /\*\*Wang Yi\*\* — person/);
    assert.match(hover.contents.value, /Also called: .*“Wang”/);
    assert.match(hover.contents.value, /\d+ mentions in this article · this one detected/);
  });

  it('hovers a relative date with its value and the reference date it was resolved against', async () => {
    const hover: any = await s.request('textDocument/hover', { textDocument: { uri: s.uri(MINJOO) }, position: positionOf(text, 'on Wednesday reiterated', 0, 4) });
    assert.match(hover.contents.value, /2017-01-04/);
    assert.match(hover.contents.value, /Wednesday, 4 January 2017/);
    assert.match(hover.contents.value, /Resolved against 2017-01-05 \(a dated photo caption\)/);
  });

  it('hovers a quote with its speaker and where the speaker is named', async () => {
    const hover: any = await s.request('textDocument/hover', { textDocument: { uri: s.uri(MINJOO) }, position: positionOf(text, 'What the Chinese side', 0, 5) });
    assert.match(hover.contents.value, /Quote\*\* by \*\*Wang Yi\*\*/);
    assert.match(hover.contents.value, /Attributed here to \[“he”\]/);
  });

  it('goes from a quote to its speaker, and lists every quote of the entity under the cursor', async () => {
    const uri = s.uri(MINJOO);
    const def: any = await s.request('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'What the Chinese side', 0, 3) });
    assert.deepEqual(def.range.start, positionOf(text, 'Wang Yi', 0, 0), 'the speaker "he" resolves to Wang Yi, first named on line 1');
    const quotes: any = await s.request('articleAnnotator/quotesOf', { uri, position: positionOf(text, 'said Wang', 0, 6) });
    assert.equal(quotes.name, 'Wang Yi');
    assert.deepEqual(quotes.quotes.map((q: any) => q.speakerText), ['he', 'the minister']);
  });

  it('lists People, Places, Dates and Quotes in the outline, each entity once with its count', async () => {
    const symbols: any[] = await s.request('textDocument/documentSymbol', { textDocument: { uri: s.uri(MINJOO) } });
    const names = symbols.map((x) => x.name);
    for (const g of ['People', 'Places', 'Dates', 'Quotes']) assert.ok(names.includes(g), `${g} group in ${names}`);
    const people = symbols.find((x) => x.name === 'People').children;
    const wang = people.filter((p: any) => p.name === 'Wang Yi');
    assert.equal(wang.length, 1);
    assert.match(wang[0].detail, /^\d+ mentions · also Wang/);
    const quotes = symbols.find((x) => x.name === 'Quotes').children;
    assert.ok(quotes.some((q: any) => q.name === 'Wang Yi'), 'quotes grouped by speaker');
  });

  it('goes from a surname to the first full-name mention, and finds every mention of the entity', async () => {
    const uri = s.uri(MINJOO);
    const position = positionOf(text, 'said Wang', 0, 6);
    const def: any = await s.request('textDocument/definition', { textDocument: { uri }, position });
    assert.deepEqual(def.range.start, positionOf(text, 'Wang Yi', 0, 0));
    const refs: any[] = await s.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
    assert.ok(refs.length >= 5, `${refs.length} references`);
    const highlights: any[] = await s.request('textDocument/documentHighlight', { textDocument: { uri }, position });
    assert.equal(highlights.length, refs.length);
  });

  it('links THAAD to its expansion for references', async () => {
    const uri = s.uri(MINJOO);
    const refs: any[] = await s.request('textDocument/references', { textDocument: { uri }, position: positionOf(text, 'THAAD', 2, 1), context: { includeDeclaration: true } });
    const lines = text.split('\n');
    const texts = refs.map((r) => lines[r.range.start.line].slice(r.range.start.character, r.range.end.character));
    assert.ok(texts.includes('Terminal High Altitude Area Defense'), texts.join('|'));
    assert.ok(texts.filter((t) => t === 'THAAD').length >= 4);
  });

  it('offers tagging quick fixes and saves the chosen one in a W3C sidecar next to the article', async () => {
    const uri = s.uri(MINJOO);
    const start = positionOf(text, 'Seongju', 0, 0);
    const range = { start, end: { line: start.line, character: start.character + 'Seongju'.length } };
    const actions: any[] = await s.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
    const titles = actions.map((a) => a.title);
    const retype = actions.find((a) => a.title === 'Change “Seongju” to organization') ?? actions.find((a) => a.title === 'Tag “Seongju” as organization');
    assert.ok(retype, titles.join(' | '));
    await s.request('workspace/executeCommand', retype.command);
    const sidecar = JSON.parse(fs.readFileSync(`${s.file(MINJOO)}.annotations.json`, 'utf8'));
    assert.equal(sidecar['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(sidecar.type, 'AnnotationCollection');
    assert.equal(sidecar.total, 1);
    const item = sidecar.first.items[0];
    assert.equal(item.body.value, 'organization');
    assert.equal(item.target.source, `urn:article:${encodeURIComponent(MINJOO)}`);
    assert.ok(item.creator?.name, 'the creator defaults to the OS user');
    const quote = item.target.selector.find((x: any) => x.type === 'TextQuoteSelector');
    assert.equal(quote.exact, 'Seongju');
    const hover: any = await s.request('textDocument/hover', { textDocument: { uri }, position: { line: start.line, character: start.character + 2 } });
    assert.match(hover.contents.value, /organization/);
    assert.match(hover.contents.value, /tagged by you|confirmed by you/);
  });

  it('refuses a quick fix offered for an older version of the article', async () => {
    const uri = s.uri(MINJOO);
    const before = fs.readFileSync(`${s.file(MINJOO)}.annotations.json`, 'utf8');
    const seen = s.notifications.length;
    await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.tag', arguments: [{ uri, version: 1, start: 0, end: 7, label: 'person' }] });
    assert.equal(fs.readFileSync(`${s.file(MINJOO)}.annotations.json`, 'utf8'), before);
    assert.ok(s.notifications.slice(seen).some((n) => n.method === 'window/showMessage' && /changed since/.test(n.params.message)));
  });

  it('moves saved annotations with edits and writes the new positions when the article is saved', async () => {
    const uri = s.uri(MINJOO);
    const at = { line: 0, character: 0 };
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 10 }, contentChanges: [{ range: { start: at, end: at }, text: 'NEW LINE\n' }] });
    await s.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await s.waitFor(() => {
      const sc = JSON.parse(fs.readFileSync(`${s.file(MINJOO)}.annotations.json`, 'utf8'));
      const pos = sc.first.items[0].target.selector.find((x: any) => x.type === 'TextPositionSelector');
      return pos.start === text.indexOf('Seongju') + 'NEW LINE\n'.length;
    });
  });

  it('never overwrites a sidecar that does not parse, and says where it is broken', async () => {
    const broken = '{ "type": "AnnotationCollection", oops }';
    fs.writeFileSync(`${s.file(KANG)}.annotations.json`, broken);
    const seen = s.notifications.length;
    const uri = await s.open(KANG);
    const diag = await s.waitFor(() => s.notifications.slice(seen).find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri && n.params.diagnostics.length));
    assert.match(diag.params.diagnostics[0].message, /annotations\.json, line 1, column \d+/);
    assert.ok(s.notifications.slice(seen).some((n) => n.method === 'window/showMessage' && n.params.type === 1));
    await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.tag', arguments: [{ uri, version: 1, start: 0, end: 5, label: 'location' }] });
    assert.equal(fs.readFileSync(`${s.file(KANG)}.annotations.json`, 'utf8'), broken);
  });

  it('offers "Set the value of" on a date; the value set is saved, shown, and taken off again with an empty one', async () => {
    const name = 'date-value.article';
    fs.writeFileSync(s.file(name), text);
    const uri = await s.open(name, text);
    const start = positionOf(text, 'on Wednesday reiterated', 0, 3);
    const range = { start, end: { line: start.line, character: start.character + 'Wednesday'.length } };
    const actions: any[] = await s.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
    const ask = actions.find((a) => a.title === 'Set the value of “Wednesday”… (now 2017-01-04)');
    assert.ok(ask, actions.map((a) => a.title).join(' | '));
    assert.equal(ask.command.command, 'articleAnnotator.askDateValue');
    const hoverText = async () => ((await s.request('textDocument/hover', { textDocument: { uri }, position: { line: start.line, character: start.character + 2 } })) as any).contents.value as string;
    const set = (value: string) => s.request('workspace/executeCommand', { command: 'articleAnnotator.server.setDateValue', arguments: [{ ...ask.command.arguments[0], value }] });
    assert.equal(await set('2017-01-11'), true);
    assert.match(fs.readFileSync(`${s.file(name)}.annotations.json`, 'utf8'), /"purpose": "describing",\s*"value": "2017-01-11"/);
    await s.waitFor(async () => /Wednesday, 11 January 2017/.test(await hoverText()));
    const seen = s.notifications.length;
    assert.equal(await set('next week'), false);
    assert.ok(s.notifications.slice(seen).some((n) => n.method === 'window/showMessage' && /not a TIMEX3 value/.test(n.params.message)));
    assert.equal(await set(''), true);
    await s.waitFor(async () => /Wednesday, 4 January 2017/.test(await hoverText()));
  });

  it('shows the resolved date after relative dates as inlay hints', async () => {
    const hints: any[] = await s.request('textDocument/inlayHint', { textDocument: { uri: s.uri(MINJOO) }, range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } } });
    assert.ok(hints.some((h) => h.label.trim() === '2017-01-04'), JSON.stringify(hints.map((h) => h.label)));
  });
});
