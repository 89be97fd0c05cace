import assert from 'node:assert/strict';
import { test } from 'node:test';
import { captionCredit, creditedPhotographer } from '../../../server/src/analysis/structure/captions';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

// Caption lines written for these tests, in the style of 2020s wire and broadcaster photo captions.
const shown = (line: string, span: { start: number; end: number } | null) => span && line.slice(span.start, span.end);

test('a slash and "Photo by" end a caption with the photographer, then the agency ("/Photo by Zhang Wei/CGTN")', () => {
  for (const line of [
    'Delivery drones take off from a depot in Shenzhen, March 3, 2026. /Photo by Zhang Wei/CGTN',
    'A technician checks a drone before a test flight in Shenzhen /Photo by Zhang Wei/CGTN',
    'Volunteers plant saplings on a hillside. / Photo by Zhang Wei / CGTN',
  ]) {
    assert.match(shown(line, captionCredit(line)) ?? '', /^Zhang Wei\s*\/\s*CGTN$/, line);
    assert.equal(shown(line, creditedPhotographer(line)), 'Zhang Wei', line);
  }
});

test('a caption whose credit says "/Photo by" is a caption block, the prose around it paragraphs', () => {
  const text = 'The fleet will serve 200 villages.\nA drone lands in a village square. /Photo by Li Na/Xinhua\nThe firm plans to expand next year.';
  assert.deepEqual(readStructure(text).blocks.map((b) => b.kind), ['paragraph', 'caption', 'paragraph']);
});
