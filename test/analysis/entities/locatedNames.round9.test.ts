import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitLocatedNames } from '../../../server/src/analysis/entities/locatedNames';
import type { RawMention } from '../../../server/src/analysis/types';
import { at } from './harmonizeHelpers';

const show = (text: string, ms: RawMention[]) => splitLocatedNames(text, ms).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('an institution or event run into "in" and where it is, is the name and a place ("World Economic Forum in Davos")', () => {
  const text = 'Li addressed the World Economic Forum in Davos, and the International Monetary Fund in Washington raised its forecast.';
  const ms = [at(text, 'World Economic Forum in Davos', 'organization'), at(text, 'International Monetary Fund in Washington', 'organization')];
  assert.deepEqual(show(text, ms), ['World Economic Forum/organization', 'Davos/location', 'International Monetary Fund/organization', 'Washington/location']);
});

test('names that hold "in" or "of" stay whole ("Organisation for Security and Cooperation in Europe", "Bank of China")', () => {
  const text = 'The Organisation for Security and Cooperation in Europe sent observers; the Bank of China and the European Union '
    + 'Chamber of Commerce in China welcomed the talks.';
  const ms = [at(text, 'Organisation for Security and Cooperation in Europe', 'organization'), at(text, 'Bank of China', 'organization'),
    at(text, 'European Union Chamber of Commerce in China', 'organization')];
  assert.deepEqual(splitLocatedNames(text, ms), ms);
});
