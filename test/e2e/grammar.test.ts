// The TextMate grammar (syntaxes/article.tmLanguage.json) scopes the article's structure: header, captions, quotes.
// Tokenised with vscode-textmate + vscode-oniguruma, the engine VS Code itself uses.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { has, loadGrammar, scopesAt, tokenize } from './grammarHelpers';

const repo = path.resolve(__dirname, '..', '..');

const HEADED = [
  'China urges South Korea to continue to properly handle THAAD issue',
  'CGTN',
  '["china"]',
  'Chinese Foreign Minister Wang Yi urged South Korea to continue to properly handle the issue.',
  'Chinese Foreign Minister Wang Yi and his South Korean counterpart Kang Kyung-wha hold talks in Beijing, November 22, 2017. /CGTN Photo',
  '"We are not considering any additional THAAD deployment," Kang said on October 30.',
  'A Terminal High Altitude Area Defense (THAAD) interceptor is launched during an intercept test. /Reuters Photo',
  'Chinese President Xi Jinping (R) meets with South Korean President Moon Jae-in in Da Nang, Vietnam, November 11, 2017. /Xinhua Photo',
  'The minister said \u201cthe two sides should cherish the hard-won results\u201d on Friday.',
  '6km',
].join('\n');

test('the first line of a headed article is a bold title (markup.bold.title)', async () => {
  const lines = tokenize(await loadGrammar(), HEADED);
  assert.ok(has(scopesAt(lines, 0, 'China urges'), 'markup.bold.title'));
});

test('the source line and the JSON tag list under the title are scoped as header parts', async () => {
  const lines = tokenize(await loadGrammar(), HEADED);
  assert.ok(has(scopesAt(lines, 1, 'CGTN'), 'entity.name.tag.source'));
  assert.ok(has(scopesAt(lines, 2, 'china'), 'meta.embedded.tags'));
  assert.ok(has(scopesAt(lines, 2, 'china'), 'string.quoted.double'));
});

test('a byline and a timestamp under the title are header parts, and the tag list after them still is', async () => {
  const text = ['China, S. Korea agree to move past THAAD', 'By Li Jing', 'CGTN', 'Updated 14:32, 22-Nov-2017', '["china"]', 'Chinese Foreign Minister Wang Yi met his South Korean counterpart on Wednesday in Beijing.'].join('\n');
  const lines = tokenize(await loadGrammar(), text);
  assert.ok(has(scopesAt(lines, 1, 'Li Jing'), 'meta.byline'));
  assert.ok(has(scopesAt(lines, 2, 'CGTN'), 'entity.name.tag.source'));
  assert.ok(has(scopesAt(lines, 3, '22-Nov-2017'), 'constant.other.timestamp'));
  assert.ok(has(scopesAt(lines, 4, 'china'), 'meta.embedded.tags'));
  assert.deepEqual(scopesAt(lines, 5, 'Wang Yi'), ['text.article']);
});

test('a paragraph after the header is plain text', async () => {
  const lines = tokenize(await loadGrammar(), HEADED);
  assert.deepEqual(scopesAt(lines, 3, 'Wang Yi'), ['text.article']);
});

test('captions ending /CGTN Photo, /Reuters Photo and /Xinhua Photo are comment lines with a credit', async () => {
  const lines = tokenize(await loadGrammar(), HEADED);
  const captions = [[4, 'Chinese Foreign', '/CGTN Photo'], [6, 'A Terminal', '/Reuters Photo'], [7, 'Chinese President', '/Xinhua Photo']] as const;
  for (const [lineNo, start, credit] of captions) {
    assert.ok(has(scopesAt(lines, lineNo, start), 'comment.line.caption'), `caption line ${lineNo}`);
    assert.ok(has(scopesAt(lines, lineNo, credit), 'comment.line.credit'), credit);
  }
});

test('a caption credited "(Xinhua/Ju Peng)" after its sentence is a comment line with a credit; a poll "(Reuters/Ipsos)" is not', async () => {
  const text = ['Xi Jinping meets Moon Jae-in in Da Nang, Vietnam, Nov. 11, 2017. (Xinhua/Ju Peng)', 'Most voters back the plan, says a poll by Reuters (Reuters/Ipsos)'].join('\n');
  const lines = tokenize(await loadGrammar(), text);
  assert.ok(has(scopesAt(lines, 0, 'Ju Peng'), 'comment.line.credit'));
  assert.ok(!has(scopesAt(lines, 1, 'Ipsos'), 'comment.line'));
});

