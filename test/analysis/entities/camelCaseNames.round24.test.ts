import assert from 'node:assert/strict';
import { test } from 'node:test';
import { camelCaseNames } from '../../../server/src/analysis/entities/camelCaseNames';
import { at, shown } from './harmonizeHelpers';

// Sentences written for these tests, in the style of technology news of the 2020s.

test('a coined name ending in "OS" is an operating system, misc, with its release name ("HarmonyOS Next", "macOS Tahoe")', () => {
  const text = 'The maker said LumenOS Aurora runs on 20 million devices, and its rival pushed kiteOS to older phones.';
  const ms = [at(text, 'LumenOS Aurora', 'organization'), at(text, 'kiteOS', 'person')];
  assert.deepEqual(shown(text, camelCaseNames(text, ms)), ['LumenOS Aurora/misc', 'kiteOS/misc']);
});

test('a coined company name that does not end in "OS" stays a company ("ByteDance")', () => {
  const text = 'BrightSeek said revenue rose, and NIOS shares fell.';
  const ms = [at(text, 'BrightSeek', 'person'), at(text, 'NIOS', 'organization')];
  assert.deepEqual(shown(text, camelCaseNames(text, ms)), ['BrightSeek/organization', 'NIOS/organization']);
});
