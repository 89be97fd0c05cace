import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventAcronyms } from '../../../server/src/analysis/entities/eventAcronyms';
import { NO_GAZETTEER } from '../../../server/src/analysis/entities/gazetteer';
import { at, shown } from './harmonizeHelpers';

const apply = (text: string, ms: ReturnType<typeof at>[]) => shown(text, eventAcronyms(text, ms, [], NO_GAZETTEER));

test('an acronym right before "conference" or "festival" names the event, misc ("the GTC conference", "the SXSW festival")', () => {
  const text = 'Nvidia showed its new chips at the GTC conference in San Jose, weeks after the SXSW festival in Austin.';
  const ms = [at(text, 'Nvidia', 'organization'), at(text, 'GTC', 'organization'), at(text, 'San Jose', 'location'), at(text, 'SXSW', 'organization'), at(text, 'Austin', 'location')];
  assert.deepEqual(apply(text, ms), ['Nvidia/organization', 'GTC/misc', 'San Jose/location', 'SXSW/misc', 'Austin/location']);
});

test('an acronym before "summit" or "meeting" names the body that meets and stays an organization ("the ASEAN summit")', () => {
  const text = 'Leaders met at the ASEAN summit in Kuala Lumpur before the SCO meeting in Tianjin.';
  const ms = [at(text, 'ASEAN', 'organization'), at(text, 'Kuala Lumpur', 'location'), at(text, 'SCO', 'organization'), at(text, 'Tianjin', 'location')];
  assert.deepEqual(apply(text, ms), ['ASEAN/organization', 'Kuala Lumpur/location', 'SCO/organization', 'Tianjin/location']);
});

test('an acronym the article names elsewhere as an actor stays an organization ("the IEA conference" … "the IEA said")', () => {
  const text = 'Ministers gathered for the IEA conference in Paris on Tuesday. The IEA said oil demand would peak this decade.';
  const ms = [at(text, 'IEA', 'organization'), at(text, 'Paris', 'location'), at(text, 'IEA', 'organization', 'detected', 60)];
  assert.deepEqual(apply(text, ms), ['IEA/organization', 'Paris/location', 'IEA/organization']);
});

test('a group\'s own conference keeps the group an organization ("the OPEC conference")', () => {
  const text = 'Oil prices rose ahead of the OPEC conference in Vienna.';
  const ms = [at(text, 'OPEC', 'organization'), at(text, 'Vienna', 'location')];
  assert.deepEqual(apply(text, ms), ['OPEC/organization', 'Vienna/location']);
});
