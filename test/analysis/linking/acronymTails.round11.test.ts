import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groups } from './linkedGroups';

test('an acronym of the name after "of" in a longer name is that inner name, not the longer one ("Council of Foreign Ministers of the Shanghai Cooperation Organization (SCO)")', () => {
  const text = 'Ministers met at the Council of Foreign Ministers of the Shanghai Cooperation Organization (SCO) in Astana. The SCO summit follows in July.';
  assert.deepEqual(groups(text, [['Council of Foreign Ministers of the Shanghai Cooperation Organization', 'organization'], ['SCO', 'organization'],
    ['Astana', 'location'], ['SCO', 'organization', 110]]),
  ['Council of Foreign Ministers of the Shanghai Cooperation Organization: Council of Foreign Ministers of the Shanghai Cooperation Organization',
    'SCO: SCO, SCO', 'Astana: Astana']);
});

test('the same holds for a committee of a parliament ("the Standing Committee of the National People\'s Congress (NPC)")', () => {
  const text = 'The Standing Committee of the National People\'s Congress (NPC) passed the bill. NPC deputies will review it in March.';
  assert.deepEqual(groups(text, [['Standing Committee of the National People\'s Congress', 'organization'], ['NPC', 'organization'], ['NPC', 'organization', 70]]),
    ['Standing Committee of the National People\'s Congress: Standing Committee of the National People\'s Congress', 'NPC: NPC, NPC']);
});

test('a name\'s last words before any "of" still give its acronym ("US National Transportation Safety Board" … "NTSB", "US Department of Homeland Security" … "DHS")', () => {
  const text = 'The US National Transportation Safety Board opened a probe. The US Department of Homeland Security agreed. NTSB staff and DHS officers arrived.';
  assert.deepEqual(groups(text, [['US National Transportation Safety Board', 'organization'], ['US Department of Homeland Security', 'organization'],
    ['NTSB', 'organization'], ['DHS', 'organization']]),
  ['US National Transportation Safety Board: US National Transportation Safety Board, NTSB', 'US Department of Homeland Security: US Department of Homeland Security, DHS']);
});
