import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retypeArtifactNames } from '../../../server/src/analysis/entities/artifactNames';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { EntityType, Origin, RawMention } from '../../../server/src/analysis/types';

/** Every occurrence of each name as a mention of the given type, as a sentence-level tagger would give them. */
function tagged(text: string, names: Record<string, EntityType>, origin: Origin = 'detected'): RawMention[] {
  const out: RawMention[] = [];
  for (const [name, type] of Object.entries(names)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (/\w/.test(text[i + name.length] ?? '')) continue;
      out.push({ start: i, end: i + name.length, type, score: 1, origin });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
const typesOf = (text: string, ms: RawMention[]) => ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

// From samples/wang-yi-minjoo-party.article.
const MINJOO =
  'Chinese Foreign Minister Wang Yi on Wednesday reiterated China\'s opposition to the deployment of the Terminal High Altitude Area Defense (THAAD) missile system, while meeting with a delegation of the opposition Minjoo Party of Korea.\n' +
  'Relations between the two sides are facing challenges because of THAAD, Song said.\n' +
  'Last year, South Korea and the US announced their plan to install THAAD by May 2017 in the southern county of Seongju.\n' +
  'China has been particularly vocal in its opposition to THAAD.';

test('a name the article deploys, installs and puts before "missile system" is misc, with the acronym it defines', () => {
  const ms = tagged(MINJOO, { 'Terminal High Altitude Area Defense': 'organization', THAAD: 'organization', 'Minjoo Party of Korea': 'organization' });
  const out = retypeArtifactNames(MINJOO, ms, tokenize(MINJOO).tokens);
  assert.deepEqual(
    typesOf(MINJOO, out).filter((s) => /THAAD|Terminal/.test(s)),
    ['Terminal High Altitude Area Defense/misc', 'THAAD/misc', 'THAAD/misc', 'THAAD/misc', 'THAAD/misc'],
  );
  assert.ok(typesOf(MINJOO, out).includes('Minjoo Party of Korea/organization'));
});

test('one artifact cue is not enough to re-type an organization', () => {
  const text = 'Officials said the Patriot system was ready. Patriot officials met in Berlin. Patriot has offices in Bonn.';
  const out = retypeArtifactNames(text, tagged(text, { Patriot: 'organization' }), tokenize(text).tokens);
  assert.ok(out.every((m) => m.type === 'organization'));
});

test('a maker of artifacts that speaks in the article stays an organization', () => {
  const text = 'The NASA probe reached Mars on Thursday. A second NASA rover will follow, NASA said on Friday.';
  const out = retypeArtifactNames(text, tagged(text, { NASA: 'organization' }), tokenize(text).tokens);
  assert.ok(out.every((m) => m.type === 'organization'), typesOf(text, out).join(' '));
});

test('"deploy NATO troops" is not the deployment of NATO itself', () => {
  const text = 'The allies will deploy NATO troops in Estonia. They also deploy NATO ships near Latvia.';
  const out = retypeArtifactNames(text, tagged(text, { NATO: 'organization' }), tokenize(text).tokens);
  assert.ok(out.every((m) => m.type === 'organization'));
});

test('a name a person tagged as an organization keeps that type', () => {
  const ms = tagged(MINJOO, { THAAD: 'organization' }, 'user');
  const out = retypeArtifactNames(MINJOO, ms, tokenize(MINJOO).tokens);
  assert.ok(out.every((m) => m.type === 'organization'));
});
