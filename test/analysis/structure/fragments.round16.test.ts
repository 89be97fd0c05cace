import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

const kinds = (text: string) => readStructure(text).blocks.map((b) => b.kind);

test('credits of pictures that are no photos ("Credit: NASA/ESA", "Graphic: CGTN") are captions; chart and map titles are not', () => {
  const text = 'The telescope spotted the galaxy, astronomers said on Monday.\n'
    + 'An image of the galaxy taken by the space telescope. (Credit: NASA/ESA/CSA)\nCredit: NASA/JPL-Caltech\n'
    + 'Graphic: CGTN\nInfographic: Jane Doe/CGTN\nMap: Where the floods hit\nThe data will be released next year.';
  assert.deepEqual(kinds(text), ['paragraph', 'caption', 'caption', 'caption', 'caption', 'paragraph', 'paragraph']);
});

test('a lone word of page furniture ("ADVERTISEMENT") and a link or clip line ("Read more: …", "Video: …") are fragments', () => {
  const text = 'The bank held rates on Thursday.\nADVERTISEMENT\nRead more: Japan\'s exports fall for third month\n'
    + 'Video: Inside the central bank\'s trading room\nRelated: Yen slides to 34-year low\nRead more: the bank said it would act.';
  assert.deepEqual(kinds(text), ['paragraph', 'fragment', 'fragment', 'fragment', 'fragment', 'paragraph']);
});

test('a quotation running across an advertisement line and a video teaser keeps its speaker', () => {
  const text = 'Astronomers announced the find on Monday.\n"We are seeing light from the dawn of time," said astronomer Mary Major.\n'
    + '"The galaxy is astonishingly bright.\nADVERTISEMENT\nVideo: Inside the telescope\'s control room\n'
    + '"It will rewrite the textbooks," she added.';
  const quotes = createAnalyzer().analyze(text).quotes.map((q) => [text.slice(q.start, q.start + 12), q.speaker?.name]);
  assert.deepEqual(quotes, [['"We are seei', 'Mary Major'], ['"The galaxy ', 'Mary Major'], ['"It will rew', 'Mary Major']]);
});
