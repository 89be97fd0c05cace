import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { LspSession } from './lspSession';

/** The Entities view's "Change Type of Every Mention…": all of an entity's mentions retyped at once. */
describe('changing the type of every mention of an entity', () => {
  let s: LspSession;
  const name = 'chip-deal.article';
  const text =
    'Nvidia chief Jensen Huang visits Hanoi\nCGTN\n["tech"]\n' +
    'Nvidia chief executive Jensen Huang arrived in Hanoi on Monday to discuss a chip packaging plant with Vietnamese officials.\n' +
    'Huang said the company would train local engineers, and Hanoi welcomed the plan.\n';
  before(async () => {
    s = await LspSession.start();
    fs.writeFileSync(s.file(name), text);
  });
  after(async () => {
    await s.stop();
  });
  const entities = async (uri: string) => ((await s.request('articleAnnotator/entityTree', { uri })) as any).entities as any[];

  it('retypes every mention (the full name and the surname alone), says how many, and is undone in one step', async () => {
    const uri = await s.open(name, text);
    const huang = (await entities(uri)).find((e) => e.name === 'Jensen Huang');
    assert.ok(huang, 'Jensen Huang is an entity');
    assert.ok(huang.mentions.length >= 3, `mentions: ${huang.mentions.map((m: any) => m.text).join(', ')}`);
    const seen = s.notifications.length;
    const spans = huang.mentions.map((m: any) => ({ start: m.start, end: m.end }));
    const tagged = await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.tagSpans', arguments: [{ uri, version: 1, spans, label: 'organization', name: 'Jensen Huang' }] });
    assert.equal(tagged, spans.length);
    const messages = await s.waitFor(() => {
      const m = s.notifications.slice(seen).filter((n) => n.method === 'window/showMessage').map((n) => n.params.message as string);
      return m.length && m;
    });
    assert.deepEqual(messages, [`Article Annotator: tagged ${spans.length} mentions of “Jensen Huang” as organization`]);
    const saved = JSON.parse(fs.readFileSync(`${s.file(name)}.annotations.json`, 'utf8')).first.items;
    assert.deepEqual(saved.map((a: any) => a.body.value), spans.map(() => 'organization'));
    // One undo takes them all back.
    await s.request('workspace/executeCommand', { command: 'articleAnnotator.server.undo', arguments: [{ uri, version: 1 }] });
    const after = JSON.parse(fs.readFileSync(`${s.file(name)}.annotations.json`, 'utf8')).first?.items ?? [];
    assert.equal(after.length, 0);
  });

  it('refuses spans outside the text as a whole, tagging none of them', async () => {
    const uri = s.uri(name);
    const result = await s.request('workspace/executeCommand', {
      command: 'articleAnnotator.server.tagSpans',
      arguments: [{ uri, version: 1, spans: [{ start: 0, end: 6 }, { start: text.length, end: text.length + 4 }], label: 'none', name: 'Nvidia' }],
    });
    assert.equal(result, 0);
  });
});
