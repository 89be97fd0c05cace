import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { employerNames } from '../../../server/src/analysis/entities/employerNames';
import { NO_GAZETTEER, placesGazetteer } from '../../../server/src/analysis/entities/gazetteer';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s business and wire reporting.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('an unknown name after a job noun and "at" is the employer, an organization ("an engineer at DJI")', () => {
  const out = names('Li Ming, an engineer at DJI, said the new drones could carry twice the load.');
  assert.ok(out.includes('DJI/organization'), out.join(', '));
});

test('a job noun opening the sentence counts too, and every mention of the employer follows ("Engineers at Unitree … Unitree\'s")', () => {
  const text = 'Engineers at Voltaro spent two years on the battery. Voltaro plans to sell it next spring.';
  const ms = [at(text, 'Voltaro', 'location'), at(text, 'Voltaro', 'location', 'detected', 40)];
  assert.deepEqual(shown(text, employerNames(text, ms, [], NO_GAZETTEER)), ['Voltaro/organization', 'Voltaro/organization']);
});

test('a spokeswoman "for" and analysts "with" name their employer ("a spokeswoman for Zentrix", "analysts with Kestrel")', () => {
  const text = 'A spokeswoman for Zentrix declined to comment, while analysts with Kestrel expect a rebound.';
  const ms = [at(text, 'Zentrix', 'location'), at(text, 'Kestrel', 'location')];
  assert.deepEqual(shown(text, employerNames(text, ms, [], NO_GAZETTEER)), ['Zentrix/organization', 'Kestrel/organization']);
});

test('where someone works, after "in", stays a place ("a reporter in Beijing", "a doctor in Gaza")', () => {
  const text = 'A reporter in Ostrava saw the launch, and a doctor in Kelmora said supplies ran out.';
  const ms = [at(text, 'Ostrava', 'location'), at(text, 'Kelmora', 'location')];
  assert.deepEqual(shown(text, employerNames(text, ms, [], NO_GAZETTEER)), ['Ostrava/location', 'Kelmora/location']);
});

test('a known place after a job noun and "at" stays a place, unless an institution noun follows it ("a nurse at Mount Sinai hospital")', () => {
  const text = 'A doctor at Gaza said so, and a nurse at Mount Sinai hospital said the wards were full.';
  const ms = [at(text, 'Gaza', 'location'), at(text, 'Mount Sinai', 'location')];
  assert.deepEqual(shown(text, employerNames(text, ms, [], placesGazetteer(['Gaza', 'Mount Sinai']))), ['Gaza/location', 'Mount Sinai/organization']);
});

test('a possessive after the job noun names the employer\'s owner, and a facility\'s head word keeps its place ("a spokesman for Gaza\'s health ministry")', () => {
  const text = "A spokesman for Kelmora's health ministry spoke to staff at Riverside Airport.";
  const ms = [at(text, 'Kelmora', 'location'), at(text, 'Riverside Airport', 'location')];
  assert.deepEqual(shown(text, employerNames(text, ms, [], NO_GAZETTEER)), ['Kelmora/location', 'Riverside Airport/location']);
});
