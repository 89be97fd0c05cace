import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes, type QuoteInput } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const quotesOf = (text: string, specs: EntitySpec[] = []) => findQuotes(quoteInput(text, specs));
const said = (text: string, specs: EntitySpec[] = []) => quotesOf(text, specs).map((q) => [q.text, q.speaker?.name ?? null]);

/** The input with its first line made the headline, as the structure layer reads a CGTN header. */
const withHeadline = (input: QuoteInput): QuoteInput => ({ ...input, blocks: input.blocks.map((b, i) => (i === 0 ? { ...b, kind: 'title' as const } : b)) });

const LI_WEI: EntitySpec = { name: 'Li Wei', type: 'person', forms: ['Li Wei'] };

test('an answer marked only "A:" is the quotation of the one interviewee the introduction names', () => {
  const text = [
    'CGTN spoke with economist Li Wei about the trade talks.',
    'Q: What do you expect from the next round?',
    'A: I expect both sides to agree on lower tariffs for farm goods.',
    'Q: Will the deal last?',
    'A: That depends on whether the enforcement mechanism is credible.',
  ].join('\n');
  assert.deepEqual(said(text, [LI_WEI]), [
    ['I expect both sides to agree on lower tariffs for farm goods.', 'Li Wei'],
    ['That depends on whether the enforcement mechanism is credible.', 'Li Wei'],
  ]);
});

test('an "Answer:" label is no speaker: the interviewee says the answer', () => {
  const GEORGIEVA: EntitySpec = { name: 'Kristalina Georgieva', type: 'person', forms: ['Kristalina Georgieva'] };
  const text = [
    'In an exclusive interview, IMF chief Kristalina Georgieva told CGTN the world economy remained resilient.',
    'Question: What worries you most?',
    'Answer: Fragmentation. A world split into blocs would be poorer.',
  ].join('\n');
  assert.deepEqual(said(text, [GEORGIEVA]), [['Fragmentation. A world split into blocs would be poorer.', 'Kristalina Georgieva']]);
});

test('an interviewee who sat down with the outlet is the subject, up to the verb', () => {
  const ZHENG: EntitySpec = { name: 'Zheng Zeguang', type: 'person', forms: ['Zheng Zeguang'] };
  const text = [
    'Ambassador Zheng Zeguang sat down with CGTN this week.',
    'Q: How do you see relations?',
    'A: They are at a crossroads, and both sides must choose wisely.',
  ].join('\n');
  const q = quotesOf(text, [ZHENG]);
  assert.equal(q.length, 1);
  assert.equal(q[0].speaker?.text, 'Ambassador Zheng Zeguang');
  assert.equal(q[0].speaker?.name, 'Zheng Zeguang');
});

test('a Q&A whose introduction names no interviewee is the reporter\'s explainer: its answers are no quotations', () => {
  const text = [
    'What is the new visa rule? Here is what we know.',
    'Q: Who can apply?',
    'A: Citizens of 38 countries can enter visa-free for up to 30 days.',
  ].join('\n');
  assert.deepEqual(said(text), []);
});

test('a Q&A with several people named in its introduction gives its answers to no one of them', () => {
  const ZHANG: EntitySpec = { name: 'Zhang Ming', type: 'person', forms: ['Zhang Ming'] };
  const KAHN: EntitySpec = { name: 'Robert Kahn', type: 'person', forms: ['Robert Kahn'] };
  const text = ['CGTN spoke with Zhang Ming and Robert Kahn about the yuan.', 'Q: Will the yuan weaken?', 'A: Not by much.'].join('\n');
  assert.deepEqual(said(text, [ZHANG, KAHN]), []);
});

test('a paragraph an "A:" answer runs on into is part of the answer when the next question closes it', () => {
  const text = [
    'CGTN sat down with Li Wei, chief economist at a Beijing think tank.',
    'Q: Is deflation a risk?',
    'A: Prices have been soft, but I do not see a deflationary spiral.',
    'Demand will recover as the property market stabilizes.',
    'Q: And exports?',
    'A: Exports will remain strong this year.',
  ].join('\n');
  assert.deepEqual(said(text, [LI_WEI]).map(([, who]) => who), ['Li Wei', 'Li Wei', 'Li Wei']);
  assert.equal(quotesOf(text, [LI_WEI])[1].text, 'Demand will recover as the property market stabilizes.');
});

