/**
 * Capitals and the countries they are the seat of, for what a visit says of nationality: a leader who hosts a
 * counterpart in a capital is that country's ("Emmanuel Macron hosted Olaf Scholz in Paris … the French president").
 * Countries are written so that `sameNation` derives their adjective ("brazil" → "Brazilian", "france" → "French").
 */
const CAPITAL_OF: Record<string, string> = {
  beijing: 'china', tokyo: 'japan', seoul: 'south korea', pyongyang: 'north korea', moscow: 'russia', kyiv: 'ukraine', kiev: 'ukraine',
  minsk: 'belarus', warsaw: 'poland', berlin: 'germany', paris: 'france', london: 'uk', madrid: 'spain', lisbon: 'portugal',
  rome: 'italy', athens: 'greece', vienna: 'austria', bern: 'switzerland', brussels: 'belgium', amsterdam: 'netherlands',
  'the hague': 'netherlands', dublin: 'ireland', copenhagen: 'denmark', stockholm: 'sweden', oslo: 'norway', helsinki: 'finland',
  budapest: 'hungary', prague: 'czechia', bratislava: 'slovakia', bucharest: 'romania', sofia: 'bulgaria', belgrade: 'serbia',
  zagreb: 'croatia', ankara: 'turkey', tehran: 'iran', baghdad: 'iraq', damascus: 'syria', riyadh: 'saudi arabia',
  'abu dhabi': 'uae', doha: 'qatar', cairo: 'egypt', amman: 'jordan', beirut: 'lebanon', jerusalem: 'israel',
  islamabad: 'pakistan', 'new delhi': 'india', kabul: 'afghanistan', dhaka: 'bangladesh', colombo: 'sri lanka',
  kathmandu: 'nepal', bangkok: 'thailand', hanoi: 'vietnam', manila: 'philippines', jakarta: 'indonesia',
  'kuala lumpur': 'malaysia', canberra: 'australia', wellington: 'new zealand', ottawa: 'canada', washington: 'us',
  'mexico city': 'mexico', havana: 'cuba', caracas: 'venezuela', bogota: 'colombia', lima: 'peru', santiago: 'chile',
  'buenos aires': 'argentina', brasilia: 'brazil', pretoria: 'south africa', nairobi: 'kenya', 'addis ababa': 'ethiopia',
  abuja: 'nigeria', astana: 'kazakhstan', tashkent: 'uzbekistan', baku: 'azerbaijan', yerevan: 'armenia', tbilisi: 'georgia',
  ulaanbaatar: 'mongolia', vientiane: 'laos', 'phnom penh': 'cambodia', algiers: 'algeria', rabat: 'morocco', tunis: 'tunisia',
};

/** The country whose capital `place` is (lower-cased), else null: "Paris" → "france". */
export function countryOfCapital(place: string): string | null {
  return CAPITAL_OF[place.toLowerCase()] ?? null;
}
