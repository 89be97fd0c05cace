import type { RawMention } from '../types';

/**
 * A name ending in a word of geography or of a venue (see `VENUE`), or a compass region, is a place, whatever type the tagger gave it
 * (so are autonomous regions and China's zoned areas, which the tagger takes for bodies: "the Greater Bay Area",
 * "Xiong'an New Area", "Hainan Free Trade Port", "Shenzhen Special Economic Zone"; not "… Province", which also names
 * sports teams: "Western Province" in cricket);
 * before a word of geography an ordinal is part of it: "Second Thomas Shoal" (tagged the person "Thomas Shoal"), "Scarborough Shoal", "Fiery Cross Reef", "Strait of
 * Hormuz" stays as tagged, but a body's type for it becomes a place. Only names of two words or more; mentions a person tagged or confirmed stay as they are.
 * A capitalized sea, gulf, bay, strait, isle or cape right before "of" and a detected place is part of that place's
 * name: the tagger, which knows "Japan", tags "the Sea of Japan" as "Sea" + "Japan" or "Japan" alone. So is a
 * "Special Administrative Region" (or "SAR") right after a detected place: "the Hong Kong SAR government" names the
 * region "Hong Kong SAR", which the tagger cuts to "Hong Kong" or takes for an organization. Pure.
 */
const HEAD = /\s(?:Shoal|Reef|Atoll|Cay|Strait|Peninsula|Archipelago|Glacier|Volcano|Canyon|Plateau|Desert|Basin|Delta|Special Administrative Region|SAR|Bay Area|New Area|Free Trade Zone|Free Trade Port|Economic Zone|Autonomous Region|Autonomous Prefecture)$/;
/**
 * Buildings and venues are places in CoNLL-2003 (train: "Tiananmen Square", "Trent Bridge", "the Oval", "Great Hall of
 * the People" places; organizations there are clubs and chambers named after a place: "Crystal Palace", "House of
 * Commons"). So a name headed by a word for a venue is a place: "Great Hall of the People" (which the tagger types an
 * organization after "at the"), "Workers' Stadium", "Tiananmen Square". "Palace", "House", "Centre", "Church" and
 * "Park" are as often an institution or a club, and "Hall of Fame" a distinction: they stay as tagged ("Sports Park",
 * "Sports Centre" are venues). Museums are places there too (in train a "… Museum" is only ever a place), whether the
 * tagger reads one as a body, a work or, named after someone, a person ("the Grand Egyptian Museum", "the Van Gogh
 * Museum").
 */
/**
 * A compass word after an adjective of reach names a part of the world: "Middle East", "Far East" (places in
 * CoNLL-2003), and so "the Global South", "the Global North", which the tagger takes for a bloc (an organization).
 */
const COMPASS_REGION = /^(?:Global|Middle|Far|Near|Deep) (?:North|South|East|West)$/;
/**
 * So are launch sites ("Wenchang Space Launch Site", "Jiuquan Satellite Launch Center", "Baikonur Cosmodrome"), and
 * features named with the Chinese word for a reef or an island ("Ren'ai Jiao", "Huangyan Dao"), which as given names
 * ("Li Jiao") are a person's and stay so; and works of engineering and protected land ("the Funan Techo Canal", "…
 * National Nature Reserve"), which the tagger types bodies ("Railway" and "Airport" also name the companies that run
 * them and stay as tagged).
 */
const VENUE = /\s(?:Hall|Hall of the \p{Lu}\p{L}+|Stadium|Sports Park|Sports Cent(?:er|re)|Square|Arena|Temple|Mosque|Shrine|Pagoda|Cathedral|Prison|Gymnasium|Launch Site|Launch Cent(?:er|re)|Spaceport|Cosmodrome|Jiao|Dao|Canal|Dam|Bridge|Tunnel|Reservoir|Nature Reserve|National Park|Geopark|Wetland Park|Museum)$/u;
/**
 * Heads of venues that are no one's surname: a name the tagger read as a person because it honours one ("Charles de
 * Gaulle Airport", "Jawaharlal Nehru Stadium") is the place, while "Airport" after a name it typed a body stays
 * that, the company running it ("Hall", "Bridge", "Temple" and "Arena" are surnames too: "Bruce Arena").
 */
const NAMED_AFTER_PERSON = /\s(?:Airport|Stadium|Square|Cathedral|Mosque|Canal|Tunnel|Prison|Gymnasium|Reservoir|Cosmodrome|Spaceport|National Park|Nature Reserve|Museum)$/;
const REGION_AFTER = /^ (?:Special Administrative Region|SAR)(?![\p{L}\p{N}-])/u;
const HEAD_OF_BEFORE = /(?:^|[^\p{L}])((?:Sea|Gulf|Bay|Strait|Straits|Isle|Cape) of )$/u;
/**
 * A name opening with a word of geography and "of" is that place: "the Strait of Hormuz", "the Gulf of Aden", "the Sea
 * of Azov", which the tagger, reading "… of" as a body's name, may type an organization.
 */
