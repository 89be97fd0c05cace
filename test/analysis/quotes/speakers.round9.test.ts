import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const quotesOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs));
const speakerOf = (text: string, specs: EntitySpec[], i = 0) => quotesOf(text, specs)[i]?.speaker;

test('a next sentence that only credits the quotation names its speaker: "Those were the words of X, …"', () => {
  const ZHANG: EntitySpec = { name: 'Zhang Wei', type: 'person', forms: ['Zhang Wei'] };
  const text = '"We will never give up." Those were the words of Zhang Wei, a volunteer who spent three days searching the rubble after the earthquake.';
  assert.equal(speakerOf(text, [ZHANG])?.name, 'Zhang Wei');
});

test('"So said X …" after a quotation names its speaker, however long the sentence runs', () => {
  const QUAN: EntitySpec = { name: 'Quan Hongchan', type: 'person', forms: ['Quan Hongchan'] };
  const s = speakerOf('"I just wanted to enjoy the dive." So said gold medallist Quan Hongchan after her near-perfect final at the Paris Aquatics Centre.', [QUAN]);
  assert.equal(s?.text, 'gold medallist Quan Hongchan');
  assert.equal(s?.name, 'Quan Hongchan');
});

test('the answer of a Q&A interview is said by the interviewee the introduction names, the question by no one', () => {
  const XIE: EntitySpec = { name: 'Xie Feng', type: 'person', forms: ['Xie Feng'] };
  const text = [
    'In an exclusive interview with CGTN, Chinese Ambassador to the U.S. Xie Feng discussed bilateral relations.',
    'Q: "How do you view the latest U.S. export controls on chips?"',
    'A: "China firmly opposes the politicization of trade and technology issues."',
    'Q: What is your message to American businesses?',
    'A: "China\'s door will only open wider."',
  ].join('\n');
  const q = quotesOf(text, [XIE]);
  assert.equal(q.length, 3);
  assert.equal(q[0].speaker, null);
  assert.equal(q[1].speaker?.name, 'Xie Feng');
  assert.equal(q[2].speaker?.name, 'Xie Feng');
});

test('the interviewee is the object of "interviewed" when the outlet is the subject', () => {
  const IMF: EntitySpec = { name: 'Kristalina Georgieva', type: 'person', forms: ['Kristalina Georgieva'] };
  const text = [
    'CGTN interviewed Kristalina Georgieva, managing director of the International Monetary Fund, at the Boao Forum.',
    'Q: Is the global economy heading for a recession?',
    'A: "We do not see a global recession this year."',
  ].join('\n');
  assert.equal(speakerOf(text, [IMF])?.name, 'Kristalina Georgieva');
});

test('a clause crediting the quotation as its subject names the speaker: "…," was the message from X / was all X would say', () => {
  assert.equal(speakerOf('"Peace is the only way," was the message from the pope on Sunday.', [])?.text, 'the pope');
  assert.equal(speakerOf('"We are ready," was all the coach would say.', [])?.text, 'the coach');
});

test('"the statement said" speaks for whoever issued the statement introduced before ("X said in a statement")', () => {
  const EMBASSY: EntitySpec = { name: 'Chinese Embassy in the Philippines', type: 'organization', forms: ['Chinese Embassy in the Philippines'] };
  const MANILA: EntitySpec = { name: 'Manila', type: 'location', forms: ['Manila'] };
  const text = 'The Chinese Embassy in the Philippines said in a statement that Manila\'s claims were groundless. "China urges the Philippine side to stop its provocation," the statement said.';
  const s = speakerOf(text, [EMBASSY, MANILA]);
  assert.equal(s?.text, 'the statement');
  assert.equal(s?.name, 'Chinese Embassy in the Philippines');
});

test('"the post read" after "In a post on Weibo, X said" speaks for X, the subject of the reporting verb', () => {
  const CMA: EntitySpec = { name: 'China Meteorological Administration', type: 'organization', forms: ['China Meteorological Administration'] };
  const WEIBO: EntitySpec = { name: 'Weibo', type: 'organization', forms: ['Weibo'] };
  const text = 'In a post on Weibo, the China Meteorological Administration said heavy rain would hit Guangdong. "Residents should avoid unnecessary travel," the post read.';
  assert.equal(speakerOf(text, [CMA, WEIBO])?.name, 'China Meteorological Administration');
});

