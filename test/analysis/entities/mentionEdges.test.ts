import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trimMentionEdges } from '../../../server/src/analysis/entities/mentionEdges';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { EntityType, Origin, RawMention } from '../../../server/src/analysis/types';

const span = (text: string, s: string, type: EntityType, origin: Origin = 'detected'): RawMention => {
  const i = text.indexOf(s);
  assert.ok(i >= 0, s);
  return { start: i, end: i + s.length, type, score: 0.9, origin };
};
const run = (text: string, ms: RawMention[]) => trimMentionEdges(text, ms, tokenize(text).tokens).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('a title before a person is not part of the name', () => {
  const text = 'Chinese Foreign Minister Wang Yi met Kang on Wednesday.';
  assert.deepEqual(run(text, [span(text, 'Minister Wang Yi', 'person')]), ['Wang Yi/person']);
});

test('an organization running into a title and a name becomes the organization and the person', () => {
  const text = 'Federal Reserve Governor Dana Whitfield said rates would stay.';
  assert.deepEqual(run(text, [span(text, 'Federal Reserve Governor Dana Whitfield', 'organization')]), ['Federal Reserve/organization', 'Dana Whitfield/person']);
});

test('a name does not end in a lower-case word', () => {
  const text = 'The NAPM rose to 52 in August.';
  assert.deepEqual(run(text, [span(text, 'NAPM rose', 'organization')]), ['NAPM/organization']);
});

test('a name with a lower-case particle inside it keeps it ("Minjoo Party of Korea")', () => {
  const text = 'Wang met a delegation of the opposition Minjoo Party of Korea.';
  assert.deepEqual(run(text, [span(text, 'Minjoo Party of Korea', 'organization')]), ['Minjoo Party of Korea/organization']);
});

test('a span a person tagged keeps its edges, title included', () => {
  const text = 'Judge Marta Ilyina ordered the release.';
  assert.deepEqual(run(text, [span(text, 'Judge Marta Ilyina', 'person', 'user')]), ['Judge Marta Ilyina/person']);
});

test('a name right after a title is a person, whatever type the tagger gave it', () => {
  const text = 'The plan was proposed by Chinese President Xi Jinping in 2013.';
  assert.deepEqual(run(text, [span(text, 'Xi Jinping', 'organization')]), ['Xi Jinping/person']);
});

test('"General Assembly" and "Premier League" are institutions, not a title and a person', () => {
  const text = 'The General Assembly voted, and the Premier League agreed.';
  assert.deepEqual(run(text, [span(text, 'General Assembly', 'organization'), span(text, 'Premier League', 'misc')]), ['General Assembly/organization', 'Premier League/misc']);
});

test('a name holds no verb: "Li joined Tsinghua University" is the university', () => {
  const text = 'Li joined Tsinghua University in 1990.';
  assert.deepEqual(run(text, [span(text, 'Li joined Tsinghua University', 'organization')]), ['Tsinghua University/organization']);
  const keep = 'The Bank of England and the Hong Kong and Macao Affairs Office agreed.';
  assert.deepEqual(run(keep, [span(keep, 'Bank of England', 'organization'), span(keep, 'Hong Kong and Macao Affairs Office', 'organization')]),
    ['Bank of England/organization', 'Hong Kong and Macao Affairs Office/organization']);
});

test('a name stops before a closing bracket it did not open: "IMF) Managing" is "IMF"', () => {
  const text = 'The International Monetary Fund (IMF) Managing Director Christine Lagarde spoke.';
  assert.deepEqual(run(text, [span(text, 'IMF) Managing', 'organization')]), ['IMF/organization']);
});

test('"Chief Justice", "Chief Executive Officer" and "Sheikha" are titles, not part of the person', () => {
  const text = 'Chief Justice Mary Holt thanked Chief Executive Officer Dan Reyes and Sheikha Noor Al Qasimi.';
  const ms = [span(text, 'Justice Mary Holt', 'person'), span(text, 'Chief Executive Officer Dan Reyes', 'person'), span(text, 'Sheikha Noor Al Qasimi', 'person')];
  assert.deepEqual(run(text, ms), ['Mary Holt/person', 'Dan Reyes/person', 'Noor Al Qasimi/person']);
  // Institutions after such a word stay whole.
  const keep = 'The Executive Yuan and the Justice Department replied.';
  assert.deepEqual(run(keep, [span(keep, 'Executive Yuan', 'organization'), span(keep, 'Justice Department', 'organization')]), ['Executive Yuan/organization', 'Justice Department/organization']);
});

test('an organization does not end in the title of the person after it: "High Court Judge Tom Ash" is "High Court"', () => {
  const text = 'High Court Judge Tom Ash and the Court of Justice Monday agreed.';
  assert.deepEqual(run(text, [span(text, 'High Court Judge', 'organization'), span(text, 'Tom Ash', 'person'), span(text, 'Court of Justice', 'organization')]),
    ['High Court/organization', 'Tom Ash/person', 'Court of Justice/organization']);
});
