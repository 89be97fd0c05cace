import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reviewDoneMessage, reviewProgressText } from '../../client/src/reviewProgress';

test('review of an article with no detections says there is nothing to review, not "all 0 detections are reviewed"', () => {
  const message = reviewDoneMessage(0);
  assert.match(message, /nothing to review/);
  assert.doesNotMatch(message, /\b0 detections\b|all 0/);
});

test('the end of a review counts in words and says how to leave review mode', () => {
  assert.equal(reviewDoneMessage(1).includes('the only detection of this article is reviewed'), true);
  assert.doesNotMatch(reviewDoneMessage(1), /\b1 detections\b/);
  assert.match(reviewDoneMessage(41), /all 41 detections of this article are reviewed\. Click “41 \/ 41 reviewed” in the status bar, or run “Leave Review Mode”/);
});

test('the progress item counts reviewed detections out of all of them', () => {
  assert.equal(reviewProgressText(3, 100), '$(checklist) 3 / 100 reviewed');
});
