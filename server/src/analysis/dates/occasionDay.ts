/** "It was a historic day for the city": the day being told of, judged. */
import { formatYmd } from './calendar';
import { dayMentionedBefore } from './dayMentioned';
import type { Pattern } from './patternTypes';
import { wordRe } from './patternTypes';

/** Words that judge a day as an occasion ("a historic day", "a sad day"). */
const JUDGEMENT = '(?:great|historic|historical|sad|good|bad|dark|black|happy|special|proud|memorable|terrible|tragic|momentous|glorious|joyful|joyous|painful|shameful|remarkable|wonderful|fantastic|landmark|emotional|solemn|somber|sombre|red-letter)';

export const occasionDayPatterns: Pattern[] = [
  {
    // "it was a proud day for the team", "This is a historic day", "that was a sad day for all of us": the day the story
    // is about, the last one told before (a weekday, a date), else the article's own. TimeML marks the noun, "day".
    // Not when the subject is itself a date ("Today is a sad day", "Friday was a dark day"): that one is dated already.
    name: 'occasion-day',
    re: wordRe(`(?:it|this|that)(?:'s|’s|\\s+(?:is|was|will\\s+be|has\\s+been|had\\s+been|would\\s+be))\\s+(?:["“‘']|\`\`)?(?:a|an)\\s+(?:(?:truly|very|really|particularly|most)\\s+)?${JUDGEMENT}\\s+(day)`),
    build(m) {
      const end = m.index + m[0].length;
      return { start: end - m[1].length, end, resolve: (ctx) => ({ type: 'date', value: formatYmd(dayMentionedBefore(ctx) ?? ctx.ref), relative: true }) };
    },
  },
];