test('after an interview\'s last answer, the reporter\'s next paragraphs are not taken for the answer', () => {
  const text = [
    'CGTN spoke with economist Li Wei about the trade talks.',
    'Q: Will tariffs come down?',
    'A: I think they will, gradually.',
    'The talks resume in Geneva next week.',
  ].join('\n');
  assert.deepEqual(said(text, [LI_WEI]), [['I think they will, gradually.', 'Li Wei']]);
});

test('a paragraph after an answer that quotes with its own marks keeps its own quotation and attribution', () => {
  const VUCIC: EntitySpec = { name: 'Aleksandar Vucic', type: 'person', forms: ['Aleksandar Vucic'] };
  const text = [
    'In an interview with CGTN, Serbian President Aleksandar Vucic praised the new railway.',
    'Q: How important is Chinese investment?',
    'A: Very important. Chinese firms built our steel mill.',
    '"And they kept every job," he added.',
    'Q: What about the EU?',
    'A: We want both.',
  ].join('\n');
  assert.deepEqual(quotesOf(text, [VUCIC]).map((q) => q.text), ['Very important. Chinese firms built our steel mill.', '"And they kept every job,"', 'We want both.']);
});

test('an answer under its speaker\'s name runs on over unlabelled paragraphs until the next label', () => {
  const MAO: EntitySpec = { name: 'Mao Ning', type: 'person', forms: ['Mao Ning'] };
  const text = [
    'Foreign Ministry spokesperson Mao Ning held a regular press conference on Wednesday.',
    'AFP: A vessel was rammed near the shoal. What is China\'s response?',
    'Mao Ning: The vessel intruded into waters adjacent to the shoal.',
    'The coast guard took necessary measures in accordance with the law.',
    'Reuters: Will China attend the summit?',
    'Mao Ning: We will release information in due course.',
  ].join('\n');
  assert.deepEqual(said(text, [MAO]), [
    ['The vessel intruded into waters adjacent to the shoal.', 'Mao Ning'],
    ['The coast guard took necessary measures in accordance with the law.', 'Mao Ning'],
    ['We will release information in due course.', 'Mao Ning'],
  ]);
});

test('the paragraph after a press conference\'s last answer is the reporter\'s', () => {
  const LIN: EntitySpec = { name: 'Lin Jian', type: 'person', forms: ['Lin Jian'] };
  const text = [
    'Bloomberg: Will China retaliate against the new tariffs?',
    'Lin Jian: China will take necessary measures to safeguard its rights.',
    'The press conference lasted about an hour.',
  ].join('\n');
  assert.deepEqual(said(text, [LIN]), [['China will take necessary measures to safeguard its rights.', 'Lin Jian']]);
});

const XI: EntitySpec = { name: 'Xi Jinping', type: 'person', forms: ['Xi Jinping'] };
const PUTIN: EntitySpec = { name: 'Vladimir Putin', type: 'person', forms: ['Vladimir Putin'] };
const nation = (word: string): EntitySpec => ({ name: word, type: 'misc', forms: [word] });
const MEETING = 'Xi Jinping met Vladimir Putin in Moscow on Tuesday.';

test('"the Chinese president" among two people named bare is the one whose name is written the Chinese way', () => {
  const text = `${MEETING} "Our cooperation targets no third party," the Chinese president said.`;
  assert.equal(quotesOf(text, [XI, PUTIN, nation('Chinese')])[0].speaker?.name, 'Xi Jinping');
});

test('"the Russian leader" among two people named bare is the one whose name does not say another nation', () => {
  const text = `${MEETING} "We will never accept a unipolar world," the Russian leader said.`;
  assert.equal(quotesOf(text, [XI, PUTIN, nation('Russian')])[0].speaker?.name, 'Vladimir Putin');
});

test('a name written the Chinese way tells apart two people who hold the same title', () => {
  const titled = (spec: EntitySpec): EntitySpec => ({ ...spec, roles: ['president'] });
  const text = 'President Xi Jinping met President Vladimir Putin in Beijing. "We are good neighbors," the Russian president said.';
  assert.equal(quotesOf(text, [titled(XI), titled(PUTIN), nation('Russian')])[0].speaker?.name, 'Vladimir Putin');
  const chinese = text.replace('Russian', 'Chinese');
  assert.equal(quotesOf(chinese, [titled(XI), titled(PUTIN), nation('Chinese')])[0].speaker?.name, 'Xi Jinping');
});

