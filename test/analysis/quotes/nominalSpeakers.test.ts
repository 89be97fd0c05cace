import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const speakerOf = (text: string, specs: EntitySpec[], i = 0) => findQuotes(quoteInput(text, specs))[i]?.speaker;
const person = (name: string, forms = [name], roles: string[] = []): EntitySpec => ({ name, type: 'person', forms, roles });
const demonym = (name: string): EntitySpec => ({ name, type: 'misc', forms: [name] });

test('a nationality in a nominal speaker is no speaker: "the Italian minister" resolves by its head noun', () => {
  const text = 'Italian Interior Minister Matteo Piantedosi met his counterparts in Rome on Monday. "We will not accept arrivals without a plan," the Italian minister said.';
  const s = speakerOf(text, [demonym('Italian'), person('Matteo Piantedosi', ['Matteo Piantedosi'], ['italian interior minister', 'interior minister', 'minister'])]);
  assert.equal(s?.text, 'the Italian minister');
  assert.equal(s?.name, 'Matteo Piantedosi');
});

test('a nominal speaker with a nationality and no fitting person keeps no entity ("the Spanish coach")', () => {
  const s = speakerOf('Real Betis lost 3-0 at home. "We were not good enough today," the Spanish coach said.', [{ name: 'Real Betis', type: 'organization', forms: ['Real Betis'] }, demonym('Spanish')]);
  assert.equal(s?.text, 'the Spanish coach');
  assert.equal(s?.entity, null);
});

test('"the Brazilian" is the person the article introduced with that nationality', () => {
  const text = 'Flamengo signed Brazilian forward Gabriel Barbosa on Friday, and coach Filipe Luis welcomed him. "I am happy to be back," the Brazilian said.';
  const s = speakerOf(text, [{ name: 'Flamengo', type: 'organization', forms: ['Flamengo'] }, demonym('Brazilian'), person('Gabriel Barbosa'), person('Filipe Luis')]);
  assert.equal(s?.name, 'Gabriel Barbosa');
});

test('a name apposed to a nominal speaker wins over it ("said the 39-year-old Portuguese, Cristiano Ronaldo,")', () => {
  const s = speakerOf('"I still feel young," said the 39-year-old Portuguese, Cristiano Ronaldo, after the match.', [demonym('Portuguese'), person('Cristiano Ronaldo')]);
  assert.equal(s?.text, 'Cristiano Ronaldo');
  assert.equal(s?.name, 'Cristiano Ronaldo');
});

test('a role phrase resolves to the holder of that full role, not the last person with the same head noun ("the prime minister")', () => {
  const text = 'Prime Minister Mark Carney arrived in Ottawa on Monday. Foreign Minister Anita Anand joined him later. "We will build more homes," the prime minister said.';
  const s = speakerOf(text, [person('Mark Carney', ['Mark Carney'], ['prime minister', 'minister']), person('Anita Anand', ['Anita Anand'], ['foreign minister', 'minister'])]);
  assert.equal(s?.name, 'Mark Carney');
});

test('an indefinite nominal speaker brings in someone new and resolves to no entity ("a Mexican official")', () => {
  const text = 'President Claudia Sheinbaum spoke on Monday. "We will respond calmly," a Mexican official said.';
  const s = speakerOf(text, [person('Claudia Sheinbaum', ['Claudia Sheinbaum'], ['president', 'official']), demonym('Mexican')]);
  assert.equal(s?.text, 'a Mexican official');
  assert.equal(s?.entity, null);
});

test('"the pontiff" is the pope the article named', () => {
  const text = 'Pope Leo visited Beirut on Sunday. "Peace is possible," the pontiff said.';
  const s = speakerOf(text, [person('Leo', ['Leo'], ['pope']), { name: 'Beirut', type: 'location', forms: ['Beirut'] }]);
  assert.equal(s?.name, 'Leo');
});

test('a name apposed to a role noun before the verb is the speaker ("The spokesperson, Mao Ning, added …")', () => {
  const text = 'The embassy answered on Tuesday. The spokesperson, Mao Ning, added that Beijing "firmly opposes" the sanctions.';
  const s = speakerOf(text, [person('Mao Ning')]);
  assert.equal(s?.text, 'Mao Ning');
});

test('a name apposed to a role with a long complement after the quotation is the speaker ("the spokesman for …, Farhan Haq, told reporters")', () => {
  const text = '"We are deeply concerned," the spokesman for UN Secretary-General Antonio Guterres, Farhan Haq, told reporters.';
  const s = speakerOf(text, [person('Antonio Guterres'), person('Farhan Haq')]);
  assert.equal(s?.text, 'Farhan Haq');
  assert.equal(s?.name, 'Farhan Haq');
});
