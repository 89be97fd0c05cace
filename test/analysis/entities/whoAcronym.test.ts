import assert from 'node:assert/strict';
import { test } from 'node:test';
import { whoAcronym } from '../../../server/src/analysis/entities/whoAcronym';
import type { RawMention } from '../../../server/src/analysis/types';

const show = (text: string, ms: RawMention[]) => ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('"the WHO" and "WHO chief Tedros" in running text are the organization', () => {
  const text = 'The WHO said the outbreak was over, and WHO chief Tedros thanked the health workers.';
  const tedros: RawMention = { start: text.indexOf('Tedros'), end: text.indexOf('Tedros') + 6, type: 'person', score: 0.9, origin: 'detected' };
  assert.deepEqual(show(text, whoAcronym(text, [tedros])), ['WHO/organization', 'WHO/organization', 'Tedros/person']);
});

test('a headline in capitals keeps its pronoun, and a mention already there is left as it is', () => {
  assert.deepEqual(whoAcronym('WHO IS TO BLAME FOR THE FLOODS?\nOfficials met on Monday.', []), []);
  const text = 'The WHO said so.';
  const user: RawMention[] = [{ start: 4, end: 7, type: 'misc', score: 1, origin: 'user' }];
  assert.deepEqual(whoAcronym(text, user), user);
});
