import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention, Quote, RawMention, Speaker } from '../../server/src/analysis/types';
import { type Decision, makeDecision, orphaned } from '../../server/src/annotations/decision';
import { applyDateDecisions, applyEntityDecisions, applyQuoteDecisions } from '../../server/src/annotations/merge';
import { KANG, sampleText, spanOf } from './samples';

const text = sampleText(KANG);
const at = (needle: string, nth = 0) => spanOf(text, needle, nth);
const decide = (label: Decision['label'], needle: string, extra: Partial<Decision> = {}) => ({ ...makeDecision(text, { label, ...at(needle) }), ...extra });
const detected: RawMention[] = [
  { ...at('Wang Yi'), type: 'person', score: 0.9, origin: 'detected' },
  { ...at('THAAD'), type: 'misc', score: 0.7, origin: 'detected' },
  { ...at('Beijing'), type: 'location', score: 0.8, origin: 'detected' },
  { ...at('6km'), type: 'misc', score: 0.4, origin: 'detected' },
];

test('"none" removes the detection on exactly that span and leaves the others', () => {
  const out = applyEntityDecisions(text, detected, [decide('none', '6km')]);
  assert.deepEqual(out.map((m) => text.slice(m.start, m.end)).sort(), ['Beijing', 'THAAD', 'Wang Yi']);
});

test('"none" on a span that only overlaps a detection does not remove it', () => {
  const out = applyEntityDecisions(text, detected, [decide('none', 'Wang')]);
  assert.equal(out.length, 4);
});

test('the same label on a detected span confirms it and a different label retypes it as a user span', () => {
  const out = applyEntityDecisions(text, detected, [decide('person', 'Wang Yi'), decide('organization', 'THAAD')]);
  const wang = out.find((m) => text.slice(m.start, m.end) === 'Wang Yi')!;
  const thaad = out.find((m) => text.slice(m.start, m.end) === 'THAAD')!;
  assert.deepEqual([wang.type, wang.origin, wang.score], ['person', 'confirmed', 1]);
  assert.deepEqual([thaad.type, thaad.origin], ['organization', 'user']);
});

test('a label on a new span adds it and removes the detections it overlaps', () => {
  const out = applyEntityDecisions(text, detected, [decide('person', 'Chinese Foreign Minister Wang Yi')]);
  assert.ok(!out.some((m) => text.slice(m.start, m.end) === 'Wang Yi' && m.start === at('Wang Yi').start));
  const added = out.find((m) => m.origin === 'user')!;
  assert.equal(text.slice(added.start, added.end), 'Chinese Foreign Minister Wang Yi');
  assert.deepEqual([added.type, added.score], ['person', 1]);
  assert.deepEqual(out.map((m) => m.start), [...out.map((m) => m.start)].sort((a, b) => a - b));
});

test('orphaned decisions change nothing', () => {
  const out = applyEntityDecisions(text, detected, [orphaned(decide('none', '6km'), text.length)]);
  assert.equal(out.length, 4);
});

test('a decision pointing past the end of the text is clamped inside it', () => {
  const far: Decision = { ...decide('misc', '6km'), start: text.length - 3, end: text.length + 50 };
  const out = applyEntityDecisions(text, [], [far]);
  assert.deepEqual(out.map((m) => [m.start, m.end]), [[text.length - 3, text.length]]);
});

test('the latest decision on a span wins', () => {
  const older = decide('person', 'THAAD', { created: '2026-01-01T00:00:00Z' });
  const newer = decide('none', 'THAAD', { created: '2026-01-02T00:00:00Z' });
  assert.ok(!applyEntityDecisions(text, detected, [newer, older]).some((m) => m.start === at('THAAD').start));
});

const dates: DateMention[] = [{ ...at('Wednesday'), text: 'Wednesday', type: 'date', value: '2017-11-22', relative: true, origin: 'detected' }];

test('a date decision confirms a detected date and "none" removes one', () => {
  const normalize = () => null;
  assert.equal(applyDateDecisions(text, dates, [decide('date', 'Wednesday')], normalize)[0].origin, 'confirmed');
  assert.deepEqual(applyDateDecisions(text, dates, [decide('none', 'Wednesday')], normalize), []);
});

test('a new date takes its value from the normalizer, else XXXX-XX-XX', () => {
  const span = at('October 30');
  const withValue = applyDateDecisions(text, dates, [decide('date', 'October 30')], (s) => ({ ...s, type: 'date', value: '2017-10-30', relative: true, origin: 'detected' }));
  const added = withValue.find((d) => d.start === span.start)!;
  assert.deepEqual([added.value, added.origin, added.text], ['2017-10-30', 'user', 'October 30']);
  const without = applyDateDecisions(text, dates, [decide('date', 'earlier this month')], () => null);
  assert.equal(without.find((d) => d.text === 'earlier this month')!.value, 'XXXX-XX-XX');
});

const quoteText = '"We are not considering any additional THAAD deployment,"';
const kangSaid = at('Kang said');
const quotes: Quote[] = [
  { ...at(quoteText), text: quoteText, speaker: { start: kangSaid.start, end: kangSaid.start + 4, text: 'Kang', entity: 3, name: 'Kang Kyung-wha' }, origin: 'detected' },
];

test('a quote decision confirms the detected quote and "none" removes it', () => {
  const none = () => null;
  assert.equal(applyQuoteDecisions(text, quotes, [decide('quote', quoteText)], none)[0].origin, 'confirmed');
  assert.deepEqual(applyQuoteDecisions(text, quotes, [decide('none', quoteText)], none), []);
});

test('a speaker body overrides the quote speaker through the resolver', () => {
  const moon: Speaker = { ...at('Moon Jae-in'), text: 'Moon Jae-in', entity: 7, name: 'Moon Jae-in' };
  const out = applyQuoteDecisions(text, quotes, [decide('quote', quoteText, { speaker: 'Moon Jae-in' })], (n) => (n === 'Moon Jae-in' ? moon : null));
  assert.deepEqual(out[0].speaker, moon);
});

test('a speaker the resolver does not know is placed on the nearest occurrence of the name', () => {
  const out = applyQuoteDecisions(text, quotes, [decide('quote', quoteText, { speaker: 'Kang' })], () => null);
  assert.deepEqual([out[0].speaker!.start, out[0].speaker!.entity, out[0].speaker!.name], [kangSaid.start, null, 'Kang']);
});

test('a new quote span is added as a user quote without speaker', () => {
  const span = at('"We are not considering');
  const out = applyQuoteDecisions(text, [], [{ ...makeDecision(text, { label: 'quote', start: span.start, end: span.start + 24 }) }], () => null);
  assert.deepEqual([out[0].origin, out[0].speaker, out[0].text], ['user', null, '"We are not considering ']);
});

test('a value a person set on a date wins over the computed one, on a detected date and on a new one', () => {
  const normalize = (s: { start: number; end: number; text: string }): DateMention => ({ ...s, type: 'date', value: '2017-10-30', relative: true, origin: 'detected' });
  const set = applyDateDecisions(text, dates, [decide('date', 'Wednesday', { value: '2017-11-15' })], normalize)[0];
  assert.deepEqual([set.value, set.type, set.relative, set.origin], ['2017-11-15', 'date', false, 'confirmed']);
  const added = applyDateDecisions(text, dates, [decide('date', 'October 30', { value: 'P3D' })], normalize).find((d) => d.text === 'October 30')!;
  assert.deepEqual([added.value, added.type, added.origin], ['P3D', 'duration', 'user']);
});
