import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, run } from './harmonizeHelpers';

test('a name an apposition gives a post is a person, in every mention: "Hu Mingfei, dean of …"', () => {
  const text = 'Hu Mingfei, dean of the Shanxi Institute of Trade Law, spoke. Later Hu Mingfei left.';
  const ms = [at(text, 'Hu Mingfei', 'organization'), at(text, 'Shanxi Institute of Trade Law', 'organization'), at(text, 'Hu Mingfei', 'location', 'detected', 40)];
  assert.deepEqual(run(text, ms), ['Hu Mingfei/person', 'Shanxi Institute of Trade Law/organization', 'Hu Mingfei/person']);
});

test('"a senior researcher at" counts; a country that is "a member of" a body, or an institute with a head, does not', () => {
  const text = 'Ola Brandt, a senior researcher at the bank, and Norway, a member of NATO, met the Polar Institute, head of the survey.';
  const ms = [at(text, 'Ola Brandt', 'organization'), at(text, 'Norway', 'location'), at(text, 'NATO', 'organization'), at(text, 'Polar Institute', 'organization')];
  assert.deepEqual(run(text, ms), ['Ola Brandt/person', 'Norway/location', 'NATO/organization', 'Polar Institute/organization']);
});
