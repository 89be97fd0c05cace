import assert from 'node:assert/strict';
import { test } from 'node:test';
import { familyNames } from '../../../server/src/analysis/entities/familyNames';
import { respelledPlaces } from '../../../server/src/analysis/entities/respelledPlaces';
import { toNames } from '../../../server/src/analysis/entities/toNames';
import { vietnameseNames } from '../../../server/src/analysis/entities/vietnameseNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of news from and about Vietnam in the 2020s.

test('Vietnamese cities written with their tone marks are places, found or not ("Hà Nội", "Đà Nẵng")', () => {
  const text = 'Rain flooded streets in Hà Nội, and ferries from Đà Nẵng were halted.';
  assert.deepEqual(shown(text, respelledPlaces(text, [at(text, 'Hà Nội', 'organization')])), ['Hà Nội/location', 'Đà Nẵng/location']);
});

test('a name of one-syllable words with a Vietnamese surname and tone marks is a person ("Nguyễn Phú Trọng")', () => {
  const text = 'Trần Văn Hải met Phạm Thu Hà in Hà Nội before Lê Lợi Street was closed.';
  const ms = [at(text, 'Trần Văn Hải', 'organization'), at(text, 'Phạm Thu Hà', 'location'), at(text, 'Hà Nội', 'location'), at(text, 'Lê Lợi Street', 'location')];
  assert.deepEqual(shown(text, vietnameseNames(text, ms)), ['Trần Văn Hải/person', 'Phạm Thu Hà/person', 'Hà Nội/location', 'Lê Lợi Street/location']);
});

test('a name between "the" and "family" is the family\'s surname, a person ("The Nguyễn family")', () => {
  const text = 'The Đoàn family runs a bakery, and the Whitmore clan owns the mill near Oxford.';
  const ms = [at(text, 'Đoàn', 'location'), at(text, 'Whitmore', 'organization'), at(text, 'Oxford', 'location')];
  assert.deepEqual(shown(text, familyNames(text, ms)), ['Đoàn/person', 'Whitmore/person', 'Oxford/location']);
});

test('"To" and a name before a verb open a sentence as one person\'s name, not a preposition ("To Lam visited …")', () => {
  const text = "To Vinh visited Jakarta on Monday. Vietnam's To Vinh said ties were strong. To Jakarta, the visit mattered.";
  const ms = [at(text, 'Vinh', 'location'), at(text, 'Jakarta', 'location'), at(text, 'Vietnam', 'location'), at(text, 'Vinh', 'person', 'detected', 40), at(text, 'Jakarta', 'location', 'detected', 60)];
  assert.deepEqual(shown(text, toNames(text, ms)), ['To Vinh/person', 'Jakarta/location', 'Vietnam/location', 'To Vinh/person', 'Jakarta/location']);
});

test('a club or a firm named in several words before "family" stays as it is ("the Manchester United family")', () => {
  const text = 'The Riverside United family mourned the former captain.';
  assert.deepEqual(shown(text, familyNames(text, [at(text, 'Riverside United', 'organization')])), ['Riverside United/organization']);
});
