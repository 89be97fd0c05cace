import { calendarPatterns } from './calendarPatterns';
import { dayPatterns } from './dayPatterns';
import { durationPatterns } from './durationPatterns';
import type { Candidate, Pattern } from './patternTypes';
import { PATTERN_TRIGGERS } from './patternTriggers';
import { agoPatterns } from './agoPatterns';
import { periodPatterns } from './periodPatterns';
import { quarterPatterns } from './quarterPatterns';
import { seasonAndReferencePatterns } from './seasonPatterns';
import { setPatterns } from './setPatterns';

export const ALL_PATTERNS: readonly Pattern[] = [
  ...calendarPatterns, ...dayPatterns, ...periodPatterns, ...agoPatterns, ...quarterPatterns, ...seasonAndReferencePatterns,
  ...durationPatterns, ...setPatterns,
];

/** Cheap pre-check: text without any digit or time word cannot hold a temporal expression. */
const ANY_TIME_WORD = /\d|day|week|month|year|quarter|now|current|recent|past|future|soon|ago|night|morning|evening|afternoon|noon|spring|summer|fall|autumn|winter|decade|centur|hour|minute|second|annual|ly\b|tonight|tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|easter|thanksgiving|halloween|nineteen|twenty|thousand|previously|formerly|lately|term|while|time|half|\d0s|ties\b|mid/i;

/** All candidate matches of all patterns in `text` (overlapping; see selectCandidates). */
export function scanCandidates(text: string, patterns: readonly Pattern[] = ALL_PATTERNS): Candidate[] {
  if (!ANY_TIME_WORD.test(text)) return [];
  const out: Candidate[] = [];
  for (const p of patterns) {
    const trigger = PATTERN_TRIGGERS[p.name];
    if (trigger && !trigger.test(text)) continue;
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      const c = p.build(m as RegExpExecArray, text);
      if (c && c.end > c.start) out.push({ ...c, priority: p.priority ?? 0 });
    }
  }
  return out;
}
