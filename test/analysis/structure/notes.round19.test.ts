import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

const kinds = (text: string) => readStructure(text).blocks.map((b) => b.kind);
/** The kinds of the blocks of an article of these lines. */
const kindsOf = (...lines: string[]) => kinds(lines.join('\n'));

test('the credits under a wire story ("(Reporting by …; Editing by …)", "(With input from agencies)") are notes, not paragraphs', () => {
  const text = 'Oil prices fell on Tuesday, traders said.\n(Reporting by Jane Doe in London; Editing by John Roe)\n'
    + '(With input from agencies)\nAdditional reporting by Li Wei.\nWith inputs from Xinhua';
  assert.deepEqual(kinds(text), ['paragraph', 'note', 'note', 'note', 'note']);
});

test('labelled credits, contacts, copyright and corrections are notes', () => {
  const text = 'The festival opens on Friday.\nSource(s): Xinhua\nSources: Xinhua, CGTN\nEditor: Li Wei\nVideo editor: Li Na\n'
    + 'Contact the writer at jane@example.com\nCopyright 2025 The Associated Press. All rights reserved.\n© 2025 Reuters\n'
    + 'This story has been corrected to show that the minister spoke on Thursday.\nOur Standards: The Thomson Reuters Trust Principles.';
  assert.deepEqual(kinds(text), ['paragraph', ...Array(9).fill('note')]);
});

test('what a writer contributed and an opinion piece\'s author and disclaimer close the story as notes', () => {
  assert.deepEqual(kindsOf(
    'The council met on Monday.',
    'Associated Press writer Jane Doe in Tokyo contributed to this report.',
    'The author is a senior fellow at a think tank in Beijing.',
    'The views do not necessarily reflect those of CGTN.',
    'The article reflects the author\'s opinions and not necessarily the views of CGTN.',
    'Enditem',
  ), ['paragraph', 'note', 'note', 'note', 'note', 'fragment']);
});

test('"The author is …" inside the story, before its last paragraph, is the story\'s sentence', () => {
  const text = 'The novel won the prize on Sunday.\nThe author is a former diplomat who served in Nairobi.\nThe award ceremony was held in Shanghai.';
  assert.deepEqual(kinds(text), ['paragraph', 'paragraph', 'paragraph']);
});

test('sentences that open like a note but report the news stay paragraphs', () => {
  const text = 'Sources said the talks would resume next week.\nWith the deal signed, exports are set to rise.\nWith input from farmers, the plan was redrawn.\n'
    + 'This story began in 2019 when the mine closed.\nEditor\'s note: The following is an interview with the mayor.\n'
    + 'Reporting by state media said 12 people were missing.\nThe dip does not necessarily reflect weaker demand, analysts said.';
  assert.deepEqual(kinds(text), Array(7).fill('paragraph'));
});

test('the people and agencies a note names are still found', () => {
  const text = 'Brent crude fell 1% on Tuesday.\n(Reporting by Jane Doe in London; Editing by Mark Potter)';
  const names = createAnalyzer().analyze(text).mentions.map((m) => [m.text, m.type]);
  assert.ok(names.some(([t, type]) => t === 'Jane Doe' && type === 'person'));
  assert.ok(names.some(([t, type]) => t === 'Mark Potter' && type === 'person'));
});

test('a credit of the pictures alone on its line ("Photos by Wang Lei") and a pointer to more coverage ("Follow … at https://…") are notes', () => {
  const text = 'Lanterns light up the old town, Feb. 2, 2025. /VCG\nPhotos by Wang Lei\nFollow AP\'s coverage of Asia at https://example.com/asia\n'
    + 'Photos by tourists show the flooded square.';
  assert.deepEqual(kinds(text), ['caption', 'note', 'note', 'paragraph']);
});

test('an interview\'s editing note, a newsletter pitch and a funder\'s disclaimer under the story are notes', () => {
  assert.deepEqual(kindsOf(
    'Q: How has trade changed?',
    'A: It has grown steadily.',
    'The interview has been edited for length and clarity.',
    'Subscribe to our newsletter for the latest news.',
    'Sign up here.',
    'The Associated Press\' climate coverage receives financial support from private foundations. AP is solely responsible for all content.',
  ), ['paragraph', 'paragraph', 'note', 'note', 'note', 'note']);
});

test('a closing line saying who the byline\'s writer is ("Jane Doe is a Bangkok-based correspondent") is a note; one about someone else is not', () => {
  const story = 'Mekong catch is shrinking\nBy Jane Doe\nPublished March 3, 2025\nFishermen say the catch is shrinking.\n';
  assert.deepEqual(kinds(story + 'Jane Doe is a Bangkok-based correspondent covering Southeast Asia.'), ['title', 'byline', 'timestamp', 'paragraph', 'note']);
  assert.deepEqual(kinds(story + 'Sok Chea is a fisherman who has worked the river for 30 years.'), ['title', 'byline', 'timestamp', 'paragraph', 'paragraph']);
});

test('a disclaimer with its label ("Disclaimer: This article is reproduced …") is a note', () => {
  assert.deepEqual(kinds('Measles cases rose in Europe, the WHO said.\nDisclaimer: This article is reproduced from other media.'), ['paragraph', 'note']);
});
