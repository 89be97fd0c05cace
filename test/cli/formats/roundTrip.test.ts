import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run as exportRun } from '../../../server/src/cli/export';
import { run as importRun } from '../../../server/src/cli/import';
import { parseBratAnn } from '../../../server/src/cli/formats/brat';
import { conllDocToSpans, parseConll } from '../../../server/src/cli/formats/conll';
import { readSidecar } from '../../../server/src/annotations/sidecarFile';
import { KANG, MINJOO, spanOf, tempWithSamples } from '../../annotations/samples';
import { captureIo, fakeDeps } from './helpers';

const spanKey = (s: { start: number; end: number; label: string; speaker?: string }) => `${s.start}-${s.end}:${s.label}${s.speaker ? `@${s.speaker}` : ''}`;

test('brat import then brat export gives back the same spans, speakers included', async () => {
  const dir = tempWithSamples();
  const text = fs.readFileSync(path.join(dir, KANG), 'utf8');
  const wang = spanOf(text, 'Wang Yi');
  const beijing = spanOf(text, 'Beijing');
  const wed = spanOf(text, 'Wednesday');
  const quote = spanOf(text, '"We are not considering any additional THAAD deployment,"');
  const kang = spanOf(text, 'Kang said');
  const ann = [
    `T1\tPerson ${wang.start} ${wang.end}\tWang Yi`,
    `T2\tLocation ${beijing.start} ${beijing.end}\tBeijing`,
    `T3\tDate ${wed.start} ${wed.end}\tWednesday`,
    `T4\tQuote ${quote.start} ${quote.end}\t${text.slice(quote.start, quote.end)}`,
    `T5\tPerson ${kang.start} ${kang.start + 4}\tKang`,
    `R1\tSpeaker Arg1:T4 Arg2:T5`,
    `#1\tAnnotatorNotes R1\tKang Kyung-wha`,
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'wang-yi-kang-kyung-wha.ann'), `${ann}\n`);
  const imp = captureIo(dir);
  assert.equal(await importRun(['--format', 'brat', 'wang-yi-kang-kyung-wha.ann'], imp.io, fakeDeps), 0, imp.stderr());
  assert.equal(readSidecar(path.join(dir, KANG))!.decisions.length, 5);

  const exp = captureIo(dir);
  assert.equal(await exportRun(['--format', 'brat', '--out', 'out', KANG], exp.io, fakeDeps), 0, exp.stderr());
  assert.equal(fs.readFileSync(path.join(dir, 'out', 'wang-yi-kang-kyung-wha.txt'), 'utf8'), text);
  const back = parseBratAnn(fs.readFileSync(path.join(dir, 'out', 'wang-yi-kang-kyung-wha.ann'), 'utf8'), text);
  assert.deepEqual(back.warnings, []);
  const original = parseBratAnn(ann, text);
  assert.deepEqual(back.spans.map(spanKey).sort(), original.spans.map(spanKey).sort());
});

test('CoNLL import writes the article text and the sidecar, and CoNLL export gives back the same spans', async () => {
  const dir = tempWithSamples();
  // sentences written for this test
  const conll = [
    '-DOCSTART- -X- -X- O',
    '',
    'Foreign NNP B-NP O',
    'Minister NNP I-NP O',
    'Kang NNP I-NP B-PER',
    'Kyung-wha NNP I-NP I-PER',
    'arrived VBD B-VP O',
    'in IN B-PP O',
    'Beijing NNP B-NP B-LOC',
    '( ( O O',
    'China NNP B-NP I-LOC',
    ') ) O O',
    'on IN B-PP O',
    'Wednesday NNP B-NP O',
    '. . O O',
    '',
    'The DT B-NP O',
    'U.S. NNP I-NP B-LOC',
    'and CC O O',
    'the DT B-NP O',
    'Minjoo NNP I-NP B-ORG',
    'Party NNP I-NP I-ORG',
    'said VBD B-VP O',
    '" " O O',
    'no DT B-NP O',
    '" " O O',
    '. . O O',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'visit.conll'), conll);
  const imp = captureIo(dir);
  assert.equal(await importRun(['--format', 'conll', 'visit.conll'], imp.io, fakeDeps), 0, imp.stderr());
  const text = fs.readFileSync(path.join(dir, 'visit.article'), 'utf8');
  assert.equal(text, 'Foreign Minister Kang Kyung-wha arrived in Beijing (China) on Wednesday.\nThe U.S. and the Minjoo Party said "no".');
  const imported = conllDocToSpans(parseConll(conll)[0]).spans;
  assert.deepEqual(imported.map((s) => text.slice(s.start, s.end)), ['Kang Kyung-wha', 'Beijing', 'China', 'U.S.', 'Minjoo Party']);

  const exp = captureIo(dir);
  assert.equal(await exportRun(['--format', 'conll', 'visit.article'], exp.io, fakeDeps), 0, exp.stderr());
  const exported = parseConll(exp.stdout());
  assert.equal(exported.length, 1);
  const back = conllDocToSpans(exported[0]);
  assert.equal(back.text, text);
  assert.deepEqual(back.spans.map(spanKey), imported.map(spanKey));
});

