import { isAcronym } from '../linking/nameForms';
import type { EntityType, RawMention } from '../types';

/**
 * Short names of international groups and their climate conferences, which the tagger misses, mistypes or runs
 * together: "G20 finance ministers", "APEC leaders" (missed), "the APEC summit" (a place), "the G7 and G20" (one
 * mention). The groups (G7, G20, G77 …, APEC, ASEAN, BRICS, OPEC) and international bodies (IMF, WTO, NATO …, see
 * `BODIES`) are organizations; "COP28", a Conference of the Parties, is an event (misc, as CoNLL-2003 types events).
 *  - a detected mention made only of acronyms joined by "and" or commas is one mention per acronym, when one of them
 *    is such a group ("G7 and G20" → "G7" + "G20"; "EU and NATO" tagged as one, too);
 *  - a detected mention that is exactly such a name takes its type ("APEC"/location → organization);
 *  - such a name no mention covers becomes one.
 * Mentions a person tagged or confirmed stay as they are. Pure.
 */
/**
 * International bodies known by their short names, which a tagger of 1990s news types misc or misses as often as
 * it finds them ("The IMF raised its forecast": misc; "The WTO ruled": nothing). "WHO" has its own rule.
 */
const BODIES = 'IMF|WTO|OECD|IAEA|NATO|UNESCO|UNICEF|UNHCR';
const NAME = String.raw`(?:G-?(?:2|7|8|20|77)|COP-?\d{1,2}|APEC|ASEAN|BRICS|OPEC|${BODIES})`;
const FORUM = new RegExp(String.raw`(?<![\p{L}\p{N}-])${NAME}(?![\p{L}\p{N}]|-\p{L})`, 'gu');
const WHOLE = new RegExp(`^${NAME}$`);
/** A cheap test for any of the names, before the scans. */
const QUICK = new RegExp(String.raw`G-?\d|COP|APEC|ASEAN|BRICS|OPEC|${BODIES}`);
const PARTS = /^[A-Z][A-Z0-9-]+(?:(?:,? and |, | & )[A-Z][A-Z0-9-]+)+$/;
const PART = /[A-Z][A-Z0-9-]+/g;

/** The type of a group's or conference's short name, or null: "G20" → organization, "COP28" → misc. */
export function forumType(name: string): EntityType | null {
  if (!WHOLE.test(name)) return null;
  return name.startsWith('COP') ? 'misc' : 'organization';
}

export function forumAcronyms(text: string, mentions: RawMention[]): RawMention[] {
  if (!QUICK.test(text)) return mentions;
  const out: RawMention[] = [];
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    if (m.origin !== 'detected') { out.push(m); continue; }
    const own = forumType(name);
    if (own) { out.push({ ...m, type: own }); continue; }
    if (!PARTS.test(name)) { out.push(m); continue; }
    const parts = [...name.matchAll(PART)];
    if (!parts.every((p) => isAcronym(p[0])) || !parts.some((p) => forumType(p[0]))) { out.push(m); continue; }
    for (const p of parts) out.push({ ...m, start: m.start + p.index, end: m.start + p.index + p[0].length, type: forumType(p[0]) ?? m.type });
  }
  const added: RawMention[] = [];
  for (const f of text.matchAll(FORUM)) {
    const start = f.index, end = start + f[0].length;
    if (out.some((x) => x.start < end && start < x.end)) continue;
    added.push({ start, end, type: forumType(f[0])!, score: 0.8, origin: 'detected' });
  }
  return [...out, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