test('"the Chinese foreign minister" is the one person named the Chinese way in the paragraphs before, titled or not', () => {
  const WANG: EntitySpec = { name: 'Wang Yi', type: 'person', forms: ['Wang Yi'] };
  const BLINKEN: EntitySpec = { name: 'Antony Blinken', type: 'person', forms: ['Antony Blinken'] };
  const text = 'Wang Yi held talks with Antony Blinken in Beijing on Friday.\n"Stable ties serve both peoples," the Chinese foreign minister said.';
  assert.equal(quotesOf(text, [WANG, BLINKEN, nation('Chinese')])[0].speaker?.name, 'Wang Yi');
});

test('when neither name says anything of a nation, a nationality epithet stays unresolved', () => {
  const ERDOGAN: EntitySpec = { name: 'Recep Tayyip Erdogan', type: 'person', forms: ['Recep Tayyip Erdogan'] };
  const ZELENSKY: EntitySpec = { name: 'Volodymyr Zelensky', type: 'person', forms: ['Volodymyr Zelensky'] };
  const text = 'Recep Tayyip Erdogan spoke by phone with Volodymyr Zelensky on Sunday. "We need a just peace," the Ukrainian president said.';
  assert.equal(quotesOf(text, [ERDOGAN, ZELENSKY, nation('Ukrainian')])[0].speaker?.entity, null);
});

test('a clause after a question that opens the next quotation with a colon is the next quotation\'s attribution', () => {
  const MAO: EntitySpec = { name: 'Mao Ning', type: 'person', forms: ['Mao Ning'] };
  const text = 'At the briefing, a reporter asked: "Will the talks resume?" Mao Ning replied: "We are open to dialogue."';
  const q = quotesOf(text, [MAO]);
  assert.equal(q[0].speaker?.text, 'a reporter');
  assert.equal(q[0].speaker?.entity, null);
  assert.equal(q[1].speaker?.name, 'Mao Ning');
});

test('a photo caption between an answer and the next question is no part of the answer', () => {
  const ABDELATTY: EntitySpec = { name: 'Badr Abdelatty', type: 'person', forms: ['Badr Abdelatty'] };
  const text = [
    'In an exclusive interview with CGTN, Foreign Minister Badr Abdelatty discussed the ceasefire.',
    'Q: Is the ceasefire holding?',
    'A: It is fragile.',
    'Trucks are waiting at the crossing, thousands of them.',
    'Trucks wait at a border crossing, January 20, 2025. /CGTN Photo',
    'Q: What role can China play?',
  ].join('\n');
  assert.deepEqual(quotesOf(text, [ABDELATTY]).map((q) => q.text), ['It is fragile.', 'Trucks are waiting at the crossing, thousands of them.']);
});

test('a reporter who interviewed people the text does not name is the interviewer, not the one who answers', () => {
  const WANG: EntitySpec = { name: 'Wang Xin', type: 'person', forms: ['Wang Xin'] };
  const text = ['CGTN reporter Wang Xin interviewed visitors at the expo.', 'Q: What brought you here?', 'A: I came to see the robots.'].join('\n');
  assert.deepEqual(said(text, [WANG]), []);
});

test('the answers of a press conference transcript are those of the one who held it', () => {
  const GUO: EntitySpec = { name: 'Guo Jiakun', type: 'person', forms: ['Guo Jiakun'] };
  const text = [
    'Foreign Ministry spokesperson Guo Jiakun held a press conference on Friday.',
    'Q: Washington announced new sanctions on Chinese firms. What is your comment?',
    'A: China firmly opposes illegal unilateral sanctions.',
  ].join('\n');
  assert.deepEqual(said(text, [GUO]), [['China firmly opposes illegal unilateral sanctions.', 'Guo Jiakun']]);
});

test('a note after a transcript does not close its last answer: the paragraphs before it stay the reporter\'s', () => {
  const LIN: EntitySpec = { name: 'Lin Jian', type: 'person', forms: ['Lin Jian'] };
  const text = [
    'Bloomberg: Will China retaliate against the new tariffs?',
    'Lin Jian: China will take necessary measures to safeguard its rights.',
    'The press conference lasted about an hour.',
    'Editor\'s Note: This story has been updated.',
  ].join('\n');
  assert.deepEqual(said(text, [LIN]).map(([t]) => t), ['China will take necessary measures to safeguard its rights.']);
});

test('a nationality epithet passes over the one just named whose name speaks against that nation', () => {
  const PAN: EntitySpec = { name: 'Pan Zhanle', type: 'person', forms: ['Pan Zhanle'] };
  const CHALMERS: EntitySpec = { name: 'Kyle Chalmers', type: 'person', forms: ['Kyle Chalmers'] };
  const text = 'Pan Zhanle won the 100m freestyle ahead of Kyle Chalmers. "He was just too fast," the Australian said.';
  assert.equal(quotesOf(text, [PAN, CHALMERS, nation('Australian')])[0].speaker?.name, 'Kyle Chalmers');
});

