import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { surnamePeople } from '../../../server/src/analysis/entities/surnamePeople';
import type { RawMention } from '../../../server/src/analysis/types';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: RawMention[]) => surnamePeople(text, ms).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('a Chinese surname the tagger missed that acts as a person ("Xi delivered a keynote speech") becomes a person', () => {
  assert.deepEqual(names('Xi delivered a keynote speech at the opening ceremony of the expo.'), ['Xi/person']);
  const text = 'Xi and Putin signed a joint statement in the Kremlin.';
  assert.deepEqual(show(text, [at(text, 'Putin', 'person'), at(text, 'Kremlin', 'location')]), ['Xi/person', 'Putin/person', 'Kremlin/location']);
});

test('a Chinese surname acts after an adverb, a modal or a weekday ("Xi will hold talks", "Wang on Monday said")', () => {
  const text = 'Xi will hold talks with Lula on Tuesday. Wang on Monday said the visit was a success. Xi also sent a message.';
  const ms = [at(text, 'Xi', 'organization'), at(text, 'Lula', 'person'), at(text, 'Wang', 'organization'), at(text, 'Xi', 'organization', 'detected', 50)];
  assert.deepEqual(show(text, ms), ['Xi/person', 'Lula/person', 'Wang/person', 'Xi/person']);
});

test('a Chinese surname someone meets is a person, whoever the subject ("The British prime minister met Xi")', () => {
  const text = 'The British prime minister met Xi on the sidelines of the G20 summit.';
  assert.deepEqual(show(text, [at(text, 'British', 'misc'), at(text, 'Xi', 'organization'), at(text, 'G20', 'organization')]),
    ['British/misc', 'Xi/person', 'G20/organization']);
});

test('the pronoun "He" and a surname inside a run of capitalized words ("The Sun said", "Hong Kong said") make no person', () => {
  const text = 'He said the talks were candid. The Sun said the deal was off. Officials in Hong Kong said little. Wang Yi will visit Paris.';
  // "Wang Yi", a surname and a pinyin given name that act, is one person, never "Wang" alone.
  assert.deepEqual(show(text, [at(text, 'Paris', 'location')]), ['Wang Yi/person', 'Paris/location']);
});

test('a Chinese full name after a possessive ("China\'s Pan Zhanle") is a person, like one standing alone', () => {
  const text = "China's Pan Zhanle set a world record in the men's 100m freestyle final.";
  assert.deepEqual(show(text, [at(text, 'China', 'location'), at(text, 'Pan Zhanle', 'organization')]), ['China/location', 'Pan Zhanle/person']);
});

test('a name with an age in apposition or a player\'s world ranking is a person ("Zheng, 21,", "world No.1 Iga Swiatek")', () => {
  const text = 'Swiatek, 23, lost in the semifinals. The result stunned world No.1 Aryna Sabalenka, who had won in Melbourne.';
  const ms = [at(text, 'Swiatek', 'organization'), at(text, 'Aryna Sabalenka', 'organization'), at(text, 'Melbourne', 'location')];
  assert.deepEqual(show(text, ms), ['Swiatek/person', 'Aryna Sabalenka/person', 'Melbourne/location']);
});

test('a photo caption showing a name speaking or posing makes it a person, its surname alone too ("Elon Musk speaks at …")', () => {
  const text = "Elon Musk's xAI raised 6 billion dollars. Musk has said the startup will build a supercomputer.\n"
    + 'Elon Musk speaks at a technology conference in Paris, June 16, 2023. /CFP';
  assert.deepEqual(names(text).filter((n) => n.includes('Musk')), ['Elon Musk/person', 'Musk/person', 'Elon Musk/person']);
});

test('an amount, a score and a place stay what they are ("Marines, 4,500 U.S. troops", "Brazil, 2,")', () => {
  const text = 'Engineers and Marines, 4,500 U.S. troops in all, landed. World No. 3 Brazil, 2, beat Spain.';
  const ms = [at(text, 'Marines', 'organization'), at(text, 'U.S.', 'location'), at(text, 'Brazil', 'location'), at(text, 'Spain', 'location')];
  assert.deepEqual(show(text, ms), ['Marines/organization', 'U.S./location', 'Brazil/location', 'Spain/location']);
});

test('a noun that is also a caption verb makes no person ("made Nazi gestures at the camp")', () => {
  const text = 'Two guards made Nazi gestures at the camp, the inquiry found.';
  assert.deepEqual(show(text, [at(text, 'Nazi', 'misc')]), ['Nazi/misc']);
});
