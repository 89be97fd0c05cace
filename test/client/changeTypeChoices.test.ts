import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeTypeChoices, keyDescription, tagPickerTitle } from '../../client/src/changeTypeChoices';

test('"Change Type…" on a detected nationality says it is an other name now, in the title and on its row', () => {
  const { title, choices } = changeTypeChoices({ kind: 'entity', label: 'misc', text: 'Brazilian' });
  assert.equal(title, '“Brazilian” (now other name) is…');
  assert.deepEqual(choices.filter((c) => c.description.endsWith('· now')).map((c) => c.title), ['Other name']);
  // The keys stay where they were: P is still Person, X still rejects.
  assert.equal(choices.find((c) => c.key === 'P')?.label, 'person');
  assert.equal(choices.find((c) => c.key === 'X')?.label, 'none');
});

test('"Change Type…" on a date offers to keep it as a date, in words, or to reject it', () => {
  const { title, choices } = changeTypeChoices({ kind: 'date', label: 'date', text: 'last Thursday' });
  assert.equal(title, '“last Thursday” (now date) is…');
  assert.deepEqual(choices.map((c) => c.title), ['Keep as date', 'Reject']);
});

test('"Tag Selection…" on a detected name says its type now in the title and marks that label; on other words it says nothing', () => {
  assert.equal(tagPickerTitle('Mombasa', 'location'), 'Tag “Mombasa” (now place)');
  assert.equal(keyDescription('L', 'location', 'location'), '[L] · now');
  assert.equal(keyDescription('P', 'person', 'location'), '[P]');
  assert.equal(tagPickerTitle('harvest', undefined), 'Tag “harvest”');
  assert.equal(keyDescription('L', 'location', undefined), '[L]');
});