test('"He" capitalized inside a sentence is the surname He of the one person so named ("…," He told reporters)', () => {
  const HE: EntitySpec = { name: 'He Lifeng', type: 'person', forms: ['He Lifeng'] };
  const BESSENT: EntitySpec = { name: 'Scott Bessent', type: 'person', forms: ['Scott Bessent'] };
  const text = 'Vice Premier He Lifeng met Treasury Secretary Scott Bessent in Geneva. "We have reached an important consensus," He told reporters.';
  assert.equal(speakerOf(text, [HE, BESSENT])?.name, 'He Lifeng');
});

test('the full stop of an initial ("met U.S. Treasury Secretary X") ends no sentence: "he" is still the subject', () => {
  const LI: EntitySpec = { name: 'Li Chenggang', type: 'person', forms: ['Li Chenggang'], roles: ['vice minister'] };
  const US: EntitySpec = { name: 'U.S. Treasury', type: 'organization', forms: ['U.S. Treasury'] };
  const BESSENT: EntitySpec = { name: 'Scott Bessent', type: 'person', forms: ['Scott Bessent'], roles: ['treasury secretary', 'secretary'] };
  const text = 'Vice Minister Li Chenggang met U.S. Treasury Secretary Scott Bessent in Geneva. "We had a productive meeting," he told reporters.';
  assert.equal(speakerOf(text, [LI, US, BESSENT])?.name, 'Li Chenggang');
});

test('an epithet ("the 21-year-old", "the Spaniard") stands for the subject just named in its paragraph, not the object', () => {
  const ALCARAZ: EntitySpec = { name: 'Carlos Alcaraz', type: 'person', forms: ['Carlos Alcaraz', 'Alcaraz'] };
  const SINNER: EntitySpec = { name: 'Jannik Sinner', type: 'person', forms: ['Jannik Sinner', 'Sinner'] };
  const SPANISH: EntitySpec = { name: 'Spanish', type: 'misc', forms: ['Spanish'] };
  const text = 'Spanish star Carlos Alcaraz beat Jannik Sinner in five sets. "It was the hardest match of my life," the 21-year-old said.';
  assert.equal(speakerOf(text, [ALCARAZ, SINNER, SPANISH])?.name, 'Carlos Alcaraz');
  // named only in the paragraph before: still the one just named (see epithets.round16.test.ts)
  assert.equal(speakerOf('Carlos Alcaraz won in five sets.\n"It was the hardest match of my life," the 21-year-old said.', [ALCARAZ])?.name, 'Carlos Alcaraz');
});

test('a lower-case title noun before a name ("Foreign Ministry spokesperson Guo Jiakun met …") keeps the name the subject', () => {
  const GUO: EntitySpec = { name: 'Guo Jiakun', type: 'person', forms: ['Guo Jiakun'] };
  const US: EntitySpec = { name: 'U.S.', type: 'location', forms: ['U.S.'] };
  const BLINKEN: EntitySpec = { name: 'Antony Blinken', type: 'person', forms: ['Antony Blinken'] };
  const text = 'Foreign Ministry spokesperson Guo Jiakun criticized U.S. Secretary of State Antony Blinken on Monday. "The U.S. should stop smearing China," he said.';
  assert.equal(speakerOf(text, [GUO, US, BLINKEN])?.name, 'Guo Jiakun');
});

test('"A senior official at the ministry, who declined to be named, told …" is the official, speaking for the ministry', () => {
  const MOFCOM: EntitySpec = { name: 'Ministry of Commerce', type: 'organization', forms: ['Ministry of Commerce'] };
  const s = speakerOf('A senior official at the Ministry of Commerce, who declined to be named, told reporters the talks were "constructive."', [MOFCOM]);
  assert.equal(s?.text, 'A senior official');
  assert.equal(s?.name, 'Ministry of Commerce');
});

test('"the memo" after "Huawei founder Ren Zhengfei said in a memo" is Ren, not the company in his title', () => {
  const HUAWEI: EntitySpec = { name: 'Huawei', type: 'organization', forms: ['Huawei'] };
  const REN: EntitySpec = { name: 'Ren Zhengfei', type: 'person', forms: ['Ren Zhengfei'] };
  const text = 'Huawei founder Ren Zhengfei said in an internal memo that the company must survive. "The coming years will be difficult," the memo said.';
  assert.equal(speakerOf(text, [HUAWEI, REN])?.name, 'Ren Zhengfei');
});

test('"…," the newspaper quoted an official as saying: the speaker is the official', () => {
  assert.equal(speakerOf('"Every resident will live near a park by 2027," the newspaper quoted an official as saying.', [])?.text, 'an official');
});
