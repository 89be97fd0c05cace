import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const WANG: EntitySpec = { name: 'Wang Yi', type: 'person', forms: ['Wang Yi', 'Wang'], roles: ['foreign minister', 'minister'] };
const KANG: EntitySpec = { name: 'Kang Kyung-wha', type: 'person', forms: ['Kang Kyung-wha', 'Kang'], roles: ['foreign minister', 'minister'] };
const MINISTRY: EntitySpec = { name: 'Chinese Foreign Ministry', type: 'organization', forms: ['Chinese Foreign Ministry'] };

const speakerOf = (text: string, specs: EntitySpec[], i = 0) => findQuotes(quoteInput(text, specs))[i]?.speaker;

test('a name after the quotation with an inverted verb is the speaker ("…," said Wang)', () => {
  const s = speakerOf('"Dialogue is the only way forward," said Wang Yi on Wednesday.', [WANG]);
  assert.equal(s?.text, 'Wang Yi');
  assert.equal(s?.name, 'Wang Yi');
});

test('a name before the quotation with a colon is the speaker (Kang said: "…")', () => {
  const s = speakerOf('Kang said: "We are not considering any additional deployment."', [KANG]);
  assert.equal(s?.text, 'Kang');
  assert.equal(s?.name, 'Kang Kyung-wha');
});

test('"according to" attributes a quotation to the phrase that follows it', () => {
  const s = speakerOf('The talks were "constructive and candid," according to Kang Kyung-wha.', [KANG]);
  assert.equal(s?.text, 'Kang Kyung-wha');
  const t = speakerOf('According to a senior official, the plan is "dead on arrival."', []);
  assert.equal(t?.text, 'a senior official');
  assert.equal(t?.entity, null);
});

test('a partial quotation inside a sentence is attributed to the subject of its speech verb', () => {
  const s = speakerOf('Wang called the move "a grave mistake" that would harm regional stability.', [WANG]);
  assert.equal(s?.text, 'Wang');
  assert.equal(s?.name, 'Wang Yi');
});

test('speech verbs beyond "said" attribute quotations (warned, insisted, told)', () => {
  assert.equal(speakerOf('"This will not stand," Wang warned.', [WANG])?.name, 'Wang Yi');
  assert.equal(speakerOf('Kang insisted that the system was "purely defensive."', [KANG])?.name, 'Kang Kyung-wha');
  assert.equal(speakerOf('"We keep our word," Kang told reporters in Seoul.', [KANG])?.name, 'Kang Kyung-wha');
});

test('a name with an apposition before the verb is the speaker, not the apposition', () => {
  const text = '"Our party values the relationship," Song Young-gil, the leader of the delegation, said.';
  const s = speakerOf(text, [{ name: 'Song Young-gil', type: 'person', forms: ['Song Young-gil'] }]);
  assert.equal(s?.text, 'Song Young-gil');
});

test('a pronoun speaker resolves to the person who last had the floor, not to a person merely mentioned', () => {
  const text = 'Wang met Kang in Beijing on Wednesday. Wang said the two sides had reached consensus. "We must keep our word," he added.';
  const s = speakerOf(text, [WANG, KANG]);
  assert.equal(s?.text, 'he');
  assert.equal(s?.name, 'Wang Yi');
  assert.equal(s?.entity, 0);
});

test('a nominal speaker resolves through the roles and names of the entities ("the ministry", "the minister")', () => {
  const text = 'Kang met Chinese Foreign Minister Wang Yi, the Chinese Foreign Ministry announced. "The talks were fruitful," the ministry said. "We are satisfied," the minister stressed.';
  const quotes = findQuotes(quoteInput(text, [KANG, { ...WANG, roles: ['chinese foreign minister', 'foreign minister', 'minister'] }, MINISTRY]));
  assert.equal(quotes[0].speaker?.text, 'the ministry');
  assert.equal(quotes[0].speaker?.name, 'Chinese Foreign Ministry');
  assert.equal(quotes[1].speaker?.text, 'the minister');
  assert.equal(quotes[1].speaker?.name, 'Wang Yi');
});

test('a speaker that resolves to no entity stays a plain mention with its own text as name', () => {
  const s = speakerOf('"Nobody expected this," a local shopkeeper said.', []);
  assert.equal(s?.text, 'a local shopkeeper');
  assert.equal(s?.entity, null);
  assert.equal(s?.name, 'a local shopkeeper');
});

test('a quotation continuing in the next paragraph keeps the previous speaker', () => {
  const text = 'Kang said the government had been clear. "We are not considering any additional deployment," she said.\n"And we will say so in Beijing."';
  const quotes = findQuotes(quoteInput(text, [KANG]));
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1].speaker?.text, 'she');
  assert.equal(quotes[1].speaker?.name, 'Kang Kyung-wha');
});

test('a second quotation in a paragraph with no attribution of its own takes the first one\'s speaker', () => {
  const text = '"We are ready," Wang said. "The ball is in their court."';
  const quotes = findQuotes(quoteInput(text, [WANG]));
  assert.equal(quotes[1].speaker?.text, 'Wang');
});

