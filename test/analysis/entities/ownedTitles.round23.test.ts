import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ownedTitles } from '../../../server/src/analysis/entities/ownedTitles';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology and culture news of the 2020s.

test('after a game maker\'s possessive, a title with "of" inside is one work ("Sony\'s Ghost of Yotei")', () => {
  const text = "Sony's Shadow of Kirimori sold 2 million copies in its first week.";
  const ms = [at(text, 'Sony', 'organization'), at(text, 'Shadow of Kirimori', 'organization')];
  assert.deepEqual(shown(text, ownedTitles(text, ms)), ['Sony/organization', 'Shadow of Kirimori/misc']);
});

test('a person the tagger read after "of" or after a possessive inside the title is a piece of it ("Legend of Zelda", "Assassin\'s Creed")', () => {
  const text = "Nintendo's Ballad of Marisa slipped to 2027. Ubisoft's Hunter's Creed Legacy did too.";
  const ms = [at(text, 'Nintendo', 'organization'), at(text, 'Marisa', 'person'), at(text, 'Ubisoft', 'organization'), at(text, 'Hunter', 'person'), at(text, 'Creed Legacy', 'person')];
  assert.deepEqual(shown(text, ownedTitles(text, ms)), ['Nintendo/organization', 'Ballad of Marisa/misc', 'Ubisoft/organization', "Hunter's Creed Legacy/misc"]);
});

test('a person ending the run after a studio\'s possessive is whom it employs, not a title ("Sony\'s Chief Executive Ken Arai")', () => {
  const text = "Sony's Chief Executive Ken Arai said profits rose.";
  const ms = [at(text, 'Sony', 'organization'), at(text, 'Ken Arai', 'person')];
  assert.deepEqual(shown(text, ownedTitles(text, ms)), ['Sony/organization', 'Ken Arai/person']);
});

test('a studio the tagger missed before its title is a company', () => {
  const text = "Nintendo's Legend of Marisa remains its best seller.";
  assert.deepEqual(shown(text, ownedTitles(text, [at(text, 'Marisa', 'person')])), ['Nintendo/organization', 'Legend of Marisa/misc']);
});
