import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { makerProducts } from '../../../server/src/analysis/entities/makerProducts';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { RawMention } from '../../../server/src/analysis/types';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology and business news of the 2020s.

const known = placesGazetteer(['Dallas'], ['Lumina', 'Dallas', 'Kestrel']);
const apply = (text: string, ms: RawMention[]) => shown(text, makerProducts(text, ms, tokenize(text).tokens, known));

test('a known company and one more word after a determiner name its product ("the Tesla Cybertruck")', () => {
  const text = 'Regulators tested the Lumina Voyager and a Kestrel Swift last month.';
  assert.deepEqual(apply(text, [at(text, 'Lumina Voyager', 'organization'), at(text, 'Kestrel Swift', 'organization')]), ['Lumina Voyager/misc', 'Kestrel Swift/misc']);
});

test('a company\'s unit, a team, a name of a place, or a firm with staff stays an organization', () => {
  const text = 'The Lumina Foundation, the Kestrel Hawks, the Dallas Cowboys and a Kestrel Partner spokesman spoke; the Unknown Rover too.';
  const ms = ['Lumina Foundation', 'Kestrel Hawks', 'Dallas Cowboys', 'Kestrel Partner', 'Unknown Rover'].map((n) => at(text, n, 'organization'));
  assert.deepEqual(apply(text, ms), ['Lumina Foundation/organization', 'Kestrel Hawks/organization', 'Dallas Cowboys/organization', 'Kestrel Partner/organization', 'Unknown Rover/organization']);
});
