import { calendarPatterns } from './calendarPatterns';
import { dayListPatterns } from './dayListPatterns';
import { dayPatterns } from './dayPatterns';
import { dayRangePatterns } from './dayRangePatterns';
import { durationPatterns } from './durationPatterns';
import { eraPatterns } from './eraPatterns';
import { festivalPatterns } from './festivalPatterns';
import type { Candidate, Pattern } from './patternTypes';
import { PATTERN_TRIGGERS } from './patternTriggers';
import { agoPatterns } from './agoPatterns';
import { monthRangePatterns } from './monthRangePatterns';
import { occasionDayPatterns } from './occasionDay';
import { ordinalDayPatterns } from './ordinalDayPatterns';
import { partOfDayOfDatePatterns } from './partOfDayOfDate';
import { periodPatterns } from './periodPatterns';
import { quarterPatterns } from './quarterPatterns';
import { seasonAndReferencePatterns } from './seasonPatterns';
import { setPatterns } from './setPatterns';
import { solarTermPatterns } from './solarTermPatterns';
import { toDatePatterns } from './toDatePatterns';
import { weekPatterns } from './weekPatterns';
import { yearRangePatterns } from './yearRangePatterns';

export const ALL_PATTERNS: readonly Pattern[] = [
  ...calendarPatterns, ...dayPatterns, ...periodPatterns, ...agoPatterns, ...quarterPatterns, ...seasonAndReferencePatterns,
  ...durationPatterns, ...setPatterns, ...dayListPatterns, ...weekPatterns, ...yearRangePatterns, ...ordinalDayPatterns, ...monthRangePatterns,
  ...dayRangePatterns, ...festivalPatterns, ...solarTermPatterns, ...eraPatterns, ...partOfDayOfDatePatterns, ...occasionDayPatterns,
  ...toDatePatterns,
];

/**
 * All candidate matches of all patterns in `text` (overlapping; see selectCandidates). A pattern runs only when its
 * trigger (patternTriggers.ts) occurs in the text. `matchAll` works on a copy of each regex, so no state is shared.
 */
export function scanCandidates(text: string, patterns: readonly Pattern[] = ALL_PATTERNS): Candidate[] {
  const out: Candidate[] = [];
  for (const p of patterns) {
    const trigger = PATTERN_TRIGGERS[p.name];
    if (trigger && !trigger.test(text)) continue;
    for (const m of text.matchAll(p.re)) {
      const c = p.build(m as RegExpExecArray, text);
      if (c && c.end > c.start) out.push({ ...c, priority: p.priority ?? 0 });
    }
  }
  return out;
}
