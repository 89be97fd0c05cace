import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../server/src/cli/main';
import type { CliIO } from '../../server/src/cli/cliIO';
import { KANG, MINJOO, sample, SAMPLES_DIR } from '../helpers/samples';

async function cli(args: string[], stdin: string[] = []): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    cwd: SAMPLES_DIR,
    stdinLines: async function* () {
      yield* stdin;
    },
  };
  const code = await main(args, io);
  return { code, out, err };
}

describe('article-annotator analyze --jsonl (the contract outside tools rely on)', () => {
  it('writes one line per input line, in order, with exactly the contract keys', async () => {
    const text = sample(MINJOO);
    const { code, out } = await cli(['analyze', '--jsonl'], [JSON.stringify({ id: 'minjoo', text, dct: '2017-01-05', source: 'ignored' }), JSON.stringify({ id: 7, text: 'Kang said so.' })]);
    assert.equal(code, 0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['minjoo', 7]);
    const first = lines[0];
    assert.deepEqual(Object.keys(first), ['id', 'entities', 'dates', 'quotes']);
    for (const e of first.entities) {
      assert.deepEqual(Object.keys(e), ['start', 'end', 'text', 'type', 'entity']);
      assert.equal(text.slice(e.start, e.end), e.text);
      assert.ok(['person', 'organization', 'location', 'misc'].includes(e.type));
    }
    for (const d of first.dates) {
      assert.deepEqual(Object.keys(d), ['start', 'end', 'text', 'type', 'value']);
      assert.equal(text.slice(d.start, d.end), d.text);
      assert.ok(['date', 'time', 'duration', 'set'].includes(d.type));
    }
    for (const q of first.quotes) {
      assert.deepEqual(Object.keys(q), ['start', 'end', 'text', 'speaker']);
      assert.equal(text.slice(q.start, q.end), q.text);
      assert.match(q.text, /^".*"$/s, 'quote spans run from the opening to the closing mark');
      if (q.speaker) assert.deepEqual(Object.keys(q.speaker), ['start', 'end', 'text', 'entity']);
    }
  });

  it('resolves relative dates against dct: "Wednesday" before 2017-01-05 is 2017-01-04', async () => {
    const { out } = await cli(['analyze', '--jsonl'], [JSON.stringify({ id: 'x', text: 'Wang Yi on Wednesday reiterated China\'s opposition.', dct: '2017-01-05' })]);
    assert.equal(JSON.parse(out).dates[0].value, '2017-01-04');
  });

  it('links each mention to the canonical name of its entity', async () => {
    const { out } = await cli(['analyze', '--jsonl'], [JSON.stringify({ id: 'k', text: sample(KANG), dct: '2017-11-22' })]);
    const wang = JSON.parse(out).entities.filter((e: any) => e.text === 'Wang');
    assert.ok(wang.length >= 3);
    assert.ok(wang.every((e: any) => e.entity === 'Wang Yi'));
  });

  it('answers a line that is not JSON with an error line and goes on', async () => {
    const { code, out, err } = await cli(['analyze', '--jsonl'], ['{"id": "a", "text": "Seoul."}', '{not json', '', '{"id": "c", "text": "Beijing."}']);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(code, 0);
    assert.deepEqual(lines.map((l) => l.id), ['a', null, 'c']);
    assert.match(lines[1].error, /line 2: not valid JSON/);
    assert.match(err, /line 2/);
  });

  it('counts offsets in UTF-16 code units, emoji and CRLF included', async () => {
    const text = '🇰🇷 Wang Yi met Kang Kyung-wha.\r\n"We agree," Kang said on Wednesday.';
    const { out } = await cli(['analyze', '--jsonl'], [JSON.stringify({ id: 'u', text, dct: '2017-11-23' })]);
    const r = JSON.parse(out);
    for (const s of [...r.entities, ...r.dates, ...r.quotes]) assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(r.entities.some((e: any) => e.text === 'Kang Kyung-wha'));
    assert.ok(r.quotes.length === 1 && r.dates.length === 1);
  });
});

describe('article-annotator analyze FILE', () => {
  it('prints a readable summary: entities by type with counts, dates with values, quotes with speakers', async () => {
    const { code, out } = await cli(['analyze', MINJOO]);
    assert.equal(code, 0);
    assert.match(out, /^wang-yi-minjoo-party\.article\n/);
    assert.match(out, /article date 2017-01-05 \(from caption\)/);
    assert.match(out, /People \(\d+\)\n    Wang Yi ×\d+ +\(also: Wang\)/);
    assert.match(out, /"Wednesday" → 2017-01-04 \(date\)/);
    assert.match(out, /Wang Yi \(“he”\): "What the Chinese side/);
  });

  it('names the file and fails when it is missing or binary, and still analyses the others', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-cli-'));
    fs.writeFileSync(path.join(dir, 'photo.article'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const { code, out, err } = await cli(['analyze', path.join(dir, 'photo.article'), path.join(dir, 'missing.article'), KANG]);
    assert.equal(code, 1);
    assert.match(err, /photo\.article: looks like a binary file/);
    assert.match(err, /missing\.article: no such file/);
    assert.match(out, /wang-yi-kang-kyung-wha\.article/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('resolves relative dates against --reference-date, over the date the article prints; refuses a bad one', async () => {
    const { code, out } = await cli(['analyze', '--reference-date', '2017-01-12', MINJOO]);
    assert.equal(code, 0);
    assert.match(out, /article date 2017-01-12 \(from --reference-date\)/);
    assert.match(out, /"Wednesday" → 2017-01-11 \(date\)/);
    const bad = await cli(['analyze', '--reference-date=2017-13-01', MINJOO]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--reference-date must be a date YYYY-MM-DD, not '2017-13-01'/);
  });

  it('reports an empty article as having nothing in it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-cli-'));
    fs.writeFileSync(path.join(dir, 'empty.article'), '');
    const { code, out } = await cli(['analyze', path.join(dir, 'empty.article')]);
    assert.equal(code, 0);
    assert.match(out, /0 entities \(0 mentions\), 0 dates, 0 quotes/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('article-annotator analyze --entity-model', () => {
  const line = JSON.stringify({ id: 'kang', text: 'Chinese Foreign Minister Wang Yi met his South Korean counterpart Kang Kyung-wha in Beijing on Wednesday.' });

  it('finds the same people with the fast model as with the default neural one', async () => {
    const people = (out: string) => JSON.parse(out).entities.filter((e: { type: string }) => e.type === 'person').map((e: { text: string }) => e.text);
    const neural = await cli(['analyze', '--jsonl'], [line]);
    const fast = await cli(['analyze', '--jsonl', '--entity-model=fast'], [line]);
    assert.equal(fast.code, 0, fast.err);
    assert.deepEqual(people(fast.out), ['Wang Yi', 'Kang Kyung-wha']);
    assert.deepEqual(people(neural.out), ['Wang Yi', 'Kang Kyung-wha']);
  });

  it('refuses an unknown model with the usage, exit 2', async () => {
    const { code, err } = await cli(['analyze', '--entity-model', 'huge', '--jsonl'], [line]);
    assert.equal(code, 2);
    assert.match(err, /unknown entity model 'huge' \(expected neural or fast\)/);
  });
});
