/**
 * Countries known by more than one name in English news: a state's formal and short names, its older and newer
 * names, and the names a reader takes for it ("Britain" is the United Kingdom, "America" the United States,
 * "Turkey" is Türkiye). Each group's first name is the key its names share, so that linking makes one entity of
 * "the United Kingdom", "Britain" and "the UK". Names a reader may take for something else stay out: "Korea" (which
 * one?), "Congo" (which one?), "Holland" (a province), "Washington" (a city, a state and a government). Keys are
 * lower case, accents removed, as `linkMentions` compares names.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['united kingdom', 'britain', 'great britain', 'uk', 'u.k.', 'united kingdom of great britain and northern ireland'],
  ['united states', 'america', 'united states of america', 'us', 'u.s.', 'usa', 'u.s.a.'],
  ['china', "people's republic of china", 'prc'],
  ['russia', 'russian federation'],
  ['turkiye', 'turkey', 'republic of turkiye'],
  ['democratic republic of the congo', 'dr congo', 'drc', 'd.r. congo', 'democratic republic of congo'],
  ['republic of the congo', 'congo-brazzaville'],
  ['czechia', 'czech republic'],
  ['myanmar', 'burma'],
  ["cote d'ivoire", 'ivory coast'],
  ['netherlands', 'the netherlands'],
  ['north macedonia', 'macedonia'],
  ['eswatini', 'swaziland'],
  ['cabo verde', 'cape verde'],
  ['timor-leste', 'east timor'],
  ['united arab emirates', 'uae', 'u.a.e.'],
  ['south korea', 'republic of korea', 'rok'],
  ['north korea', "democratic people's republic of korea", 'dprk'],
  ['iran', 'islamic republic of iran'],
  ['vatican', 'holy see', 'vatican city'],
];

const KEY_OF = new Map<string, string>(GROUPS.flatMap((names) => names.map((n) => [n, names[0]] as [string, string])));

/** The key a place's name shares with the country's other names ("britain" → "united kingdom"), or the name itself. */
export function countryKey(key: string): string {
  return KEY_OF.get(key.replace(/’/g, "'")) ?? key;
}
