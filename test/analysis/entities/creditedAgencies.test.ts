import assert from 'node:assert/strict';
import { test } from 'node:test';
import { creditedAgencies, withCreditedAgencies } from '../../../server/src/analysis/entities/creditedAgencies';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

const agencies = (text: string) => creditedAgencies(text, readStructure(text)).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

// The opening of samples/wang-yi-kang-kyung-wha.article: title, source line, tag list, then a captioned photo.
const KANG =
  'China urges South Korea to continue to properly handle THAAD issue\nCGTN\n["china"]\n' +
  'Chinese Foreign Minister Wang Yi (R) meets with South Korean Foreign Minister Kang Kyung-wha in Beijing, November 22, 2017. /CGTN Photo\n' +
  'Chinese Foreign Minister Wang Yi urged South Korea to continue to properly handle the issue.';

test('the header source line and the agency of a "/CGTN Photo" credit are organizations', () => {
  assert.deepEqual(agencies(KANG), ['CGTN/organization', 'CGTN/organization']);
});

test('"(Photo/CGTN)" and "(Photo: Xinhua)" credit the agency inside the brackets', () => {
  const text = 'Wang Yi meets with a delegation of the Minjoo Party of Korea, Jan. 5, 2017. (Photo/CGTN)\nA rescue team works in Sichuan, May 13, 2008. (Photo: Xinhua)\nThe talks went on.';
  assert.deepEqual(agencies(text), ['CGTN/organization', 'Xinhua/organization']);
});

test('a credit that names no one ("File photo") gives nothing', () => {
  const text = 'Soldiers stand guard in Seongju, South Korea. (File photo)\nThe talks went on.';
  assert.deepEqual(agencies(text), []);
});

test('a credited agency replaces what the tagger made of the credit ("CGTN Photo" as misc)', () => {
  const structure = readStructure(KANG);
  const credit = KANG.indexOf('CGTN Photo');
  const wang = KANG.indexOf('Wang Yi');
  const out = withCreditedAgencies(KANG, structure, [
    { start: wang, end: wang + 7, type: 'person', score: 1, origin: 'detected' },
    { start: credit, end: credit + 10, type: 'misc', score: 0.9, origin: 'detected' },
  ]);
  assert.deepEqual(out.map((m) => `${KANG.slice(m.start, m.end)}/${m.type}`), ['CGTN/organization', 'Wang Yi/person', 'CGTN/organization']);
});

test('an "(Xinhua/Li Xin)" credit after a caption credits the agency as an organization and the photographer as a person', () => {
  const text = 'Talks in Beijing\nCGTN\nXi Jinping meets Moon Jae-in in Da Nang, Vietnam, Nov. 11, 2017. (Xinhua/Ju Peng)\nThey talked.';
  const found = creditedAgencies(text, readStructure(text)).map((m) => [text.slice(m.start, m.end), m.type]);
  assert.deepEqual(found, [['CGTN', 'organization'], ['Ju Peng', 'person'], ['Xinhua', 'organization']]);
});

test('"(Reuters/Ipsos)" after a poll, not after a finished caption sentence, is no photo credit', () => {
  const text = 'Most voters back the plan, a poll by Reuters (Reuters/Ipsos)\nThey talked.';
  assert.equal(readStructure(text).blocks[0].kind, 'paragraph');
});
