import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropHeadlineLabels } from '../../../server/src/analysis/entities/headlineLabels';
import type { RawMention } from '../../../server/src/analysis/types';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: RawMention[]) => dropHeadlineLabels(text, ms).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('a label before a headline ("Infographic:", "Photos:") is no name, nor part of one', () => {
  const text = "Infographic: China's foreign trade hits record high\nCGTN\nPhotos: Harbin Ice and Snow World opens to visitors";
  const ms = [at(text, 'Infographic', 'location'), at(text, 'China', 'location'), at(text, 'CGTN', 'organization'),
    at(text, 'Photos: Harbin Ice and Snow World', 'organization')];
  assert.deepEqual(show(text, ms), ['China/location', 'CGTN/organization', 'Harbin Ice and Snow World/organization']);
});

test('after a label, a span running over the headline\'s lower-case words is no name ("Spring blossoms draw crowds")', () => {
  const text = 'Photos: Spring blossoms draw crowds across China';
  assert.deepEqual(show(text, [at(text, 'Spring blossoms draw crowds across China', 'organization')]), []);
});

test('a colon inside a sentence or a name keeps its mentions ("Dune: Part Two", "Beijing: the capital")', () => {
  const text = 'The movie Dune: Part Two opened on Friday.\nBeijing: Visitors flock to the Forbidden City';
  const ms = [at(text, 'Dune: Part Two', 'misc'), at(text, 'Beijing', 'location'), at(text, 'Forbidden City', 'location')];
  assert.deepEqual(dropHeadlineLabels(text, ms), ms);
});
