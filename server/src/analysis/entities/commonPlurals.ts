import type { RawMention } from '../types';

/**
 * A plural of a kind of institution or of people (or such a singular without a determiner, in a headline) opening a
 * sentence is capitalized only for being first: "Airlines
 * including Air China added flights", "Universities said …". The tagger, seeing a capital and an organization's word,
 * takes it for a name; CoNLL-2003 never tags these words alone. A detected one-word mention from the list below, at
 * the start of a sentence and followed by a lower-case word, is dropped; a person ("Banks said", the surname) is kept.
 * Pure.
 */
const KIND_PLURALS = new Set([
  'Airlines', 'Carriers', 'Automakers', 'Carmakers', 'Universities', 'Colleges', 'Ministries', 'Companies', 'Firms', 'Banks',
  'Lenders', 'Insurers', 'Authorities', 'Officials', 'Governments', 'Provinces', 'Cities', 'Hospitals', 'Schools', 'Museums',
  'Airports', 'Agencies', 'Regulators', 'Investors', 'Analysts', 'Exporters', 'Manufacturers', 'Hotels', 'Ports', 'Railways',
  'Retailers', 'Brands', 'Startups', 'Automobiles', 'Embassies', 'Parliaments', 'Councils', 'Courts', 'Teams', 'Clubs',
  // A singular count noun opening a sentence without a determiner is a headline's first word, capitalized only for
  // being first: "Museum reopens after renovation", "Hospital in Gaza runs out of fuel".
  'Museum', 'Hospital', 'Airport', 'University', 'College', 'School', 'Village', 'Bank', 'Company', 'Firm', 'Ministry',
  'Embassy', 'Zoo', 'Library', 'Startup', 'Automaker', 'Carmaker', 'Airline', 'Regulator', 'Lender', 'Insurer', 'Factory',
  // Shops and farms opening a sentence before the people who run them: "Café owners in Zürich said …".
  'Café', 'Cafe', 'Cafés', 'Cafes', 'Restaurant', 'Restaurants', 'Shop', 'Shops', 'Bakery', 'Bakeries', 'Farm', 'Farms',
  'Hotel', 'Store', 'Stores', 'Supermarket', 'Supermarkets',
]);
export const SENTENCE_START = /(?:^|[.!?]["'”’]?\s+|\n\s*)$/;
const LOWER_WORD_AFTER = /^\s+\p{Ll}/u;

export function dropCommonPlurals(text: string, mentions: RawMention[]): RawMention[] {
  const drop = (m: RawMention) => m.origin === 'detected' && m.type !== 'person' && KIND_PLURALS.has(text.slice(m.start, m.end))
    && SENTENCE_START.test(text.slice(Math.max(0, m.start - 4), m.start)) && LOWER_WORD_AFTER.test(text.slice(m.end, m.end + 3));
  return mentions.some(drop) ? mentions.filter((m) => !drop(m)) : mentions;
}
