import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Sentences written for these tests, in the style of government and trade news.
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;
const org = (name: string, ...forms: string[]): EntitySpec => ({ name, type: 'organization', forms: [name, ...forms] });
const MOFCOM = org('Ministry of Commerce');

test('"a spokesperson for the ministry" speaks for the ministry named before; the speaker is still the spokesperson', () => {
  const text = "China's Ministry of Commerce announced export controls on gallium on Monday.\n\"The measures are not targeted at any country,\" a spokesperson for the ministry said.";
  const s = speakerOf(text, [MOFCOM]);
  assert.equal(s?.text, 'a spokesperson');
  assert.equal(s?.name, 'Ministry of Commerce');
});

test('a body written with more words must have them all in its name: "the foreign ministry" is not the commerce ministry', () => {
  const text = "The Ministry of Commerce announced the controls on Monday.\n\"We urge restraint,\" a spokesperson for the foreign ministry said.";
  assert.equal(speakerOf(text, [MOFCOM])?.entity, null);
  const MFA = org('Chinese Foreign Ministry');
  const named = 'The Chinese Foreign Ministry summoned the envoy on Monday.\n"We urge restraint," a spokesperson for the foreign ministry said.';
  assert.equal(speakerOf(named, [MFA])?.name, 'Chinese Foreign Ministry');
});

test('an official "with" a body, and a body noun before the voice ("a ministry spokesperson"), speak for the body named before', () => {
  const MEM = org('Ministry of Emergency Management');
  assert.equal(speakerOf('The Ministry of Emergency Management sent a team to the area.\n"Rescue work is under way," an official with the ministry said.', [MEM])?.name, 'Ministry of Emergency Management');
  assert.equal(speakerOf('The Ministry of Emergency Management sent a team to the area.\n"Rescue work is under way," a ministry spokesperson said.', [MEM])?.name, 'Ministry of Emergency Management');
});

test('"a spokesperson for the company" speaks for the company just named, as "the company" would', () => {
  const BYD = org('BYD');
  assert.equal(speakerOf('BYD opened its first plant in Hungary on Friday. "Europe is a key market," a spokesperson for the company said.', [BYD])?.name, 'BYD');
});

test('a body noun no organization was named for resolves to no one', () => {
  assert.equal(speakerOf('"The door to dialogue is open," a spokesperson for the ministry said.', [])?.entity, null);
});

test('"the spokesperson" names again the spokesperson the article introduced, and speaks for the same body', () => {
  const EMBASSY = org('Chinese Embassy in the UK');
  const text = 'A spokesperson for the Chinese Embassy in the UK said on Tuesday that the accusations were groundless.\n"We urge the UK side to stop spreading false information," the spokesperson said.';
  const s = speakerOf(text, [EMBASSY]);
  assert.equal(s?.text, 'the spokesperson');
  assert.equal(s?.name, 'Chinese Embassy in the UK');
});
