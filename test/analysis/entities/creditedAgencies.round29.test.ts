import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';

// Captions written for these tests, in the style of 2020s broadcaster and wire photo captions.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);

test('the agency after a photographer in a "Photo by" credit is an organization, the photographer a person ("/Photo by Zhang Wei/CGTN")', () => {
  for (const text of [
    'Delivery drones take off from a depot in Shenzhen. /Photo by Zhang Wei/CGTN',
    'A technician checks a drone before a test flight in Shenzhen /Photo by Zhang Wei/CGTN',
  ]) {
    const out = names(text);
    assert.ok(out.includes('CGTN/organization'), out.join(', '));
    assert.ok(out.includes('Zhang Wei/person'), out.join(', '));
  }
});

test('both orders of agency and photographer give an organization and a person ("Photo by Li Na/Xinhua", "(Photo: Reuters/Jane Doe)")', () => {
  const out = names('A drone lands in a village square. Photo by Li Na/Xinhua\nWorkers load parcels onto a drone. (Photo: Reuters/Jane Doe)');
  for (const want of ['Li Na/person', 'Xinhua/organization', 'Reuters/organization', 'Jane Doe/person']) assert.ok(out.includes(want), out.join(', '));
});

test('a newspaper credited after its photographer is an organization though no list of agencies names it ("/Photo by Liu Yang/Shenzhen Evening News")', () => {
  const out = names('Fans queue outside the stadium in Shenzhen, March 3, 2026. /Photo by Liu Yang/Shenzhen Evening News');
  assert.ok(out.includes('Shenzhen Evening News/organization'), out.join(', '));
  assert.ok(out.includes('Liu Yang/person'), out.join(', '));
});
