import assert from 'node:assert/strict';
import { test } from 'node:test';
import { workRuns } from '../../../server/src/analysis/entities/workRuns';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of culture and entertainment news of the 2020s.

test('a name before a film\'s run at the box office is a work, not the person or company the tagger read', () => {
  const text = 'Marigold became the highest-grossing film of the summer, and Ironvale grossed $400 million worldwide.';
  const ms = [at(text, 'Marigold', 'person'), at(text, 'Ironvale', 'organization')];
  assert.deepEqual(shown(text, workRuns(text, ms)), ['Marigold/misc', 'Ironvale/misc']);
});

test('a title with a subtitle after a colon, before a film\'s run or a game\'s sales, is one work', () => {
  const text = 'Starfall: Embers and Dust opened in theaters on Friday. Jade Dragon: Awakening sold 12 million copies in a month.';
  const ms = [at(text, 'Starfall', 'location'), at(text, 'Dust', 'organization'), at(text, 'Jade Dragon', 'misc'), at(text, 'Awakening', 'person')];
  assert.deepEqual(shown(text, workRuns(text, ms)), ['Starfall: Embers and Dust/misc', 'Jade Dragon: Awakening/misc']);
});

test('a colon after a place or a label, with no run after it, keeps the names as they are', () => {
  const text = 'Nairobi: Kenya Airways opened in March a route to Lagos.';
  const ms = [at(text, 'Nairobi', 'location'), at(text, 'Kenya Airways', 'organization'), at(text, 'Lagos', 'location')];
  assert.deepEqual(shown(text, workRuns(text, ms)), ['Nairobi/location', 'Kenya Airways/organization', 'Lagos/location']);
});

test('a person who wins prizes is no work: prizes do not mark a title', () => {
  const text = 'Amara Osei won two Oscars for the role.';
  const ms = [at(text, 'Amara Osei', 'person')];
  assert.deepEqual(shown(text, workRuns(text, ms)), ['Amara Osei/person']);
});

test('sales in copies or units mark only a title with a subtitle: authors, singers and makers sell too', () => {
  const text = 'Lena Varga has sold 40 million copies, and Voltera sold 2 million units last year.';
  const ms = [at(text, 'Lena Varga', 'person'), at(text, 'Voltera', 'organization')];
  assert.deepEqual(shown(text, workRuns(text, ms)), ['Lena Varga/person', 'Voltera/organization']);
});

test('a person who becomes the highest-grossing artist stays a person', () => {
  const text = 'Mira Castell became the highest-grossing touring artist of the decade.';
  const ms = [at(text, 'Mira Castell', 'person')];
  assert.deepEqual(shown(text, workRuns(text, ms)), ['Mira Castell/person']);
});
