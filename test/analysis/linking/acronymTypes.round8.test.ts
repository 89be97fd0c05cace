import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkMentions } from '../../../server/src/analysis/linking/linkMentions';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { EntityType, RawMention } from '../../../server/src/analysis/types';
import { spanOf } from '../../helpers/samples';

function link(text: string, mentions: [string, EntityType, number?][]) {
  const raw: RawMention[] = mentions.map(([t, type, n]) => ({ ...spanOf(text, t, n ?? 0), origin: 'detected' as const, type }));
  return linkMentions(text, raw, tokenize(text).tokens);
}

test('an acronym typed apart from its expansion ("PRC" an organization) joins it and takes its type', () => {
  const text = "The People's Republic of China was founded in 1949. The PRC has since become a major trading power.";
  const r = link(text, [["People's Republic of China", 'location'], ['PRC', 'organization']]);
  const prc = r.mentions.find((m) => m.text === 'PRC')!;
  assert.equal(r.entities[prc.entity].name, "People's Republic of China");
  assert.equal(prc.type, 'location');
});

test('two names of other types with those initials, or a two-letter acronym, leave the acronym alone', () => {
  const text = 'A National Basketball Association star won one of the National Book Awards; NBA fans cheered. The UN said so, in the United Nations building.';
  const r = link(text, [['National Basketball Association', 'organization'], ['National Book Awards', 'misc'], ['NBA', 'person'], ['UN', 'location'], ['United Nations', 'organization']]);
  assert.equal(r.mentions.find((m) => m.text === 'NBA')!.type, 'person');
  assert.equal(r.mentions.find((m) => m.text === 'UN')!.type, 'location');
});