test('a credit line after a dash names the speaker ("…" ― Jane Doe)', () => {
  const s = speakerOf('"I voted for the first time this year." ― Maria Gonzalez', [{ name: 'Maria Gonzalez', type: 'person', forms: ['Maria Gonzalez'] }]);
  assert.equal(s?.name, 'Maria Gonzalez');
});

test('a transcript label inside the quotation names the speaker ("WALLACE: …")', () => {
  const s = speakerOf('"WALLACE: Governor, let me ask you about the debate."', []);
  assert.equal(s?.text, 'WALLACE');
});

test('a quotation opening a paragraph takes the speaker the previous paragraph hands on ("… issued the following statement:")', () => {
  const text = 'The Chinese Foreign Ministry issued the following statement on Thursday:\n"China firmly opposes the deployment and urges restraint."';
  const s = speakerOf(text, [MINISTRY]);
  assert.equal(s?.text, 'The Chinese Foreign Ministry');
  assert.equal(s?.name, 'Chinese Foreign Ministry');
});

test('in a report nested in another, the named outer reporter is the speaker', () => {
  const s = speakerOf('Kang said she remembered thinking, "This will not last."', [KANG]);
  assert.equal(s?.text, 'Kang');
});

test('"she" resolves to the woman of the story even when a man was named since', () => {
  const text = 'Ms. Kang met Wang in Beijing. She spoke after the meeting with Wang. "We keep our word," she said.';
  const quotes = findQuotes(quoteInput(text, [KANG, WANG]));
  assert.equal(quotes[0].speaker?.text, 'she');
  assert.equal(quotes[0].speaker?.name, 'Kang Kyung-wha');
});

test('"he" after a new person opens a paragraph under titles ("South African President Cyril Ramaphosa, …") is that person, not the last speaker', () => {
  const XI: EntitySpec = { name: 'Xi Jinping', type: 'person', forms: ['Xi Jinping', 'Xi'] };
  const RAMAPHOSA: EntitySpec = { name: 'Cyril Ramaphosa', type: 'person', forms: ['Cyril Ramaphosa'] };
  const text = '"China will always be a good friend of Africa," Xi said at the summit.\nSouth African President Cyril Ramaphosa, the co-chair of the summit, welcomed the pledge. "This is not a new colonialism," he said.';
  assert.equal(speakerOf(text, [XI, RAMAPHOSA], 1)?.name, 'Cyril Ramaphosa');
});

test('a person named after "If" in a clause of its own does not take the floor from the speaker ("If Lee wins, he said, …")', () => {
  const MOON: EntitySpec = { name: 'Moon Jae-in', type: 'person', forms: ['Moon Jae-in', 'Moon'] };
  const LEE: EntitySpec = { name: 'Lee Jae-myung', type: 'person', forms: ['Lee Jae-myung', 'Lee'] };
  const text = '"Our friends trust us again," Moon Jae-in said. If Lee wins the vote, he said, "the talks will stall."';
  assert.equal(speakerOf(text, [MOON, LEE], 1)?.name, 'Moon Jae-in');
});

test('a diplomat\'s title runs over "to" and the country: "Chinese Ambassador to Japan Kong Xuanyou …, saying …"', () => {
  const KONG: EntitySpec = { name: 'Kong Xuanyou', type: 'person', forms: ['Kong Xuanyou'], roles: ['ambassador'] };
  const s = speakerOf('Chinese Ambassador to Japan Kong Xuanyou congratulated the zoo, saying the pandas were "a symbol of friendship."', [KONG]);
  assert.equal(s?.text, 'Chinese Ambassador to Japan Kong Xuanyou');
  assert.equal(s?.name, 'Kong Xuanyou');
  const t = speakerOf('"The door is open," said Chinese Ambassador to the United States Cui Tiankai.', [{ name: 'Cui Tiankai', type: 'person', forms: ['Cui Tiankai'] }]);
  assert.equal(t?.name, 'Cui Tiankai');
});

test('the name a relative clause hangs on speaks its partial quotation ("chaired by … Luc Besson, who said …")', () => {
  const BESSON: EntitySpec = { name: 'Luc Besson', type: 'person', forms: ['Luc Besson'] };
  const s = speakerOf('The jury is chaired by French director Luc Besson, who said he was looking forward to discovering "new voices" from China.', [BESSON]);
  assert.equal(s?.name, 'Luc Besson');
});

test('an acronym opening the speaker\'s title is a name, not the pronoun: "said US Ambassador …", "said WHO chief …"', () => {
  const HALEY: EntitySpec = { name: 'Nikki Haley', type: 'person', forms: ['Nikki Haley'] };
  assert.equal(speakerOf('"This resolution sends an unmistakable message," said US Ambassador to the UN Nikki Haley.', [HALEY])?.name, 'Nikki Haley');
  const TEDROS: EntitySpec = { name: 'Tedros Adhanom Ghebreyesus', type: 'person', forms: ['Tedros Adhanom Ghebreyesus', 'Tedros'] };
  assert.equal(speakerOf('"Health is a human right," said WHO chief Tedros Adhanom Ghebreyesus.', [TEDROS])?.name, 'Tedros Adhanom Ghebreyesus');
});
