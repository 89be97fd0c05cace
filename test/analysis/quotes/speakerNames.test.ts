import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const speakerOf = (text: string, specs: EntitySpec[], i = 0) => findQuotes(quoteInput(text, specs))[i]?.speaker;
const person = (name: string, forms = [name]): EntitySpec => ({ name, type: 'person', forms });

test('a capitalised "Bin" ending a name is a given name, not a dropped particle ("head coach Cai Bin said")', () => {
  const text = 'Shanghai Port beat Beijing Guoan 2-1 on Saturday.\n"We never stopped running," head coach Cai Bin said.';
  const s = speakerOf(text, [{ name: 'Shanghai Port', type: 'organization', forms: ['Shanghai Port'] }, person('Cai Bin')]);
  assert.equal(s?.text, 'head coach Cai Bin');
  assert.equal(s?.name, 'Cai Bin');
  assert.equal(speakerOf('"The terminal will double our capacity," said Mohammed Bin, the operations director.', [person('Mohammed Bin')])?.text, 'Mohammed Bin');
});

test('lower-case particles glue the words of a name around them ("Ursula von der Leyen said")', () => {
  const vdl = person('Ursula von der Leyen');
  assert.equal(speakerOf('"Europe will not back down," Ursula von der Leyen said on Tuesday.', [vdl])?.text, 'Ursula von der Leyen');
  assert.equal(speakerOf('"Europe must stay open for trade," said Ursula von der Leyen.', [vdl])?.text, 'Ursula von der Leyen');
  assert.equal(speakerOf('Commission President Ursula von der Leyen said the bloc would "stand firm" on its targets.', [vdl])?.text, 'Commission President Ursula von der Leyen');
  assert.equal(speakerOf('"The region needs calm," Abdullah bin Zayed told reporters.', [person('Abdullah bin Zayed')])?.text, 'Abdullah bin Zayed');
  // a surname may open with its particle
  const silva = person('Marta da Silva', ['Marta da Silva', 'da Silva']);
  assert.equal(speakerOf('The fund will grow next year, da Silva said. "We have the money."', [silva])?.text, 'da Silva');
});

test('a long title with "for" in it stays one phrase before the name it belongs to', () => {
  const kerry = person('John Kerry');
  const us: EntitySpec = { name: 'US', type: 'location', forms: ['US'] };
  const before = speakerOf('US Special Presidential Envoy for Climate John Kerry called the deal "a turning point for the planet."', [us, kerry]);
  assert.equal(before?.text, 'US Special Presidential Envoy for Climate John Kerry');
  assert.equal(before?.name, 'John Kerry');
  const after = speakerOf('"This is a turning point for the planet," said US Special Presidential Envoy for Climate John Kerry.', [us, kerry]);
  assert.equal(after?.name, 'John Kerry');
  // a title of more than seven words still reaches the name at its end
  const deputy = speakerOf('"The talks made real progress," said US Deputy Special Presidential Envoy for Climate Sue Biniaz.', [us, person('Sue Biniaz')]);
  assert.equal(deputy?.text, 'US Deputy Special Presidential Envoy for Climate Sue Biniaz');
  assert.equal(deputy?.name, 'Sue Biniaz');
});
