import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const quotesOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs));
const textsOf = (text: string) => quotesOf(text).map((q) => q.text);

test('single curly marks with a reporting verb after them are a quotation: ‘…,’ the spokesperson said', () => {
  const q = quotesOf('Beijing lodged a protest over the tariffs on Tuesday. ‘We will respond firmly,’ the spokesperson said.');
  assert.deepEqual(q.map((x) => x.text), ['‘We will respond firmly,’']);
  assert.equal(q[0].speaker?.text, 'the spokesperson');
});

test('single marks after "said:" are a quotation, and the one who said it is the speaker', () => {
  const WANG: EntitySpec = { name: 'Wang Yi', type: 'person', forms: ['Wang Yi', 'Wang'] };
  const q = quotesOf('Wang Yi met his Iranian counterpart on Monday. Wang said: ‘Dialogue is the only way out.’', [WANG]);
  assert.deepEqual(q.map((x) => x.text), ['‘Dialogue is the only way out.’']);
  assert.equal(q[0].speaker?.name, 'Wang Yi');
});

test('straight single marks as the outer marks of speech: \'…,\' said X', () => {
  const MENDES: EntitySpec = { name: 'Carlos Mendes', type: 'person', forms: ['Carlos Mendes'] };
  const q = quotesOf("The coach was upbeat. 'We played with heart tonight,' said Carlos Mendes. 'It's been a long season.'", [MENDES]);
  assert.deepEqual(q.map((x) => x.text), ["'We played with heart tonight,'", "'It's been a long season.'"]);
  for (const x of q) assert.equal(x.speaker?.name, 'Carlos Mendes');
});

test('an article printed in single marks: its partial quotations count too, and a quotation over two paragraphs', () => {
  const text = [
    'Kenyan President William Ruto described the deal as ‘a turning point for our economy’. He said the railway would ‘change the lives of millions’.',
    'Transport Secretary Davis Chirchir said: ‘The line will be finished by 2027.',
    '‘Freight costs will fall by a third.’',
  ].join('\n');
  assert.deepEqual(textsOf(text), ['‘a turning point for our economy’', '‘change the lives of millions’', '‘The line will be finished by 2027.', '‘Freight costs will fall by a third.’']);
});

test('apostrophes never make a single-mark quotation: possessives, contractions, decades, rock \'n\' roll', () => {
  assert.deepEqual(textsOf("He spent the '80s and '90s in Hong Kong, where he didn't miss the city's rock 'n' roll bars, fans say."), []);
  assert.deepEqual(textsOf('The farmers’ union said China’s imports had fallen, and the players’ association said the ’90s were better.'), []);
  // a plural possessive inside the quotation does not close it
  assert.deepEqual(textsOf("'The players' union will decide,' its president said."), ["'The players' union will decide,'"]);
});

test('single marks without a reporting verb in a double-quoted article stay a term, not a quotation', () => {
  assert.deepEqual(textsOf('"We welcome investors," Li said. Officials said the ‘Belt and Road’ projects had created 20,000 jobs, and the ‘two sessions’ open in March.'), ['"We welcome investors,"']);
});

test('single marks nested in a double quotation, and double marks nested in a single one, stay inside it', () => {
  assert.deepEqual(textsOf('"We heard him shout \'get out now\' and then the roof collapsed," said resident Ahmed Karimi.'), ['"We heard him shout \'get out now\' and then the roof collapsed,"']);
  assert.deepEqual(textsOf('‘I told him, “You can do this,” and he did,’ said his mother, Sarah Ahmed.'), ['‘I told him, “You can do this,” and he did,’']);
});

test('a headline\'s bare label and colon before single marks is not evidence of speech', () => {
  assert.deepEqual(textsOf("A lesson from the champion: 'Never stop learning.'\nThe coach spoke to students on Monday."), []);
});

test('single marks inside speech left without double marks are a quotation within it, not one of their own', () => {
  assert.deepEqual(textsOf('A: Well, I think if you warn the farmers, \'The river will rise again tonight,\' they will move their herds.'), []);
});
