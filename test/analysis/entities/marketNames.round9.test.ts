import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actingCompanies } from '../../../server/src/analysis/entities/actingCompanies';
import { placeHeads } from '../../../server/src/analysis/entities/placeHeads';
import type { RawMention } from '../../../server/src/analysis/types';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: RawMention[]) => ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('a name whose shares move is a company ("Alphabet shares rose"), a market named by its people is not ("French shares")', () => {
  const text = 'Alphabet shares rose 3 percent while French shares fell and Swiss shares closed flat.';
  const ms = [at(text, 'Alphabet', 'misc'), at(text, 'French', 'misc'), at(text, 'Swiss', 'misc')];
  assert.deepEqual(show(text, actingCompanies(text, ms)), ['Alphabet/organization', 'French/misc', 'Swiss/misc']);
});

test('"the Global South" is a part of the world, as "the Middle East" is', () => {
  const text = 'China is a natural member of the Global South, leaders said in the Middle East.';
  const ms = [at(text, 'China', 'location'), at(text, 'Global South', 'organization'), at(text, 'Middle East', 'location')];
  assert.deepEqual(show(text, placeHeads(text, ms)), ['China/location', 'Global South/location', 'Middle East/location']);
});
