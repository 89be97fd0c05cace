import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { BlockCache } from '../../../server/src/analysis/pipeline/blockCache';
import { DocumentStore } from '../../../server/src/documents/documentStore';
import { pauseEvery } from '../../../server/src/documents/pauses';
import type { ServerSettings } from '../../../server/src/protocol';
import { KANG, MINJOO, sample } from '../../helpers/samples';

const text = sample(KANG) + '\n' + sample(MINJOO);
const analyzer = createAnalyzer();

describe('reading an article in steps (how the server reads a very long one)', () => {
  it('gives exactly the analysis read in one go, pausing once for every paragraph it tags', async () => {
    const cache = new BlockCache();
    let pauses = 0;
    const stepped = await analyzer.analyzeInSteps(text, { cache, referenceDate: { value: '2017-11-01', source: 'cli' } }, () => (pauses++, undefined));
    const whole = analyzer.analyze(text, { referenceDate: { value: '2017-11-01', source: 'cli' } });
    assert.deepEqual(stepped, whole);
    assert.equal(pauses, cache.analysed, 'one pause per paragraph tagged');
    assert.ok(pauses > 10, `${pauses} pauses`);
  });

  it('does not pause over paragraphs already in the cache: after an edit, only the edited one', async () => {
    const cache = new BlockCache();
    analyzer.analyze(text, { cache });
    let pauses = 0;
    const edited = text.replace('Wang urged South Korea to keep its word', 'Wang urged South Korea to keep its promise');
    await analyzer.analyzeInSteps(edited, { cache }, () => (pauses++, undefined));
    assert.equal(pauses, 1);
  });

  it('answers with the current version when the article is edited while it is being read', async () => {
    const store = new DocumentStore(analyzer);
    const state = store.open('file:///a.article', 'article', 1, text);
    const settings = { referenceDate: '' } as unknown as ServerSettings;
    let edited = false;
    // The edit arrives during one of the pauses, as a didChange notification would between two slices.
    const pause = () => {
      if (!edited) {
        edited = true;
        store.change(state.uri, 2, [{ text: text.replace('Wang Yi', 'Wang Yi (foreign minister)') }]);
      }
      return new Promise<void>((resolve) => setImmediate(resolve));
    };
    const analysis = await store.analysisInSteps(state, settings, pause);
    assert.equal(analysis.text, state.document.getText());
    assert.ok(analysis.text.includes('(foreign minister)'));
    assert.equal(state.analysis?.version, 2);
  });

  it('has two requests for the same version wait for one reading', async () => {
    const store = new DocumentStore(analyzer);
    const state = store.open('file:///b.article', 'article', 1, text);
    const settings = { referenceDate: '' } as unknown as ServerSettings;
    let pauses = 0;
    const pause = () => (pauses++, new Promise<void>((resolve) => setImmediate(resolve)));
    const [a, b] = await Promise.all([store.analysisInSteps(state, settings, pause), store.analysisInSteps(state, settings, pause)]);
    assert.equal(a, b);
    assert.equal(pauses, state.cache.analysed, 'each paragraph tagged once');
  });

  it('pauses only once a slice of work has run', () => {
    let t = 0;
    const pause = pauseEvery(40, () => t);
    assert.equal(pause(), undefined);
    t = 39;
    assert.equal(pause(), undefined);
    t = 41;
    assert.ok(pause() instanceof Promise);
  });
});
