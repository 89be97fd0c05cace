import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retypeDocumentNames } from '../../../server/src/analysis/entities/documentNames';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';

test('"the Belt and Road Initiative" and "the Paris Agreement" are one misc name each; "the North Atlantic Treaty Organization" is not a treaty', () => {
  const cases: [string, string[]][] = [
    ['The Belt and Road Initiative was proposed in 2013.', ['Belt and Road Initiative/misc']],
    ['Leaders signed the Paris Agreement in 2015.', ['Paris Agreement/misc']],
    ['The North Atlantic Treaty Organization met in Brussels.', []],
    ['Treaty talks resumed on Monday.', []],
  ];
  for (const [text, expected] of cases) {
    const { tokens } = tokenize(text);
    // what a sentence tagger made of it: the parts of the name as places and organizations
    const detected: RawMention[] = /Belt/.test(text)
      ? [{ start: text.indexOf('Road'), end: text.indexOf(' was'), type: 'location', score: 0.4, origin: 'detected' }]
      : /Paris/.test(text) ? [{ start: text.indexOf('Paris'), end: text.indexOf('Paris') + 5, type: 'location', score: 0.9, origin: 'detected' }] : [];
    const out = retypeDocumentNames(text, detected, tokens).filter((m) => m.type === 'misc').map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
    assert.deepEqual(out, expected, text);
  }
});

test('a name a person tagged inside the run is left as it is', () => {
  const text = 'Leaders signed the Paris Agreement in 2015.';
  const { tokens } = tokenize(text);
  const user: RawMention[] = [{ start: text.indexOf('Paris'), end: text.indexOf('Paris') + 5, type: 'location', score: 1, origin: 'user' }];
  assert.deepEqual(retypeDocumentNames(text, user, tokens), user);
});

test('a programme named for the UN or the world is the agency ("the World Food Programme"); other programmes stay misc', () => {
  const text = 'The World Food Programme and the UN Development Programme backed the Artemis Program and the Erasmus Programme.';
  const { tokens } = tokenize(text);
  const out = retypeDocumentNames(text, [], tokens).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
  assert.deepEqual(out, ['World Food Programme/organization', 'UN Development Programme/organization', 'Artemis Program/misc', 'Erasmus Programme/misc']);
});
