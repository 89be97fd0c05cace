import type { RawMention, Token } from '../types';
import { NO_GAZETTEER, type Gazetteer } from './gazetteer';

/**
 * People named after a place are `misc` in the CoNLL scheme ("South Koreans", "Americans"), yet at the head of a
 * noun phrase a tagger often reads them as the place. A mention typed location becomes misc when the article itself
 * shows it is a demonym: it is the plural of a demonym tagged misc elsewhere ("South Korean" → "South Koreans",
 * "Israeli" → "Israelis"; not "Philippine" → "Philippines", a country), or a place tagged elsewhere plus "n" / "ns"
 * ("Korea" → "Koreans", "America" → "American"). A nationality noun not formed so ("Briton", "Turk", "Swede",
 * "Frenchman"), alone, is misc whatever type the tagger gave it ("A Turk was among the injured": a tagger that knows
 * "Turk" as a surname reads a person); CoNLL-2003 marks "Briton", "Swede" and "Frenchman" so. So is a demonym made
 * with "-i" from a place the gazetteer knows ("Qatar" → "Qatari", "Oman" → "Omani"), whatever the article names,
 * unless the word is a place itself ("Mali"): "Qatari Emir …" read as an organization. Detected mentions only. Pure.
 */
/** One capitalized word ending in "i": "Qatari", "Bahraini". */
const I_DEMONYM = /^\p{Lu}\p{Ll}{2,}i$/u;
const NATIONALITY_NOUNS = new Set([
  'Briton', 'Britons', 'Turk', 'Turks', 'Pole', 'Poles', 'Dane', 'Danes', 'Swede', 'Swedes', 'Finn', 'Finns', 'Scot', 'Scots',
  'Spaniard', 'Spaniards', 'Kurd', 'Kurds', 'Serb', 'Serbs', 'Croat', 'Croats', 'Slovene', 'Slovenes', 'Filipino', 'Filipinos',
  'Frenchman', 'Frenchmen', 'Frenchwoman', 'Englishman', 'Englishmen', 'Englishwoman', 'Irishman', 'Irishwoman', 'Welshman',
  'Welshwoman', 'Scotsman', 'Scotswoman', 'Dutchman', 'Dutchwoman', 'Dutchmen', 'Kiwi', 'Aussie', 'Uzbek', 'Uzbeks', 'Kazakh',
  'Kazakhs', 'Tajik', 'Tajiks', 'Kyrgyz', 'Turkmen', 'Pashtun', 'Pashtuns', 'Uyghur', 'Uyghurs', 'Icelander', 'Icelanders',
  'Luxembourger', 'New Zealander', 'New Zealanders', 'Lebanese', 'Congolese', 'Vietnamese', 'Portuguese',
]);
/** A title or a given name before the word makes it a surname: "Mr Turk", "Judge Dane". */
const NAMED_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Judge|Senator|Rep|Sir|Lady|Lord)\.? $/;
export function retypeDemonyms(text: string, mentions: RawMention[], _tokens: Token[] = [], gazetteer: Gazetteer = NO_GAZETTEER): RawMention[] {
  const key = (m: RawMention) => text.slice(m.start, m.end);
  const misc = new Set<string>();
  const places = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'misc') misc.add(key(m));
    else if (m.type === 'location') places.add(key(m));
  }
  const demonym = (k: string) =>
    (/[ni]s$/.test(k) && misc.has(k.slice(0, -1))) ||
    (k.endsWith('ns') && places.has(k.slice(0, -2))) ||
    (k.endsWith('n') && places.has(k.slice(0, -1)));
  const iDemonym = (k: string) => I_DEMONYM.test(k) && gazetteer.isKnownPlace(k.slice(0, -1)) && !gazetteer.isKnownPlace(k);
  const nationality = (m: RawMention) => (NATIONALITY_NOUNS.has(key(m)) || iDemonym(key(m))) && !NAMED_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
  return mentions.map((m) => (m.origin === 'detected' && m.type !== 'misc' && ((m.type === 'location' && demonym(key(m))) || nationality(m)) ? { ...m, type: 'misc' } : m));
}
