import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dropCalendarRanges } from '../../../server/src/analysis/entities/calendarRanges';
import type { EntityType, RawMention } from '../../../server/src/analysis/types';

const at = (text: string, s: string, type: EntityType, origin: RawMention['origin'] = 'detected'): RawMention => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type, score: 0.7, origin });

test('"the April-June period" is a stretch of the calendar, not a misc name; "Samsung" stays', () => {
  const text = 'Samsung shipped 71.5 million phones in the April-June period.';
  const out = dropCalendarRanges(text, [at(text, 'Samsung', 'organization'), at(text, 'April-June', 'misc')]);
  assert.deepEqual(out.map((m) => text.slice(m.start, m.end)), ['Samsung']);
});

test('a single month may be a name ("May") and stays; so does a range a person tagged', () => {
  const a = 'May said the talks would go on.';
  assert.equal(dropCalendarRanges(a, [at(a, 'May', 'person')]).length, 1);
  const b = 'Exports rose in January-October.';
  assert.equal(dropCalendarRanges(b, [at(b, 'January-October', 'misc', 'user')]).length, 1);
});

test('the era of a year or a century is part of a date, not a name ("221 BC", "the third century BCE", "AD 79"); "BC Hydro" stays', () => {
  const text = 'Qin unified China in 221 BC. The site dates from the third century BCE, the ash from AD 79. BC Hydro paid for the dig.';
  const ms = [at(text, 'BC', 'misc'), at(text, 'BCE', 'misc'), at(text, 'AD', 'misc'), at(text, 'BC Hydro', 'organization')];
  assert.deepEqual(dropCalendarRanges(text, ms).map((m) => text.slice(m.start, m.end)), ['BC Hydro']);
});
