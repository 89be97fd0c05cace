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
  /** Whether the company gazetteer lists `name` (any case): "Tesla", "Nintendo". */
  isKnownCompany(name: string): boolean;
}

/** No gazetteer: nothing is a known place (tests of rules, recognizers that ship none). */
export const NO_GAZETTEER: Gazetteer = { isKnownPlace: () => false, isKnownCompany: () => false };

const PLACE_TAGS: readonly GazetteerTag[] = ['country', 'city', 'region', 'tLOC'];
const PLACE_MASK = PLACE_TAGS.reduce((m, t) => m | (1 << GAZETTEER_TAGS.indexOf(t)), 0);
const COMPANY_MASK = 1 << GAZETTEER_TAGS.indexOf('company');

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
    isKnownCompany: (name) => (tags(name) & COMPANY_MASK) !== 0,
  };
}

/** A gazetteer of the given places and companies only (tests). */
export function placesGazetteer(places: readonly string[], companies: readonly string[] = []): Gazetteer {
  const known = new Set(places.map((p) => p.toLowerCase()));
  const firms = new Set(companies.map((p) => p.toLowerCase()));
  return { isKnownPlace: (name) => known.has(name.toLowerCase()), isKnownCompany: (name) => firms.has(name.toLowerCase()) };
}
