import assert from 'node:assert/strict';
import { test } from 'node:test';
import { captionCredit } from '../../../server/src/analysis/structure/captions';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

test('the credit of a cover or top picture ("(Cover image via VCG)", "Cover image: VCG") is a caption naming the agency', () => {
  for (const line of ['(Cover image via VCG)', 'Cover image: VCG', 'The rate cut was the first this year. (Cover image via VCG)']) {
    const credit = captionCredit(line);
    assert.equal(credit && line.slice(credit.start, credit.end), 'VCG', line);
  }
  assert.deepEqual(readStructure('Banks cut rates on Monday.\n(Top photo via Reuters)\nOfficials will cover the cost via taxes.').blocks.map((b) => b.kind),
    ['paragraph', 'caption', 'paragraph']);
});

test('the bracketed caption of the cover picture ("(Cover: … /VCG)") is a caption, its credit read inside the brackets', () => {
  const line = '(Cover: Fireworks light up the sky over the harbour, January 1, 2026. /VCG)';
  const credit = captionCredit(line);
  assert.equal(credit && line.slice(credit.start, credit.end), 'VCG');
  assert.deepEqual(readStructure(`People gathered on Wednesday night.\n${line}\n(Cover: A worker at a solar farm in Qinghai)\n(Top: the match was the first since 2019)`).blocks.map((b) => b.kind),
    ['paragraph', 'caption', 'caption', 'paragraph']);
});

test('a BBC page\'s plain-text picture lines ("Image source, Getty Images", "Image caption, …") are captions, the source naming the agency', () => {
  const line = 'Image source, Getty Images';
  const credit = captionCredit(line);
  assert.equal(credit && line.slice(credit.start, credit.end), 'Getty Images');
  assert.deepEqual(readStructure(`${line}\nImage caption, Firefighters battle a blaze near Athens on Monday\nWildfires forced thousands to flee, officials said.`).blocks.map((b) => b.kind),
    ['caption', 'caption', 'paragraph']);
});
