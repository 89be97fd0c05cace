import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { monthWordNames } from '../../../server/src/analysis/entities/monthWordNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of British and American political news.

const analyzer = createAnalyzer();

test('a month word right after a person\'s name is the rest of it ("Theresa" + "May" → "Theresa May")', () => {
  const text = 'Former prime minister Theresa May met European leaders in Brussels.';
  assert.deepEqual(shown(text, monthWordNames(text, [at(text, 'Theresa', 'person'), at(text, 'Brussels', 'location')])), ['Theresa May/person', 'Brussels/location']);
});

test('a month word right before a person\'s name opens it, unless a word of time governs it ("June Carter" but "in June Li Qiang")', () => {
  const text = 'Singer June Carter recorded the song. In June Li Qiang visited Berlin, and on 5 April Wang Yi arrived.';
  const ms = [at(text, 'Carter', 'person'), at(text, 'Li Qiang', 'person'), at(text, 'Wang Yi', 'person')];
  assert.deepEqual(shown(text, monthWordNames(text, ms)), ['June Carter/person', 'Li Qiang/person', 'Wang Yi/person']);
});

test('a day, a year or a capitalized word after the month word keeps it out of the name ("Xi Jinping May Visit Japan")', () => {
  const text = 'Xi Jinping May Visit Japan\nThe envoy met Wang Yi May 12 in Beijing.';
  const ms = [at(text, 'Xi Jinping', 'person'), at(text, 'Wang Yi', 'person')];
  assert.deepEqual(shown(text, monthWordNames(text, ms)), ['Xi Jinping/person', 'Wang Yi/person']);
});

test('after a title the month word is a name by itself ("Ms May", "Mrs. May")', () => {
  const text = '"We will deliver," Ms May said. Mrs. May is due in Paris on May 12.';
  assert.deepEqual(shown(text, monthWordNames(text, [at(text, 'Paris', 'location')])), ['May/person', 'May/person', 'Paris/location']);
});

test('a person and the month in one article: the name alone is the person, "in May" stays the month', () => {
  const a = analyzer.analyze('British Prime Minister Theresa May met European leaders in Brussels on Tuesday.\n\n'
    + 'May said the deal was fair, and May later told parliament that the talks would resume in May.');
  const may = a.entities.find((e) => e.name === 'Theresa May');
  assert.ok(may, a.entities.map((e) => e.name).join(', '));
  assert.equal(may.type, 'person');
  assert.equal(may.mentions.length, 3);
  assert.deepEqual(a.dates.map((d) => `${d.text} ${d.value}`), [`Tuesday ${a.dates[0].value}`, `May ${a.dates[1].value}`]);
  assert.equal(a.dates[1].start, a.text.lastIndexOf('May'));
});
