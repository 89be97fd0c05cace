import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { findModelDir } from '../../../server/src/analysis/entities/findModelDir';
import { loadRecognizer } from '../../../server/src/analysis/entities/recognizer';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';

const recognizer = loadRecognizer();

/** Mentions of one block as "text/type". */
function entities(text: string): string[] {
  const { tokens, sentences } = tokenize(text);
  return recognizer.recognize(text, tokens, sentences).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

test('loads the shipped model from the default location and recognizes a place with it', () => {
  assert.ok(entities('Tourists flocked to Seoul on Sunday.').includes('Seoul/location'));
});

test('separates a nationality and a title from the name: Chinese is misc, Wang Yi a person', () => {
  const found = entities('Chinese Foreign Minister Wang Yi on Wednesday reiterated China\'s opposition to the deployment of the missile system.');
  assert.ok(found.includes('Chinese/misc'), found.join(' '));
  assert.ok(found.includes('Wang Yi/person'), found.join(' '));
  assert.ok(found.includes('China/location'), found.join(' '));
});

test('recognizes a Korean hyphenated given name as one person', () => {
  const found = entities('Wang urged his South Korean counterpart Kang Kyung-wha in Beijing on Wednesday to keep her word.');
  assert.ok(found.includes('Kang Kyung-wha/person'), found.join(' '));
  assert.ok(found.includes('South Korean/misc'), found.join(' '));
  assert.ok(found.includes('Beijing/location'), found.join(' '));
});

test('types the Minjoo Party of Korea as an organization', () => {
  const found = entities('Wang Yi met with a delegation of the opposition Minjoo Party of Korea.');
  assert.ok(found.includes('Minjoo Party of Korea/organization'), found.join(' '));
});

test('never ends a mention with the possessive \'s or punctuation', () => {
  const text = "Beijing attaches importance to Seoul's pledge, and to South Korea's security.";
  const { tokens, sentences } = tokenize(text);
  const ms = recognizer.recognize(text, tokens, sentences);
  assert.ok(ms.length >= 2);
  for (const m of ms) assert.match(text.slice(m.start, m.end), /[\p{L}\p{N}.]$/u);
  assert.ok(ms.some((m) => text.slice(m.start, m.end) === 'Seoul'));
});

test('keeps the photo credit word out of the agency name', () => {
  const found = entities('Chinese President Xi Jinping meets with South Korean President Moon Jae-in in Da Nang, Vietnam, November 11, 2017. /Xinhua Photo');
  assert.ok(found.includes('Xinhua/organization'), found.join(' '));
  assert.ok(found.includes('Xi Jinping/person'), found.join(' '));
});

test('puts every mention on token boundaries with a score between 0 and 1', () => {
  const text = 'Large numbers of South Koreans rallied against the risky move in Seongju, 296 kilometers southeast of Seoul.';
  const { tokens, sentences } = tokenize(text);
  const starts = new Set(tokens.map((t) => t.start)), ends = new Set(tokens.map((t) => t.end));
  const ms = recognizer.recognize(text, tokens, sentences);
  assert.ok(ms.length >= 2);
  for (const m of ms) {
    assert.ok(starts.has(m.start) && ends.has(m.end));
    assert.ok(m.score! >= 0 && m.score! <= 1);
  }
});

test('finds nothing in an empty block or one without names', () => {
  assert.deepEqual(entities(''), []);
  assert.deepEqual(entities('the two sides should cherish the hard-won results.'), []);
});

test('finds the model directory by walking up from a bundle location such as out/', () => {
  const root = join(__dirname, '../../..');
  assert.equal(findModelDir(join(root, 'out')), join(root, 'server', 'models', 'ner'));
  assert.throws(() => findModelDir('/'));
});

test('recognizes a long block with odd characters without throwing', () => {
  const text = `${'Wang Yi met Kang Kyung-wha 🇰🇷 in Beijing\u0000 on “Wednesday”.\r\n'.repeat(3000)}\uD800 lone surrogate`;
  const { tokens, sentences } = tokenize(text);
  const ms = recognizer.recognize(text, tokens, sentences);
  assert.ok(ms.length >= 3000);
  for (const m of ms) assert.ok(m.start < m.end && m.end <= text.length);
});