test('CoNLL import refuses to overwrite an article that has other text', async () => {
  const dir = tempWithSamples();
  fs.writeFileSync(path.join(dir, 'visit.article'), 'Something else.\n');
  fs.writeFileSync(path.join(dir, 'visit.conll'), 'Seoul NNP B-NP B-LOC\n. . O O\n');
  const imp = captureIo(dir);
  assert.equal(await importRun(['--format', 'conll', 'visit.conll'], imp.io, fakeDeps), 1);
  assert.match(imp.stderr(), /exists with other text/);
  assert.equal(fs.readFileSync(path.join(dir, 'visit.article'), 'utf8'), 'Something else.\n');
});

test('importing keeps saved decisions on other spans and replaces one on the same span', async () => {
  const dir = tempWithSamples();
  const text = fs.readFileSync(path.join(dir, MINJOO), 'utf8');
  const song = spanOf(text, 'Song Young-gil');
  const inch = spanOf(text, 'Incheon');
  const base = MINJOO.replace(/\.article$/, '');
  fs.writeFileSync(path.join(dir, `${base}.ann`), `T1\tPerson ${song.start} ${song.end}\tSong Young-gil\n`);
  await importRun(['--format', 'brat', `${base}.ann`], captureIo(dir).io, fakeDeps);
  fs.writeFileSync(path.join(dir, `${base}.ann`), `T1\tMisc ${song.start} ${song.end}\tSong Young-gil\nT2\tLocation ${inch.start} ${inch.end}\tIncheon\n`);
  await importRun(['--format', 'brat', `${base}.ann`], captureIo(dir).io, fakeDeps);
  const decisions = readSidecar(path.join(dir, MINJOO))!.decisions;
  assert.deepEqual(decisions.map((d) => `${d.exact}:${d.label}:${d.creator}`).sort(), ['Incheon:location:tester', 'Song Young-gil:misc:tester']);
});

test('a brat line whose text is not at its offsets is skipped with a warning', () => {
  const text = 'Wang Yi met Kang Kyung-wha in Beijing.';
  const r = parseBratAnn('T1\tPerson 0 7\tWang Yi\nT2\tLocation 0 7\tBeijing\nT3\tVehicle 30 37\tBeijing\n', text);
  assert.deepEqual(r.spans, [{ label: 'person', start: 0, end: 7 }]);
  assert.equal(r.warnings.length, 2);
});

test('CoNLL import reads IOB1 tags, where I- starts a chunk after O or another type', () => {
  const docs = parseConll('Wang I-PER\nYi I-PER\nmet O\nKang I-PER\nin O\nSeoul I-LOC\nMinjoo I-ORG\nParty I-ORG\n');
  const r = conllDocToSpans(docs[0]);
  assert.deepEqual(r.spans.map((s) => `${r.text.slice(s.start, s.end)}:${s.label}`), ['Wang Yi:person', 'Kang:person', 'Seoul:location', 'Minjoo Party:organization']);
});
