import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeDecision } from '../../../server/src/annotations/decision';
import { formatSidecar } from '../../../server/src/annotations/sidecarFile';
import { run as agreementRun } from '../../../server/src/cli/agreement';
import { cohensKappa } from '../../../server/src/cli/formats/agreementStats';
import { KANG, spanOf, tempWithSamples } from '../../annotations/samples';
import { captureIo } from './helpers';

test("Cohen's kappa is 1 for identical labels, 0 for chance agreement and negative below chance", () => {
  assert.equal(cohensKappa([['a', 'a'], ['O', 'O'], ['b', 'b']]), 1);
  assert.equal(cohensKappa([['a', 'a'], ['a', 'O'], ['O', 'a'], ['O', 'O']]), 0);
  assert.ok(cohensKappa([['a', 'O'], ['O', 'a']]) < 0);
});

function twoAnnotators() {
  const dir = tempWithSamples();
  const text = fs.readFileSync(path.join(dir, KANG), 'utf8');
  const d = (label: Parameters<typeof makeDecision>[1]['label'], needle: string, nth = 0, speaker?: string) => makeDecision(text, { label, ...spanOf(text, needle, nth), speaker });
  const quote = '"We are not considering any additional THAAD deployment,"';
  const alice = [d('person', 'Wang Yi'), d('person', 'Kang Kyung-wha'), d('location', 'Beijing'), d('quote', quote, 0, 'Kang Kyung-wha')];
  const bob = [d('person', 'Wang Yi'), d('organization', 'Kang Kyung-wha'), d('location', 'Seongju'), d('quote', quote, 0, 'Kang Kyung-wha')];
  for (const [who, ds] of [['alice', alice], ['bob', bob]] as const) {
    fs.mkdirSync(path.join(dir, who));
    fs.writeFileSync(path.join(dir, who, `${KANG}.annotations.json`), formatSidecar('urn:uuid:0b7c1c38-5a5e-4c8e-9d0c-1f1b7b9e2a11', ds, KANG, text));
  }
  // the article sits next to alice's sidecar
  fs.copyFileSync(path.join(dir, KANG), path.join(dir, 'alice', KANG));
  return dir;
}

test('agreement of two sidecars gives per-type F1, speaker agreement and token kappa', async () => {
  const dir = twoAnnotators();
  const c = captureIo(dir);
  const code = await agreementRun(['--json', `alice/${KANG}.annotations.json`, `bob/${KANG}.annotations.json`], c.io);
  assert.equal(code, 0, c.stderr());
  const r = JSON.parse(c.stdout());
  assert.deepEqual(r.byType.person, { both: 1, onlyA: 1, onlyB: 0, f1: 2 / 3 });
  assert.deepEqual(r.byType.organization, { both: 0, onlyA: 0, onlyB: 1, f1: 0 });
  assert.deepEqual(r.byType.location, { both: 0, onlyA: 1, onlyB: 1, f1: 0 });
  assert.equal(r.byType.quote.f1, 1);
  assert.deepEqual(r.speakers, { agree: 1, compared: 1 });
  assert.equal(r.kappa.quotes, 1);
  assert.ok(r.kappa.entitiesAndDates > 0 && r.kappa.entitiesAndDates < 1);
});

test('agreement of two folders pairs sidecars by name', async () => {
  const dir = twoAnnotators();
  const c = captureIo(dir);
  assert.equal(await agreementRun(['alice', 'bob'], c.io), 0, c.stderr());
  assert.match(c.stdout(), /articles: 1/);
  assert.match(c.stdout(), /person\s+1\s+1\s+0\s+0\.6667/);
});

test('agreement without the article text says where it looked', async () => {
  const dir = twoAnnotators();
  fs.rmSync(path.join(dir, 'alice', KANG));
  fs.rmSync(path.join(dir, KANG));
  const c = captureIo(dir);
  assert.equal(await agreementRun(['alice', 'bob'], c.io), 1);
  assert.match(c.stderr(), /cannot find the article/);
});
