import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * Ships and spacecraft are named after provinces, cities, people and myths, and CoNLL marks a vessel's name misc
 * (a ship named after "the aircraft carrier …" or "the ferry …" in its training data), while the tagger reads the
 * province or the person: "its third aircraft carrier, the Fujian" (Fujian/place), "the USS Ronald Reagan" (Ronald
 * Reagan/person), "the Mars rover Zhurong" (organization), "the Tiangong space station" (place). So:
 *  - a navy's prefix and the capitalized words after it are one misc name: "USS Ronald Reagan", "HMS Richmond";
 *  - a detected name right after a noun for a ship or a spacecraft ("aircraft carrier", "frigate", "research vessel",
 *    "assault ship", "rover", "probe", "module" …, with "the" or ", the" between) is misc, with a number after it
 *    ("the research vessel Xuelong 2"), two names after a plural noun two of them;
 *  - so is a place name right before "carrier" ("the Fujian carrier"), and an organization's or a place's right before
 *    "space station", "module" or "cargo craft" ("the Mengtian module"); before "rover" or "probe" a place is where
 *    the craft goes ("the Mars rover") and stays, but an organization or a person right before "rover", "lander",
 *    "orbiter", "submersible", "spacecraft", "spaceship", "capsule" or "telescope" is the craft's name ("the Zhurong rover", "the Rosalind Franklin rover",
 *    "the Mengzhou spacecraft"), save an
 *    agency in capitals ("the NASA rover");
 *  - a name followed by an apposition whose noun is one for a ship or a spacecraft is the craft's: "Zhurong, China's
 *    Mars rover," (which the tagger reads as a place);
 *  - a name ending in "Telescope" is the instrument, not its namesake ("the James Webb Space Telescope");
 *  - a name typed organization that does what only a craft does is the craft: "Starship exploded minutes after …",
 *    "Dragon splashed down", "Tianzhou docked with …" (a company launches, it does not lift off or explode).
 * A bare "carrier" is also an airline ("national carrier EgyptAir"), a bare "ship" or "ferry" a verb ("ship Nvidia
 * chips") and so is a bare "probe" ("probe Alibaba"), so those need a word before them that makes them a craft.
 * Only the cued mention changes ("Fujian" stays the province elsewhere), and the other mentions of a craft's name of
 * two words or more ("The Ronald Reagan sailed …"). Mentions a person tagged or confirmed stay as they are. Pure.
 */
const PREFIXED = /(?<![\p{L}\p{N}])(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|JS|ROKS|RFS|BRP|KRI|TCG|HNLMS) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}(?: \d{1,3})?(?![\p{L}\p{N}])/gu;
const VESSEL = String.raw`(?:aircraft carrier|(?:assault|cruise|cargo|container|research|hospital|training|survey|supply|patrol|navy|naval|spy|escort|command|sister|coast guard)\s+(?:ship|vessel)|warship|vessel|frigate|destroyer|submarine|cruiser|corvette|icebreaker|tanker|freighter|cutter|rover|(?:lunar|Mars|space|solar|asteroid|deep-space) probe|lander|orbiter|spacecraft|space station|module|cargo craft)`;
/** The noun for a ship before a name; group 1 is its plural "s", when it names more than one. */
const VESSEL_BEFORE = new RegExp(String.raw`\b${VESSEL}(s?),?\s+(?:the\s+)?$`, 'u');
/**
 * The noun for a craft in an apposition after its name: "Zhurong, China's Mars rover,", "Shandong, the country's second
 * aircraft carrier," (the owner, "the" or "its", then up to three words before the noun).
 */
const VESSEL_AFTER = new RegExp(String.raw`^,\s+(?:the\s+|its\s+|\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?['’]s\s+)(?:[\p{L}'’-]+\s+){0,3}?${VESSEL}(?![\p{L}-])`, 'u');
const PAIR = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) and (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)$/u;
const CARRIER_AFTER = /^\s+(?:aircraft\s+)?carrier\b/;
const STATION_AFTER = /^\s+(?:space station|(?:core |lab |laboratory )?module|cargo craft)\b/;
const NAMED_CRAFT_AFTER = /^\s+(?:rover|lander|orbiter|submersible|spacecraft|spaceship|capsule|telescope)\b/;
const INSTRUMENT = / Telescope$/;
/** What only a craft does, right after its name: it explodes, lifts off, splashes down, docks, reaches orbit. */
const CRAFT_ACTS = /^\s+(?:(?:also|later|then|again|successfully|safely|first) )?(?:exploded|blew up|broke apart|disintegrated|lifted off|blasted off|splashed down|touched down|docked|undocked|reached orbit|entered orbit)\b/;
const NUMBER_AFTER = /^ \d{1,3}(?![\p{L}\p{N}])/u;

export function craftNames(text: string, mentions: RawMention[]): RawMention[] {
  const prefixed: RawMention[] = [...text.matchAll(PREFIXED)].map((p) => ({ start: p.index, end: p.index + p[0].length, type: 'misc', score: 0.9, origin: 'detected' }));
  let changed = false;
  const cued = mentions.flatMap((m, i): RawMention[] => {
    if (m.origin !== 'detected' || (m.type === 'misc' && !PAIR.test(text.slice(m.start, m.end)))) return [m];
    const before = VESSEL_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const after = text.slice(m.end, m.end + 20);
    const name = text.slice(m.start, m.end);
    const namedCraft = (m.type !== 'location' && NAMED_CRAFT_AFTER.test(after) && !/^\p{Lu}+$/u.test(name))
      || (m.type === 'organization' && CRAFT_ACTS.test(text.slice(m.end, m.end + 40)))
      || (text.charCodeAt(m.end) === 44 && VESSEL_AFTER.test(text.slice(m.end, m.end + 60)));
    if (!before && !(m.type === 'location' && CARRIER_AFTER.test(after)) && !(m.type !== 'person' && STATION_AFTER.test(after)) && !namedCraft && !INSTRUMENT.test(name)) return [m];
    changed = true;
    // "the aircraft carriers Liaoning and Shandong": two ships.
    const pair = before?.[1] ? PAIR.exec(text.slice(m.start, m.end)) : null;
    if (pair) return [{ ...m, end: m.start + pair[1].length, type: 'misc' }, { ...m, start: m.end - pair[2].length, type: 'misc' }];
    const number = NUMBER_AFTER.exec(text.slice(m.end, m.end + 5));
    const next = mentions[i + 1];
    const end = number && !(next && next.start < m.end + number[0].length) ? m.end + number[0].length : m.end;
    return [{ ...m, end, type: 'misc' }];
  });
  if (!changed) return replaceByNames(mentions, prefixed);
  // A craft's name of two words or more is the craft's wherever it stands again ("The Ronald Reagan sailed on Monday").
  const ships = new Set(cued.filter((m, i) => m !== mentions[i] && m.type === 'misc').map((m) => text.slice(m.start, m.end)).filter((n) => n.includes(' ')));
  const named = cued.map((m) => (m.origin === 'detected' && m.type !== 'misc' && ships.has(text.slice(m.start, m.end)) ? { ...m, type: 'misc' as const } : m));
  return replaceByNames(named, prefixed);
}
