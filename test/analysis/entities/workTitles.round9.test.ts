import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { workTitles } from '../../../server/src/analysis/entities/workTitles';
import type { RawMention } from '../../../server/src/analysis/types';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: RawMention[]) => workTitles(text, ms).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
const analyzer = createAnalyzer();

test('a quoted title after "film", "song", "documentary titled" is one misc name, whatever was detected inside', () => {
  const text = 'The film "Ne Zha 2" led the box office; her song "Flowers" topped the charts, and a documentary titled "Home in the Mountains" premiered in Shanghai.';
  const ms = [at(text, 'Ne Zha', 'organization'), at(text, 'Mountains', 'location'), at(text, 'Shanghai', 'location')];
  assert.deepEqual(show(text, ms), ['Ne Zha 2/misc', 'Flowers/misc', 'Home in the Mountains/misc', 'Shanghai/location']);
});

test('titles listed after the first are titles too ("the films "A" and "B"")', () => {
  const text = 'Holiday hits included the films "Detective Chinatown 1900", "Creation of the Gods II" and "Boonie Bears: Future Reborn".';
  assert.deepEqual(show(text, []), ['Detective Chinatown 1900/misc', 'Creation of the Gods II/misc', 'Boonie Bears: Future Reborn/misc']);
});

test('quotations that are not titles of works stay as detected (an editorial\'s title, "called" a slogan, a quote)', () => {
  const text = 'An editorial entitled "A Costly Mistake" ran on Monday. Lin called "Taiwan independence" a dead end. '
    + 'He said "China is ready to talk."';
  const ms = [at(text, 'Lin', 'person'), at(text, 'Taiwan', 'location'), at(text, 'China', 'location')];
  assert.deepEqual(workTitles(text, ms), ms);
});

test('a quoted game title with a colon is one name in the whole pipeline', () => {
  const names = analyzer.analyze('The game "Black Myth: Wukong" sold 10 million copies in three days.').mentions.map((m) => `${m.text}/${m.type}`);
  assert.deepEqual(names, ['Black Myth: Wukong/misc']);
});
