import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { BlockCache } from '../../../server/src/analysis/pipeline/blockCache';
import { defaultPipeline } from '../../../server/src/analysis/pipeline/defaultPipeline';
import type { DocComponent } from '../../../server/src/analysis/pipeline/component';
import type { EntityRecognizer } from '../../../server/src/analysis/entities/recognizer';
import { KANG, MINJOO, sample } from '../../helpers/samples';

/** A recognizer that tags capitalised "Wang Yi" / "Wang" only, so that these tests check the pipeline, not the model. */
const wangOnly: EntityRecognizer = {
  recognize: (text, tokens) =>
    tokens.flatMap((t, i) => (t.text === 'Wang' ? [{ start: t.start, end: tokens[i + 1]?.text === 'Yi' ? tokens[i + 1].end : t.end, type: 'person' as const }] : [])),
};

describe('analysis pipeline', () => {
  it('runs structure, reference date, blocks, credited agencies, consistency, decisions, linking, dates and quotes in order', () => {
    assert.deepEqual(defaultPipeline().names, ['structure', 'referenceDate', 'blocks', 'credits', 'entityConsistency', 'entityDecisions', 'linking', 'dateDecisions', 'quotes', 'quoteDecisions']);
  });

  it('refuses a pipeline whose component requires what no earlier component assigns', () => {
    const needsEntities: DocComponent = { name: 'early', requires: ['entities'], assigns: [], run: () => ({}) };
    assert.throws(() => defaultPipeline().replace('structure', needsEntities), /E002 Component 'early' requires/);
    assert.throws(() => defaultPipeline().replace('nope', needsEntities), /E001 No component 'nope'/);
  });

  it('lets a component be replaced by name without touching the others', () => {
    const noQuotes: DocComponent = { name: 'quotes', requires: [], assigns: ['quotes'], run: () => ({ quotes: [] }) };
    const analyzer = createAnalyzer(wangOnly, defaultPipeline().replace('quotes', noQuotes));
    const a = analyzer.analyze(sample(MINJOO));
    assert.equal(a.quotes.length, 0);
    assert.ok(a.dates.length > 0);
  });

  it('gives every span offsets that slice the text to the span text (UTF-16, end exclusive)', () => {
    const text = `😀 ${sample(MINJOO)}`;
    const a = createAnalyzer(wangOnly).analyze(text);
    for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const d of a.dates) assert.equal(text.slice(d.start, d.end), d.text);
    for (const q of a.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    assert.equal(a.mentions[0].text, 'Wang Yi');
  });

  it('re-analyses only the paragraph an edit touched', () => {
    const analyzer = createAnalyzer(wangOnly);
    const cache = new BlockCache();
    const text = sample(KANG);
    analyzer.analyze(text, { cache });
    assert.ok(cache.analysed > 5, `${cache.analysed} paragraphs analysed at first`);
    cache.analysed = cache.reresolved = 0;
    const edited = text.replace('Wang urged South Korea to keep its word', 'Wang urged South Korea to keep its promise');
    const a = analyzer.analyze(edited, { cache });
    assert.equal(cache.analysed, 1, 'one paragraph analysed again');
    assert.equal(cache.reresolved, 0, 'no other paragraph touched');
    assert.ok(a.mentions.some((m) => m.text === 'Wang' && edited.slice(m.start, m.end) === 'Wang'));
  });

  it('finds the same quotations and speakers through the per-document memo as without it, edit after edit', () => {
    const analyzer = createAnalyzer(wangOnly);
    const cache = new BlockCache();
    let text = sample(KANG) + '\n' + sample(MINJOO);
    const edits: [string, string][] = [
      ['"We are not considering', '"We are not now considering'],
      ['Wang urged South Korea', 'Wang again urged South Korea'],
      ['What the Chinese side', 'What the Chinese government side'],
    ];
    for (const [from, to] of edits) {
      text = text.replace(from, to);
      const memo = analyzer.analyze(text, { cache }).quotes;
      const fresh = createAnalyzer(wangOnly).analyze(text).quotes;
      assert.deepEqual(memo, fresh);
      assert.ok(fresh.length >= 3);
    }
    assert.ok((cache.componentMemo.get('quotes') as { decisions: Map<string, boolean> }).decisions.size > 0, 'the memo was used');
  });

  it('counts "The next day" opening a paragraph from the last date of the paragraph before', () => {
    const text = 'The doctor was shot on Oct. 23, 1998, at his home.\nThe next day, police searched the woods behind it.';
    const a = createAnalyzer(wangOnly).analyze(text, { referenceDate: { value: '1999-05-05', source: 'cli' } });
    assert.deepEqual(a.dates.map((d) => [d.text, d.value]), [['Oct. 23, 1998', '1998-10-23'], ['The next day', '1998-10-24']]);
  });

  it('counts "The following month" opening a paragraph from the month of the paragraph before, not from the article date', () => {
    const text = 'In March, the ministry drafted new rules for ride-hailing apps.\nThe following month, it asked the public for comments.';
    const a = createAnalyzer(wangOnly).analyze(text, { referenceDate: { value: '2017-11-22', source: 'cli' } });
    assert.deepEqual(a.dates.map((d) => [d.text, d.value]), [['March', '2017-03'], ['The following month', '2017-04']]);
  });

  it('counts "the previous Friday" from a Friday named in the paragraph before', () => {
    const text = 'Shares in Shanghai closed lower on Friday.\nThe Shanghai Composite ended 2.1% below its close of the previous Friday.';
    const a = createAnalyzer(wangOnly).analyze(text, { referenceDate: { value: '2017-11-27', source: 'cli' } });
    assert.deepEqual(a.dates.map((d) => [d.text, d.value]), [['Friday', '2017-11-24'], ['the previous Friday', '2017-11-17']]);
  });

  it('re-resolves "The next day" when an edit changes the date in the paragraph before it, though its own text is the same', () => {
    const analyzer = createAnalyzer(wangOnly);
    const cache = new BlockCache();
    const options = { cache, referenceDate: { value: '1999-05-05', source: 'cli' as const } };
    const text = 'The doctor was shot on Oct. 23, 1998, at his home.\nThe next day, police searched the woods behind it.';
    analyzer.analyze(text, options);
    cache.analysed = cache.reresolved = 0;
    const a = analyzer.analyze(text.replace('Oct. 23', 'Oct. 25'), options);
    assert.equal(a.dates.find((d) => d.text === 'The next day')?.value, '1998-10-26');
    assert.equal(cache.analysed, 1, 'only the edited paragraph is tokenized and tagged again');
    assert.equal(cache.reresolved, 1, 'the paragraph after it has only its dates resolved again');
  });

  it('analyses an empty article, a CRLF article and a binary-looking one without throwing', () => {
    const analyzer = createAnalyzer(wangOnly);
    assert.equal(analyzer.analyze('').mentions.length, 0);
    const crlf = sample(MINJOO).replace(/\n/g, '\r\n');
    const a = analyzer.analyze(crlf);
    for (const m of a.mentions) assert.equal(crlf.slice(m.start, m.end), m.text);
    assert.doesNotThrow(() => analyzer.analyze('\u0000\u0001\u0002PNG\u0000\uFFFD\uD800 lone surrogate'));
  });

  it('takes the reference date from an override before the printed one, and the file date only when none is printed', () => {
    const analyzer = createAnalyzer(wangOnly);
    const text = sample(MINJOO);
    assert.equal(analyzer.analyze(text).referenceDate.source, 'caption');
    const overridden = analyzer.analyze(text, { referenceDate: { value: '2017-01-12', source: 'setting' } });
    assert.equal(overridden.referenceDate.value, '2017-01-12');
    assert.equal(overridden.dates.find((d) => d.text === 'Wednesday')?.value, '2017-01-11');
    const undated = analyzer.analyze('Wang Yi spoke on Wednesday.', { fallbackDate: { value: '2020-03-06', source: 'file' } });
    assert.deepEqual([undated.referenceDate.value, undated.referenceDate.source], ['2020-03-06', 'file']);
  });
});
