import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const paletteWhen = (command: string): string | undefined =>
  manifest.contributes.menus.commandPalette.find((m: { command: string }) => m.command === command)?.when;

test('the review keys and "Leave Review Mode" are in the Command Palette only in review mode, where they do something', () => {
  // Outside review mode they answered "no detection under the cursor" or did nothing, and crowded the palette.
  for (const id of ['stop', 'next', 'accept', 'reject', 'changeType']) {
    assert.match(paletteWhen(`articleAnnotator.review.${id}`) ?? '', /articleAnnotator\.reviewing/, id);
  }
  assert.doesNotMatch(paletteWhen('articleAnnotator.review.start') ?? '', /reviewing/);
});

test('Export Annotations and Tag Every Occurrence in the Workspace are hidden in a file that is not an article', () => {
  // In a plain .txt they offered to export or tag articles the file is not one of; with no editor open they still
  // work on the workspace's articles.
  for (const id of ['exportAnnotations', 'tagEverywhere']) {
    const when = paletteWhen(`articleAnnotator.${id}`);
    assert.equal(when, 'articleAnnotator.isArticle || !activeEditor', id);
  }
});
