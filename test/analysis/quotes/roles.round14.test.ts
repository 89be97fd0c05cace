import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const speakerOf = (text: string, specs: EntitySpec[], i = 0) => findQuotes(quoteInput(text, specs))[i]?.speaker;

test('a spokesperson "for" a body "in" a place, with a relative clause before the verb, speaks for the body, not the place', () => {
  const EMBASSY: EntitySpec = { name: 'Chinese Embassy', type: 'organization', forms: ['Chinese Embassy'] };
  const UK: EntitySpec = { name: 'UK', type: 'location', forms: ['UK'] };
  const text = 'The spokesperson for the Chinese Embassy in the UK, who declined to be named, said in a statement: "The accusation is groundless."';
  assert.equal(speakerOf(text, [EMBASSY, UK])?.name, 'Chinese Embassy');
});

test('"the Fed chief" is the one the article titled the Fed\'s chair', () => {
  const POWELL: EntitySpec = { name: 'Jerome Powell', type: 'person', forms: ['Jerome Powell'], roles: ['fed chair', 'chair'] };
  const FED: EntitySpec = { name: 'Fed', type: 'organization', forms: ['Fed'] };
  const text = 'Fed Chair Jerome Powell said the bank would stay "data dependent." "We are not in a hurry," the Fed chief told reporters.';
  assert.equal(speakerOf(text, [POWELL, FED], 1)?.name, 'Jerome Powell');
});
