import assert from 'node:assert/strict';
import { test } from 'node:test';
import { craftNames } from '../../../server/src/analysis/entities/craftNames';
import type { RawMention } from '../../../server/src/analysis/types';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: RawMention[]) => craftNames(text, ms).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('a name after a noun for a ship is the ship, misc, with its number ("its third aircraft carrier, the Fujian", "research vessel Xuelong 2")', () => {
  const text = 'China commissioned its third aircraft carrier, the Fujian, in Sanya. The research vessel Xuelong 2 left Shanghai.';
  const ms = [at(text, 'China', 'location'), at(text, 'Fujian', 'location'), at(text, 'Sanya', 'location'), at(text, 'Xuelong', 'organization'), at(text, 'Shanghai', 'location')];
  assert.deepEqual(show(text, ms), ['China/location', 'Fujian/misc', 'Sanya/location', 'Xuelong 2/misc', 'Shanghai/location']);
});

test('a navy prefix and the name after it are one ship ("USS Ronald Reagan"), and a place before "carrier" is a ship', () => {
  const text = 'The USS Ronald Reagan docked in Busan as the Shandong carrier group sailed south.';
  const ms = [at(text, 'Ronald Reagan', 'person'), at(text, 'Busan', 'location'), at(text, 'Shandong', 'location')];
  assert.deepEqual(show(text, ms), ['USS Ronald Reagan/misc', 'Busan/location', 'Shandong/misc']);
});

test('two ships after a plural noun are two names, and a ship\'s two-word name is the ship again later', () => {
  const text = 'Jets flew from the aircraft carriers Harry Truman and Nimitz. Later the Harry Truman returned to port.';
  const ms = [at(text, 'Harry Truman and Nimitz', 'organization'), at(text, 'Harry Truman', 'person', 'detected', 50)];
  assert.deepEqual(show(text, ms), ['Harry Truman/misc', 'Nimitz/misc', 'Harry Truman/misc']);
});

test('an airline called a carrier, a verb "ship", and the province elsewhere stay as they are', () => {
  const text = 'National carrier Air China will ship Huawei phones to Fujian, and the Fujian carrier left port.';
  const ms = [at(text, 'Air China', 'organization'), at(text, 'Huawei', 'organization'), at(text, 'Fujian', 'location'), at(text, 'Fujian', 'location', 'detected', 70)];
  assert.deepEqual(show(text, ms), ['Air China/organization', 'Huawei/organization', 'Fujian/location', 'Fujian/misc']);
});

test('a spacecraft after "rover" or before "module" / "space station" is misc; the planet a rover goes to stays a place', () => {
  const text = "China's Mars rover Zhurong woke up as the Mengtian module docked with the Tiangong space station.";
  const ms = [at(text, 'China', 'location'), at(text, 'Mars', 'location'), at(text, 'Zhurong', 'organization'), at(text, 'Mengtian', 'organization'),
    at(text, 'Tiangong', 'location')];
  assert.deepEqual(show(text, ms), ['China/location', 'Mars/location', 'Zhurong/misc', 'Mengtian/misc', 'Tiangong/misc']);
});

test('"probe" as a verb names no craft ("regulators will probe Alibaba")', () => {
  const text = 'Regulators will probe Alibaba over pricing.';
  const ms = [at(text, 'Alibaba', 'organization')];
  assert.deepEqual(craftNames(text, ms), ms);
});
