import type { RawMention, Token } from '../types';
import type { Gazetteer } from './gazetteer';

/**
 * Films and series that sweep a ceremony are named with no cue of a work: "Oppenheimer won seven Oscars", "Shogun won
 * a record 18 Emmys". A title of works is misc in the CoNLL scheme, but the tagger reads the unknown word as a company.
 * A detected mention right before "won", "swept", "took home" or "picked up" and a count of more than one of the screen's
 * prizes (Oscars, Academy Awards, Golden Globes, Emmys, BAFTAs) is a work, misc: one person takes home one statuette
 * a night, and a name the tagger typed a person stays one ("Cillian Murphy won …"), as does a studio or a streamer the
 * gazetteers list as a company or an organization ("Netflix won seven Oscars"). Every detected mention of the same name
 * follows. Mentions a person tagged or confirmed stay as they are. Pure.
 */
const COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|[2-9]|1\d|2\d)`;
const PRIZES = String.raw`(?:Oscars|Academy Awards|Golden Globes|Golden Globe Awards|Emmys|Emmy Awards|BAFTAs|Baftas|BAFTA Awards)`;
const SWEEP = new RegExp(String.raw`^\s+(?:has\s+|had\s+)?(?:won|wins|swept|sweeps|took home|takes home|picked up|picks up|scooped|bagged|claimed|collected|earned)\s+(?:a record\s+|a total of\s+|an? \p{Ll}+\s+)?${COUNT}\s+${PRIZES}\b`, 'u');

export function awardedWorks(text: string, mentions: RawMention[], _tokens: Token[], gazetteer: Gazetteer): RawMention[] {
  const works = new Set<string>();
  for (const m of mentions) {
    if (m.origin !== 'detected' || m.type === 'person' || m.type === 'misc') continue;
    const name = text.slice(m.start, m.end);
    if (gazetteer.isKnownCompany(name) || gazetteer.isKnownOrganization(name)) continue;
    if (SWEEP.test(text.slice(m.end, m.end + 80))) works.add(name);
  }
  if (!works.size) return mentions;
  return mentions.map((m) => (m.origin === 'detected' && m.type !== 'person' && works.has(text.slice(m.start, m.end)) ? { ...m, type: 'misc' as const } : m));
}
