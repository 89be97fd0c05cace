import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinSplitNames } from '../../../server/src/analysis/entities/splitNames';
import type { EntityType, Origin, RawMention } from '../../../server/src/analysis/types';

const at = (text: string, s: string, type: EntityType, origin: Origin = 'detected'): RawMention => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type, score: 0.8, origin });
const shown = (text: string, ms: RawMention[]) => ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('"Kim Jong" + "Un" split by the tagger is one person, "Kim Jong Un"', () => {
  const text = 'Kim Jong Un oversaw the launch of a missile.';
  assert.deepEqual(shown(text, joinSplitNames(text, [at(text, 'Kim Jong', 'person'), at(text, 'Un', 'organization')])), ['Kim Jong Un/person']);
});

test('a person next to "UN" in capitals, or a longer word, stays two mentions', () => {
  const text = 'Ban Ki-moon UN envoy Annan Kofi spoke.';
  const ms = [at(text, 'Ban Ki-moon', 'person'), at(text, 'UN', 'organization')];
  assert.deepEqual(shown(text, joinSplitNames(text, ms)), ['Ban Ki-moon/person', 'UN/organization']);
});

test('a split a person tagged is left alone', () => {
  const text = 'Kim Jong Un oversaw the launch.';
  const ms = [at(text, 'Kim Jong', 'person', 'user'), at(text, 'Un', 'organization')];
  assert.deepEqual(shown(text, joinSplitNames(text, ms)), ['Kim Jong/person', 'Un/organization']);
});

test('"Liu He", whose given name the tagger read as the pronoun, is one person', () => {
  const text = 'Vice Premier Liu He will visit Washington.';
  assert.deepEqual(shown(text, joinSplitNames(text, [at(text, 'Liu', 'person'), at(text, 'Washington', 'location')])), ['Liu He/person', 'Washington/location']);
  const pronoun = 'The talks were led by Liu. He said they went well.';
  assert.deepEqual(shown(pronoun, joinSplitNames(pronoun, [at(pronoun, 'Liu', 'person')])), ['Liu/person']);
});

test('a name cut at its lower-case particles is one person: "Hamdan bin Rashid Al Falasi", "Greta van der Molen"', () => {
  const text = 'Hamdan bin Rashid Al Falasi welcomed Greta van der Molen to Dubai.';
  const ms = [at(text, 'Hamdan', 'location'), at(text, 'Rashid Al Falasi', 'person'), at(text, 'Greta', 'person'), at(text, 'Molen', 'person'), at(text, 'Dubai', 'location')];
  assert.deepEqual(shown(text, joinSplitNames(text, ms)), ['Hamdan bin Rashid Al Falasi/person', 'Greta van der Molen/person', 'Dubai/location']);
  // No person on either side, or a particle that is no name particle: left alone.
  const keep = 'Banco de Lisboa and Kurt of Bremen met.';
  const kept = [at(keep, 'Banco', 'organization'), at(keep, 'Lisboa', 'location'), at(keep, 'Kurt', 'person'), at(keep, 'Bremen', 'location')];
  assert.deepEqual(shown(keep, joinSplitNames(keep, kept)), ['Banco/organization', 'Lisboa/location', 'Kurt/person', 'Bremen/location']);
});
