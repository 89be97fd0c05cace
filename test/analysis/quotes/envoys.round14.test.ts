import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const speakerOf = (text: string, specs: EntitySpec[], i = 0) => findQuotes(quoteInput(text, specs))[i]?.speaker;

const CHINESE: EntitySpec = { name: 'Chinese', type: 'misc', forms: ['Chinese'] };
const CHINA: EntitySpec = { name: 'China', type: 'location', forms: ['China'] };
const UN: EntitySpec = { name: 'United Nations', type: 'organization', forms: ['United Nations', 'UN'] };

test('"the Chinese envoy" is the country\'s permanent representative to the UN named before, not its foreign minister', () => {
  const WANG: EntitySpec = { name: 'Wang Yi', type: 'person', forms: ['Wang Yi'], roles: ['chinese foreign minister', 'foreign minister', 'minister'] };
  const FU: EntitySpec = { name: 'Fu Cong', type: 'person', forms: ['Fu Cong'], roles: ['representative'] };
  const text = [
    'Chinese Foreign Minister Wang Yi called for an immediate ceasefire on Monday.',
    'Fu Cong, China\'s permanent representative to the United Nations, addressed the Security Council on Tuesday. "Civilians must not pay the price of this war," the Chinese envoy said.',
  ].join('\n');
  assert.equal(speakerOf(text, [WANG, FU, CHINESE, CHINA, UN])?.name, 'Fu Cong');
});

test('"the envoy" is the permanent representative named before it', () => {
  const FU: EntitySpec = { name: 'Fu Cong', type: 'person', forms: ['Fu Cong'], roles: ['representative'] };
  const LI: EntitySpec = { name: 'Li Qiang', type: 'person', forms: ['Li Qiang'], roles: ['premier'] };
  const text = 'Fu Cong, China\'s permanent representative to the UN, spoke after Li Qiang\'s call for calm. "Dialogue is the only way forward," the envoy said.';
  assert.equal(speakerOf(text, [FU, LI, CHINA, UN])?.name, 'Fu Cong');
});

test('"the Russian envoy" is the ambassador the article gave that country', () => {
  const NEBENZIA: EntitySpec = { name: 'Vassily Nebenzia', type: 'person', forms: ['Vassily Nebenzia'], roles: ['ambassador'] };
  const RUSSIA: EntitySpec = { name: 'Russia', type: 'location', forms: ['Russia'] };
  const RUSSIAN: EntitySpec = { name: 'Russian', type: 'misc', forms: ['Russian'] };
  const text = 'Vassily Nebenzia, Russia\'s ambassador to the UN, rejected the draft. "The text is unbalanced," the Russian envoy said.';
  assert.equal(speakerOf(text, [NEBENZIA, RUSSIA, RUSSIAN, UN])?.name, 'Vassily Nebenzia');
});