test('a person of the nation who holds another post does not keep "the Chinese president" from the one named bare', () => {
  const LI: EntitySpec = { name: 'Li Qiang', type: 'person', forms: ['Li Qiang'], roles: ['chinese premier', 'premier'] };
  const text = 'Xi Jinping met Chinese Premier Li Qiang on Monday. "We must stay the course," the Chinese president said.';
  assert.equal(quotesOf(text, [XI, LI, nation('Chinese')])[0].speaker?.name, 'Xi Jinping');
});

test('a place after "in" only locates the speaker: "the Chinese embassy in Washington" is not Washington', () => {
  const WASHINGTON: EntitySpec = { name: 'Washington', type: 'location', forms: ['Washington'] };
  const text = 'The Chinese embassy in Washington said in a statement that the accusations were "groundless."';
  const speaker = quotesOf(text, [WASHINGTON, nation('Chinese')])[0].speaker;
  assert.equal(speaker?.text, 'The Chinese embassy in Washington');
  assert.equal(speaker?.entity, null);
});

test('a nationality nominal reaches over a paragraph of quotation back to the two people named bare', () => {
  const WANG: EntitySpec = { name: 'Wang Yi', type: 'person', forms: ['Wang Yi'] };
  const LAVROV: EntitySpec = { name: 'Sergei Lavrov', type: 'person', forms: ['Sergei Lavrov'] };
  const text = [
    'Wang Yi held talks with Sergei Lavrov in Beijing on Tuesday.',
    '"Our relations are rock solid," the Chinese foreign minister said after the talks.',
    'The Russian minister said Moscow "highly values" the partnership.',
  ].join('\n');
  const q = quotesOf(text, [WANG, LAVROV, nation('Chinese'), nation('Russian')]);
  assert.deepEqual(q.map((x) => x.speaker?.name), ['Wang Yi', 'Sergei Lavrov']);
});

test('a bare title labelling a headline quotation ("Chinese envoy:") is the one the story gives that role', () => {
  const XIE: EntitySpec = { name: 'Xie Feng', type: 'person', forms: ['Xie Feng', 'Xie'], roles: ['chinese ambassador to the u.s.', 'ambassador to the u.s.', 'ambassador'] };
  const text = [
    'Chinese envoy: U.S. should "stop interfering" in Hong Kong',
    'Chinese Ambassador to the U.S. Xie Feng on Monday urged Washington to respect China\'s sovereignty.',
    '"The U.S. should stop interfering in Hong Kong affairs," Xie said at a forum.',
  ].join('\n');
  const input = quoteInput(text, [XIE, nation('Chinese')]);
  const q = findQuotes(withHeadline(input));
  assert.equal(q[0].speaker?.text, 'Chinese envoy');
  assert.equal(q[0].speaker?.name, 'Xie Feng');
  // (in the body a bare title is no nominal of its own: only the headline drops the article)
  assert.equal(findQuotes(input)[0].speaker?.entity, null);
});

test('a headline announcing an interview names the interviewee whose answers follow', () => {
  const RUTO: EntitySpec = { name: 'William Ruto', type: 'person', forms: ['William Ruto'] };
  const text = [
    'Exclusive interview with Kenyan President William Ruto',
    'Kenya is pushing to become a regional hub for green manufacturing.',
    'Q: Why does Kenya want Chinese investment?',
    'A: Because Chinese firms deliver on time and at scale.',
  ].join('\n');
  assert.deepEqual(findQuotes(withHeadline(quoteInput(text, [RUTO]))).map((q) => [q.text, q.speaker?.name]), [['Because Chinese firms deliver on time and at scale.', 'William Ruto']]);
});

test('a paragraph amid a transcript that reports the interviewee in the third person is the reporter\'s, not an answer', () => {
  const text = [
    'CGTN spoke with economist Li Wei about the trade talks.',
    'Q: What comes next?',
    'Li said the talks would resume in Geneva next week.',
    'Q: And Europe?',
    'A: Europe is harder.',
    'He added that tariffs were the main obstacle.',
    'Q: Last question?',
  ].join('\n');
  assert.deepEqual(said(text, [LI_WEI]), [['Europe is harder.', 'Li Wei']]);
});
