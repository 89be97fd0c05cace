import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkMentions } from '../../../server/src/analysis/linking/linkMentions';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { EntityType, RawMention } from '../../../server/src/analysis/types';
import { spanOf } from '../../helpers/samples';

function link(text: string, mentions: [string, EntityType, number?][]) {
  const raw: RawMention[] = mentions.map(([t, type, n]) => ({ ...spanOf(text, t, n ?? 0), type }));
  return linkMentions(text, raw, tokenize(text).tokens);
}

test('the name a Brazilian leader goes by, inside his full name before "da", links to him ("Lula")', () => {
  const text = 'Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Monday. Lula met business leaders, and Lula later flew to Shanghai.';
  const r = link(text, [['Luiz Inacio Lula da Silva', 'person'], ['Beijing', 'location'], ['Lula', 'person', 1], ['Lula', 'person', 2], ['Shanghai', 'location']]);
  const lula = r.entities[r.mentions.find((m) => m.text === 'Lula')!.entity];
  assert.equal(lula.name, 'Luiz Inacio Lula da Silva');
  assert.equal(lula.mentions.length, 3);
});

test('the surname after the particle still links as the tail, and another person sharing a given name stays apart', () => {
  const text = 'Luiz Inacio Lula da Silva spoke. Silva, a farmer from Bahia, listened. Inacio Ramos was there too.';
  const r = link(text, [['Luiz Inacio Lula da Silva', 'person'], ['Silva', 'person', 1], ['Bahia', 'location'], ['Inacio Ramos', 'person']]);
  assert.equal(r.entities[r.mentions.find((m) => m.text === 'Silva')!.entity].name, 'Luiz Inacio Lula da Silva');
  assert.equal(r.entities[r.mentions.find((m) => m.text === 'Inacio Ramos')!.entity].name, 'Inacio Ramos');
});
