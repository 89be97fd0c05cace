import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const speakerOf = (text: string, specs: EntitySpec[], i = 0) => findQuotes(quoteInput(text, specs))[i]?.speaker;
const person = (name: string, forms = [name], roles: string[] = []): EntitySpec => ({ name, type: 'person', forms, roles });
const org = (name: string, forms = [name]): EntitySpec => ({ name, type: 'organization', forms });

test('a news agency quoting someone is not the speaker: "Tass quoted Dmitry Peskov as saying that …"', () => {
  const specs = [org('Tass'), person('Dmitry Peskov')];
  assert.equal(speakerOf('Tass quoted Dmitry Peskov as saying that "the talks are over for now."', specs)?.name, 'Dmitry Peskov');
  assert.equal(speakerOf('Tass quoted Dmitry Peskov as telling reporters, "We have no plans to change course."', specs)?.name, 'Dmitry Peskov');
  assert.equal(speakerOf('Dmitry Peskov was quoted by Tass as saying: "We have no plans to change course."', specs)?.name, 'Dmitry Peskov');
});

test('a statement or spokesperson "from"/"for" an organization resolves to the organization', () => {
  const ministry = org('Ministry of Economy');
  const germany: EntitySpec = { name: 'Germany', type: 'location', forms: ['Germany'] };
  const s = speakerOf('Exports are expected to "remain under pressure," according to a statement from Germany\'s Ministry of Economy.', [germany, ministry]);
  assert.equal(s?.text, 'a statement');
  assert.equal(s?.name, 'Ministry of Economy');
  const t = speakerOf('"We reject the charges," a spokesperson for the European Commission said on Monday.', [org('European Commission')]);
  assert.equal(t?.name, 'European Commission');
  // a person's lawyer speaks for the person, but is not the person
  const u = speakerOf('"My client is innocent," a lawyer for Dmitry Peskov said.', [person('Dmitry Peskov')]);
  assert.equal(u?.entity, null);
});

test('the subject before an aside speaks, not a name inside the aside ("X, speaking alongside her counterpart, Y, said")', () => {
  const specs = [person('Penny Wong'), person('David Lammy')];
  const text = 'Penny Wong, speaking in Canberra alongside her British counterpart, David Lammy, said Australia "must be ready."';
  assert.equal(speakerOf(text, specs)?.name, 'Penny Wong');
  const other = 'Penny Wong, who met the editor of the city\'s largest newspaper, the Canberra Times, said it was "a good talk."';
  assert.equal(speakerOf(other, [...specs, org('Canberra Times')])?.name, 'Penny Wong');
});

test('after an adverbial aside with commas, the name right before the verb is the subject ("In Reno, after the vote in the state senate, Gov. Ann Lutz, said")', () => {
  const text = 'In Reno, after the vote in the state senate, Gov. Ann Lutz, said, "We will sign it this week."';
  assert.equal(speakerOf(text, [{ name: 'Reno', type: 'location', forms: ['Reno'] }, person('Ann Lutz')])?.name, 'Ann Lutz');
});

test('a partial quotation closing a sentence keeps the "X said" of its own sentence over the next sentence', () => {
  const text = 'Mao Ning said Beijing would take "firm and forceful measures." Her colleague Lin Jian made similar remarks on Friday.';
  assert.equal(speakerOf(text, [person('Mao Ning'), person('Lin Jian')])?.name, 'Mao Ning');
});
