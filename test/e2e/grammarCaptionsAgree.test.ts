// The grammar repeats, as TextMate regexes, the caption credits the structure reader knows (structure/captions.ts):
// a TextMate grammar cannot call code. This test keeps the two from drifting apart: one caption line per credit form
// of captions.ts, and prose lines with slashes, must be captions (or not) to both.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { isCaption } from '../../server/src/analysis/structure/captions';
import { captionLinesOf } from './grammarHelpers';

const PROSE = 'The new line cut the journey from Chengdu to Chongqing to under an hour, the operator said on Monday.';

// Our own caption lines, one per credit form of captions.ts (in its order), then lines that are no captions.
const CAPTIONS = [
  'Chinese Premier Li Qiang meets delegates in Beijing, Nov. 22, 2025. (Xinhua/Li Xin)',
  'A voter casts a ballot in Seoul, South Korea, June 3, 2025. (AP Photo/Lee Jin-man)',
  'Protesters gather outside parliament in Nairobi, Kenya, June 25, 2024. REUTERS/Jane Doe/File Photo',
  'Tourists crowd the Bund in Shanghai during the holiday. /CGTN Photo',
  'Farmers harvest rice in Yuanyang County, Yunnan Province. (Photo/CGTN)',
  'A worker inspects solar panels in Qinghai Province. [Photo/VCG]',
  'A cargo ship docks at Qingdao Port. (Reuters Photo)',
  'The Shenzhou-21 crew waves before launch. Photo: Xinhua',
  'A Long March rocket lifts off in Wenchang, Hainan Province, Nov. 15, 2025. Photo by Li Xin/Getty Images',
  'Delegates arrive for the summit in Rio de Janeiro, Brazil, July 6, 2025. Mauro Pimentel via Getty Images',
  'Rescue workers search for survivors in Ho Chi Minh City, Vietnam, Oct. 28, 2025. /Xinhua',
  'Tourists visit the Forbidden City in Beijing, Oct. 3, 2025. IC Photo',
  'The telescope captured the early universe. (Credit: NASA/ESA/CSA)',
];
const NOT_CAPTIONS = [
  PROSE,
  'The train reached 350 km/h on the new line, officials said.',
  'Most voters back the plan, says a poll by Reuters (Reuters/Ipsos)',
  'Chart: China\'s exports rise for a sixth month',
];

test('the grammar colours as captions exactly the caption lines the structure reader finds, one per credit form', async () => {
  const lines = [PROSE, ...CAPTIONS, ...NOT_CAPTIONS];
  const coloured = await captionLinesOf(lines.join('\n'));
  const disagree = lines.slice(1).filter((line, i) => isCaption(line) !== coloured[i + 1]);
  assert.deepEqual(disagree, [], 'lines the grammar and the structure reader read differently');
  for (const line of CAPTIONS) assert.ok(isCaption(line), `structure: ${line}`);
  for (const line of NOT_CAPTIONS) assert.ok(!isCaption(line), `structure: ${line}`);
});
