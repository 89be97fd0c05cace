import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { awardedWorks } from '../../../server/src/analysis/entities/awardedWorks';
import { companyPronouns } from '../../../server/src/analysis/entities/companyPronouns';
import { dottedNames } from '../../../server/src/analysis/entities/dottedNames';
import { fundingInvestors } from '../../../server/src/analysis/entities/fundingInvestors';
import { NO_GAZETTEER } from '../../../server/src/analysis/entities/gazetteer';
import { liturgyMass } from '../../../server/src/analysis/entities/liturgyMass';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of 2020s business, church and culture news.
const analyzer = createAnalyzer();
const names = (text: string) => analyzer.analyze(text).mentions.map((m) => `${m.text}/${m.type}`);
const toks = (text: string) => tokenize(text).tokens;

test('a name that says "it had raised" funding is an organization, not a person ("Anthropic said on Tuesday it had raised …")', () => {
  assert.deepEqual(names('Anthropic said on Tuesday it had raised new funding from investors.'), ['Anthropic/organization']);
});

test('a person who says "it was" a mistake stays a person: "it" there is no company', () => {
  const text = 'Halvorsen said on Monday it was a mistake to delay the vote.';
  const ms = [at(text, 'Halvorsen', 'person')];
  assert.deepEqual(shown(text, companyPronouns(text, ms, toks(text), NO_GAZETTEER)), ['Halvorsen/person']);
});

test('a venture firm named with a title\'s word, leading a funding round, is an organization ("led by General Catalyst")', () => {
  assert.deepEqual(names('The startup raised $40 million in a funding round led by General Catalyst.'), ['General Catalyst/organization']);
});

test('"led by General" outside a funding round is an officer: the person after the rank stays', () => {
  const text = 'The convoy was led by General Odhiambo through the northern district.';
  const ms = [at(text, 'Odhiambo', 'person')];
  assert.deepEqual(shown(text, fundingInvestors(text, ms)), ['Odhiambo/person']);
});

test('"Mass", the liturgy, after a lower-case word or a feast\'s name is no name ("his first Mass", "Christmas Mass")', () => {
  const text = 'The new priest celebrated his first Mass in Manila, and thousands attended Christmas Mass in Bethlehem.';
  const ms = [at(text, 'Mass', 'location'), at(text, 'Manila', 'location'), at(text, 'Christmas Mass', 'location'), at(text, 'Bethlehem', 'location')];
  assert.deepEqual(shown(text, liturgyMass(text, ms)), ['Manila/location', 'Bethlehem/location']);
});

test('"Mass." after a town and a comma is the state, and stays', () => {
  const text = 'The company moved to Springfield, Mass., last year.';
  const ms = [at(text, 'Springfield', 'location'), at(text, 'Mass', 'location')];
  assert.deepEqual(shown(text, liturgyMass(text, ms)), ['Springfield/location', 'Mass/location']);
});

test('a brand written with a dot and a web ending is one organization ("Ele.me", "Booking.com")', () => {
  const text = 'Orders on Ele.me rose, while Booking.com said bookings fell.';
  const ms = [at(text, 'Ele', 'organization'), at(text, 'Booking.com', 'person')];
  assert.deepEqual(shown(text, dottedNames(text, ms)), ['Ele.me/organization', 'Booking.com/organization']);
});

test('a name that sweeps several Oscars is a work, misc ("Oppenheimer won seven Oscars")', () => {
  assert.deepEqual(names('Oppenheimer won seven Oscars at the ceremony in Los Angeles.')[0], 'Oppenheimer/misc');
});

test('a person who won a prize stays a person ("Halvorsen won two Emmys")', () => {
  const text = 'Halvorsen won two Emmys for the drama.';
  const ms = [at(text, 'Halvorsen', 'person'), at(text, 'Emmys', 'misc')];
  assert.deepEqual(shown(text, awardedWorks(text, ms, toks(text), NO_GAZETTEER)), ['Halvorsen/person', 'Emmys/misc']);
});

test('an AI company named with "AI" is one organization ("Mistral AI")', () => {
  assert.deepEqual(names('The French startup Mistral AI released a new model on Wednesday.').slice(-1), ['Mistral AI/organization']);
});

test('a stadium after "at" is a place ("at Anfield")', () => {
  assert.deepEqual(names('Liverpool beat Chelsea 2-1 at Anfield on Sunday.'), ['Liverpool/organization', 'Chelsea/organization', 'Anfield/location']);
});

test('a pope\'s title stands outside his name, as a president\'s does ("Pope Francis" → "Francis", "President Joe Biden" → "Joe Biden")', () => {
  assert.deepEqual(names('President Joe Biden met Pope Francis at the Vatican.'), ['Joe Biden/person', 'Francis/person', 'Vatican/location']);
});

test('an unknown name money is invested in, or a product is made by, is an organization, not a place ("invested $8 billion in Anthropic")', () => {
  assert.deepEqual(names('Amazon has invested $8 billion in Anthropic.').slice(-1), ['Anthropic/organization']);
  assert.deepEqual(names('Claude, the chatbot made by Anthropic, can now browse the web.').slice(-1), ['Anthropic/organization']);
});

test('a name "based in" a city is an organization, not a place ("Anthropic, based in San Francisco, …")', () => {
  assert.deepEqual(names('Anthropic, based in San Francisco, hired 200 engineers.'), ['Anthropic/organization', 'San Francisco/location']);
});

test('a known place money is invested in stays a place ("invested $2 billion in Vietnam")', () => {
  assert.deepEqual(names('Samsung has invested $2 billion in Vietnam this year.'), ['Samsung/organization', 'Vietnam/location']);
});

test('a ceremony named in the plural is misc, and an untagged title sweeping it a work ("Parasite won four Academy Awards")', () => {
  assert.deepEqual(names('Parasite won four Academy Awards in 2020.'), ['Parasite/misc', 'Academy Awards/misc']);
});

test('a pronoun before a sweep of prizes is no work ("It won four Oscars")', () => {
  const text = 'It won four Oscars.';
  assert.deepEqual(shown(text, awardedWorks(text, [], toks(text), NO_GAZETTEER)), []);
});

test('a person who says "it would raise" tariffs, or "it had raised" an issue, stays a person', () => {
  const text = 'Halvorsen said on Tuesday it would raise tariffs. Lindqvist said it had raised the issue with Oslo.';
  const ms = [at(text, 'Halvorsen', 'person', 'detected'), { ...at(text, 'Lindqvist', 'person'), score: 0.6 }, at(text, 'Oslo', 'location')];
  assert.deepEqual(shown(text, companyPronouns(text, ms, toks(text), NO_GAZETTEER)), ['Halvorsen/person', 'Lindqvist/person', 'Oslo/location']);
});
