import { hashString } from './hashFeature';
import { GAZETTEER_TAGS, type GazetteerTag, type Lexicon } from './lexicon';

/**
 * What the recognizer's gazetteers (`lexicon.bin`) know of a name, for the document rules: the model reads the
 * gazetteers word by word, but a rule that weighs a name's context needs to ask of the whole name, "is this a known
 * place?" ("Tebboune congratulated …": a tagger may call an unknown surname a place, and only a name no gazetteer
 * lists as one is worth retyping on a person's cue). The recognizer carries it; `harmonizeTypes` hands it to every
 * rule.
 */
export interface Gazetteer {
  /**
   * Whether some gazetteer lists `name` (any case) as a country, a city, a region or a place of the training names, or
   * it is one of the places of recent news the lexicon lacks ("Xizang", "Timor-Leste").
   */
  isKnownPlace(name: string): boolean;
  /**
   * Whether the country or the city gazetteer lists `name` (any case): "Qatar", "Berlin"; not a region or a river
   * ("Amazon"), which names companies more often than it acts.
   */
  isKnownCountryOrCity(name: string): boolean;
  /** Whether the company gazetteer lists `name` (any case): "Tesla", "Nintendo". */
  isKnownCompany(name: string): boolean;
  /**
   * Whether `name` (any case) is a company or an organization of the training annotations ("Paris Saint-Germain",
   * "Reuters"): what a name that a place only opens is known as.
   */
  isKnownOrganization(name: string): boolean;
  /**
   * Whether some gazetteer lists `name` (any case) as anything but a person: a place, a company, a language, or an
   * organization or misc name of the training annotations ("Reuters", "Interfax"). A name it does not list so is
   * one the tagger has no evidence for, and one a person's cue may retype.
   */
  isKnownNonPerson(name: string): boolean;
  /**
   * Where `word` (any case) stands in the lexicon's vocabulary, the most frequent words of a large web corpus in
   * order of frequency ("the" 0, "police" about 120), or Infinity where the vocabulary lacks it: a word ranked among
   * the first few thousand is one whose use the tagger has learned ("Hezbollah", "Kremlin"), and a capitalized word
   * the vocabulary lacks is a rare name, no common word opening a sentence ("Officials", "Police").
   */
  wordRank(word: string): number;
  /** Whether the first-name gazetteer lists `word` (any case): "Jannik", "Trent". */
  isGivenName(word: string): boolean;
}

/** No gazetteer: nothing is a known place (tests of rules, recognizers that ship none). */
export const NO_GAZETTEER: Gazetteer = { isKnownPlace: () => false, isKnownCountryOrCity: () => false, isKnownCompany: () => false, isKnownOrganization: () => false, isKnownNonPerson: () => false, wordRank: () => 0, isGivenName: () => false };

const PLACE_TAGS: readonly GazetteerTag[] = ['country', 'city', 'region', 'tLOC'];
const PLACE_MASK = PLACE_TAGS.reduce((m, t) => m | (1 << GAZETTEER_TAGS.indexOf(t)), 0);
const COMPANY_MASK = 1 << GAZETTEER_TAGS.indexOf('company');
const COUNTRY_CITY_MASK = (1 << GAZETTEER_TAGS.indexOf('country')) | (1 << GAZETTEER_TAGS.indexOf('city'));
const ORGANIZATION_MASK = COMPANY_MASK | (1 << GAZETTEER_TAGS.indexOf('tORG'));
const FIRST_MASK = 1 << GAZETTEER_TAGS.indexOf('first');
const NON_PERSON_TAGS: readonly GazetteerTag[] = [...PLACE_TAGS, 'company', 'language', 'corpsuffix', 'tORG', 'tMISC'];
const NON_PERSON_MASK = NON_PERSON_TAGS.reduce((m, t) => m | (1 << GAZETTEER_TAGS.indexOf(t)), 0);

/**
 * Places the lexicon's gazetteers (built from 1990s lists) lack, and that the news of the 2020s names often: most of
 * China's provinces and regions, countries under their newer names, and places of recent conflicts and disasters.
 */
const PLACES_THE_LEXICON_LACKS = new Set([
  'guangdong', 'guangxi', 'xinjiang', 'xizang', 'yunnan', 'sichuan', 'hubei', 'hunan', 'henan', 'hebei', 'shandong', 'shanxi',
  'shaanxi', 'gansu', 'qinghai', 'ningxia', 'zhejiang', 'fujian', 'guizhou', 'hainan', 'heilongjiang', 'jiangsu',
  'timor-leste', 'türkiye', 'turkiye', 'odesa', 'donbas', 'crimea', 'rafah', 'jenin', 'tigray', 'amhara', 'darfur', 'sahel',
  'luzon', 'mindanao', 'sabah', 'sarawak', 'sindh', 'kinmen',
]);

/** The gazetteer of a loaded lexicon (names are hashed lower-cased, words joined by one space, as it stores them). */
export function lexiconGazetteer(lexicon: Lexicon): Gazetteer {
  const tags = (name: string) => lexicon.tags(hashString(name.toLowerCase().split(/\s+/).join(' ')));
  return {
    isKnownPlace: (name) => (tags(name) & PLACE_MASK) !== 0 || PLACES_THE_LEXICON_LACKS.has(name.toLowerCase()),
    isKnownCountryOrCity: (name) => (tags(name) & COUNTRY_CITY_MASK) !== 0,
    isKnownCompany: (name) => (tags(name) & COMPANY_MASK) !== 0,
    isKnownOrganization: (name) => (tags(name) & ORGANIZATION_MASK) !== 0,
    isKnownNonPerson: (name) => (tags(name) & NON_PERSON_MASK) !== 0 || PLACES_THE_LEXICON_LACKS.has(name.toLowerCase()),
    wordRank: (word) => {
      const i = lexicon.wordIndex(hashString(word.toLowerCase()));
      return i < 0 ? Infinity : i;
    },
    isGivenName: (word) => (tags(word) & FIRST_MASK) !== 0,
  };
}

/**
 * A gazetteer of the given places, companies and given names only, whose vocabulary lacks `unknownWords` and ranks
 * every other word first, or as `ranks` says (tests).
 */
export function placesGazetteer(
  places: readonly string[], companies: readonly string[] = [], unknownWords: readonly string[] = [], ranks: Readonly<Record<string, number>> = {},
  givenNames: readonly string[] = [],
): Gazetteer {
  const rare = new Set(unknownWords.map((w) => w.toLowerCase()));
  const known = new Set(places.map((p) => p.toLowerCase()));
  const firms = new Set(companies.map((p) => p.toLowerCase()));
  return {
    isKnownPlace: (name) => known.has(name.toLowerCase()),
    isKnownCountryOrCity: (name) => known.has(name.toLowerCase()),
    isKnownCompany: (name) => firms.has(name.toLowerCase()),
    isKnownOrganization: (name) => firms.has(name.toLowerCase()),
    isKnownNonPerson: (name) => known.has(name.toLowerCase()) || firms.has(name.toLowerCase()),
    wordRank: (word) => (rare.has(word.toLowerCase()) ? Infinity : ranks[word] ?? 0),
    isGivenName: (word) => givenNames.includes(word),
  };
}
