import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

// Articles written for these tests: a photo with another outlet's credit stands between a person and "he said".
const speakerOf = (text: string, specs: EntitySpec[]) => findQuotes(quoteInput(text, specs))[0]?.speaker;
const person = (name: string, ...forms: string[]): EntitySpec => ({ name, type: 'person', forms: [name, ...forms] });

for (const credit of ['REUTERS/John Roe', '(Xinhua/Li Xin)', 'Photo by John Roe/Getty Images', 'John Roe via Getty Images']) {
  test(`the photographer of a caption credited "${credit}" is not the "he" who speaks after it`, () => {
    const text = `Prime Minister Anthony Albanese visited the flooded town on Friday.\nResidents clear debris in Lismore, Australia, March 1, 2025. ${credit}\n"We will rebuild this town together," he said.`;
    assert.equal(speakerOf(text, [person('Anthony Albanese', 'Albanese'), person('John Roe')])?.name, 'Anthony Albanese');
  });
}

test('page furniture between two paragraphs ("ADVERTISEMENT") does not stop an epithet reaching the paragraph before', () => {
  const text = 'Zheng Qinwen beat the world No. 2 in straight sets on Sunday.\nADVERTISEMENT\n"I played my best tennis today," the 23-year-old said.';
  assert.equal(speakerOf(text, [person('Zheng Qinwen', 'Zheng')])?.name, 'Zheng Qinwen');
});