const HEAD_OF = /^(?:Sea|Gulf|Bay|Strait|Straits|Isle|Cape) of \p{Lu}/u;
const ORDINAL_BEFORE = /(?:^|[^\p{L}])(First|Second|Third|Fourth|Fifth)\s$/u;

export function placeHeads(text: string, mentions: RawMention[]): RawMention[] {
  return retypeByHead(text, joinKindBefore(text, joinRegionAfter(text, joinHeadOf(text, mentions))));
}

/**
 * A word for a kind of place written before a name makes it a place: "Camp David", "Fort Bragg", "Mount Kenya",
 * "Lake Victoria". The tagger, which knows "David" and "Victoria" as given names, tags the name alone as a person.
 * A one-word detected person right after a capitalized kind word (inside a sentence, so not a sentence-initial
 * "Camp") becomes the place "Camp David".
 */
const KIND_BEFORE = /(?<=[\p{Ll},] )(?:Camp|Fort|Mount|Lake|Cape|Port) $/u;
function joinKindBefore(text: string, mentions: RawMention[]): RawMention[] {
  if (!/(?:Camp|Fort|Mount|Lake|Cape|Port) \p{Lu}/u.test(text)) return mentions;
  let changed = false;
  const out = mentions.map((m, i) => {
    const kind = m.origin === 'detected' && m.type === 'person' && !/\s/.test(text.slice(m.start, m.end)) ? KIND_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start)) : null;
    if (!kind || (i > 0 && mentions[i - 1].end > m.start - kind[0].length)) return m;
    changed = true;
    return { ...m, start: m.start - kind[0].length, type: 'location' as const };
  });
  return changed ? out : mentions;
}

/** "Hong Kong" + "SAR" → the place "Hong Kong SAR", when no other mention holds the words after it. */
function joinRegionAfter(text: string, mentions: RawMention[]): RawMention[] {
  if (!/ S(?:AR|pecial Administrative Region)/.test(text)) return mentions;
  let changed = false;
  const out = mentions.map((m, i) => {
    const region = m.origin === 'detected' && m.type === 'location' ? REGION_AFTER.exec(text.slice(m.end, m.end + 40)) : null;
    const next = mentions[i + 1];
    if (!region || (next && next.start < m.end + region[0].length)) return m;
    changed = true;
    return { ...m, end: m.end + region[0].length };
  });
  return changed ? out : mentions;
}

/** "Sea" + "of" + "Japan" (or "Japan" alone, after "the Sea of") → the place "Sea of Japan". */
function joinHeadOf(text: string, mentions: RawMention[]): RawMention[] {
  if (!/(?:Sea|Gulf|Bay|Straits?|Isle|Cape) of /.test(text)) return mentions;
  let changed = false;
  const out: RawMention[] = [];
  for (const m of mentions) {
    const head = m.origin === 'detected' && m.type === 'location' ? HEAD_OF_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start)) : null;
    const start = head ? m.start - head[1].length : m.start;
    // What the tagger found of the head ("Sea") gives way; any other mention there keeps the name as it is.
    const prev = out[out.length - 1];
    const absorbed = !!head && !!prev && prev.end > start && prev.origin === 'detected' && prev.start >= start;
    const blocked = !!prev && prev.end > start && !absorbed;
    if (!head || blocked) { out.push(m); continue; }
    if (absorbed) out.pop();
    changed = true;
    out.push({ ...m, start });
  }
  return changed ? out : mentions;
}

function retypeByHead(text: string, mentions: RawMention[]): RawMention[] {
  if (!/(?:Sea|Gulf|Bay|Isle|Cape) of |Shoal|Reef|Atoll|Cay|Strait|Peninsula|Archipelago|Glacier|Volcano|Canyon|Plateau|Desert|Basin|Delta|SAR|Special Administrative Region|Area|Zone|Free Trade Port|Autonomous|Sports|Hall|Stadium|Square|Arena|Temple|Mosque|Shrine|Pagoda|Cathedral|Prison|Gymnasium|Launch|Spaceport|Cosmodrome|Jiao|Dao|Canal|Dam|Bridge|Tunnel|Reservoir|Reserve|Park|Museum|North|South|East|West|Airport|Prison/.test(text)) return mentions;
  let changed = false;
  const out = mentions.map((m) => {
    const name = text.slice(m.start, m.end);
    if (m.origin === 'detected' && m.type !== 'location' && (m.type === 'person' ? NAMED_AFTER_PERSON.test(name) : VENUE.test(name) || COMPASS_REGION.test(name) || HEAD_OF.test(name))) {
      changed = true;
      return { ...m, type: 'location' as const };
    }
    if (m.origin !== 'detected' || !HEAD.test(text.slice(m.start, m.end))) return m;
    const ordinal = ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start));
    const start = ordinal && !mentions.some((o) => o !== m && o.end > m.start - ordinal[1].length - 1 && o.start < m.start) ? m.start - ordinal[1].length - 1 : m.start;
    if (m.type === 'location' && start === m.start) return m;
    changed = true;
    return { ...m, start, type: 'location' as const };
  });
  return changed ? out : mentions;
}