test('captions credited as other outlets print them are comment lines with a credit; prose with a slash is not', async () => {
  const text = [
    'Rescue workers search for survivors in Ho Chi Minh City, Vietnam, Oct. 28, 2025. /Xinhua',
    'Protesters gather outside parliament in Nairobi, Kenya, June 25, 2024. REUTERS/Jane Doe/File Photo',
    'A voter casts a ballot in Seoul, South Korea, June 3, 2025. (AP Photo/Lee Jin-man)',
    'A Long March rocket lifts off in Wenchang, Hainan Province, Nov. 15, 2025. Photo by Li Xin/Getty Images',
    'Delegates arrive for the summit in Rio de Janeiro, Brazil, July 6, 2025. Mauro Pimentel via Getty Images',
    'Tourists visit the Forbidden City in Beijing, Oct. 3, 2025. IC Photo',
    'The train reached 350 km/h on the new line, officials said.',
  ].join('\n');
  const lines = tokenize(await loadGrammar(), text);
  const credits = ['/Xinhua', 'REUTERS/Jane Doe/File Photo', '(AP Photo/Lee Jin-man)', 'Photo by Li Xin/Getty Images', 'Mauro Pimentel via Getty Images', 'IC Photo'];
  credits.forEach((credit, lineNo) => {
    assert.ok(has(scopesAt(lines, lineNo, credit), 'comment.line.credit'), credit);
    assert.ok(!has(scopesAt(lines, lineNo, text.split('\n')[lineNo].slice(0, 8)), 'markup.bold.title'), `${credit}: the first line is a caption, not a title`);
  });
  assert.ok(!has(scopesAt(lines, 6, 'km/h'), 'comment.line'));
});

test('a first line that is a caption "(Photo/CGTN)" is a caption, not a title', async () => {
  const text = 'Chinese Foreign Minister Wang Yi (R) meets with a delegation, Jan. 5, 2017. (Photo/CGTN)\nWang said so.';
  const lines = tokenize(await loadGrammar(), text);
  const scopes = scopesAt(lines, 0, 'Chinese');
  assert.ok(has(scopes, 'comment.line.caption'));
  assert.ok(!has(scopes, 'markup.bold.title'));
  assert.ok(has(scopesAt(lines, 0, '(Photo/CGTN)'), 'comment.line.credit'));
});

test('a first line that is a sentence is not a title', async () => {
  const lines = tokenize(await loadGrammar(), 'Wang Yi met Kang Kyung-wha in Beijing on Wednesday.\nThey talked.');
  assert.ok(!has(scopesAt(lines, 0, 'Wang'), 'markup.bold.title'));
});

test('straight and curly double quotes are string.quoted.double, the text around them is not', async () => {
  const lines = tokenize(await loadGrammar(), HEADED);
  assert.ok(has(scopesAt(lines, 5, 'We are not'), 'string.quoted.double'));
  assert.ok(!has(scopesAt(lines, 5, 'Kang said'), 'string.quoted'));
  assert.ok(has(scopesAt(lines, 8, 'the two sides'), 'string.quoted.double'));
  assert.ok(!has(scopesAt(lines, 8, 'on Friday'), 'string.quoted'));
});

test('an unclosed quotation stops at the end of its paragraph', async () => {
  const lines = tokenize(await loadGrammar(), 'Title line here\nCGTN\n\n"We will keep talking, he said.\nThe next paragraph is plain.');
  assert.ok(has(scopesAt(lines, 3, 'We will'), 'string.quoted.double'));
  assert.deepEqual(scopesAt(lines, 4, 'The next'), ['text.article']);
});

test('a stray fragment such as "6km" is plain text', async () => {
  const lines = tokenize(await loadGrammar(), HEADED);
  assert.deepEqual(scopesAt(lines, 9, '6km'), ['text.article']);
});

test('the real sample articles tokenise with a title or caption on their first line', async () => {
  const grammar = await loadGrammar();
  for (const name of fs.readdirSync(path.join(repo, 'samples')).filter((n) => n.endsWith('.article'))) {
    const lines = tokenize(grammar, fs.readFileSync(path.join(repo, 'samples', name), 'utf8'));
    const first = lines[0].flatMap((t) => t.scopes);
    assert.ok(has(first, 'markup.bold.title') || has(first, 'comment.line.caption'), `${name}: ${first}`);
  }
});

test('notes on the story ("(Reporting by …)", "Source(s): Xinhua", "Copyright …") are comment lines; a sentence opening with "Sources" is not', async () => {
  const text = [
    'Oil prices fell on Tuesday, traders said.',
    '(Reporting by Jane Doe in London; Editing by John Roe)',
    '(With input from agencies)',
    'Source(s): Xinhua',
    'Copyright 2025 The Associated Press. All rights reserved.',
    'Sources said the talks would resume next week.',
  ].join('\n');
  const lines = tokenize(await loadGrammar(), text);
  for (const [lineNo, start] of [[1, 'Jane Doe'], [2, 'With input'], [3, 'Xinhua'], [4, 'Copyright']] as const)
    assert.ok(has(scopesAt(lines, lineNo, start), 'comment.line.note'), start);
  assert.deepEqual(scopesAt(lines, 5, 'Sources said'), ['text.article']);
});
