import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseReferenceDate } from '../../../server/src/analysis/referenceDate/chooseReferenceDate';
import { readStructure } from '../../../server/src/analysis/structure/readStructure';

const DATELINE = 'BEIJING, Dec. 30 (Xinhua) -- China on Thursday said the talks would go on.';

test('a yearless dateline takes its year from the file date when that day is not ahead of it', () => {
  const ref = chooseReferenceDate(readStructure(DATELINE), undefined, { value: '2017-01-04', source: 'file' });
  assert.deepEqual([ref.value, ref.source], ['2016-12-30', 'dateline']);
  const same = chooseReferenceDate(readStructure(DATELINE), undefined, { value: '2016-12-31', source: 'file' });
  assert.equal(same.value, '2016-12-30');
});

test('an explicit article date still wins over a yearless dateline', () => {
  const ref = chooseReferenceDate(readStructure(DATELINE), { value: '2015-12-30', source: 'sidecar' }, { value: '2017-01-04', source: 'file' });
  assert.deepEqual([ref.value, ref.source], ['2015-12-30', 'sidecar']);
});
