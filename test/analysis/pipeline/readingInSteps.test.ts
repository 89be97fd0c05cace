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

  it('stops a reading that a newer version\'s reading replaced, at its next pause, and gives both callers the newer one', async () => {
    let finished = 0;
    const counting: typeof analyzer = { ...analyzer, analyzeInSteps: async (...args) => {
      const result = await analyzer.analyzeInSteps(...args);
      finished++;
      return result;
    } };
    const store = new DocumentStore(counting);
    const state = store.open('file:///c.article', 'article', 1, text);
    const settings = { referenceDate: '' } as unknown as ServerSettings;
    let pauses = 0;
    let second: Promise<unknown> | undefined;
    const pause = () => {
      pauses++;
      if (pauses === 3) {
        // An edit and a request for the new version (a keystroke's diagnostics) while the first reading is under way.
        store.change(state.uri, 2, [{ text: text.replace('Wang Yi', 'Wang Yi (foreign minister)') }]);
        second = store.analysisInSteps(state, settings, pause);
      }
      return new Promise<void>((resolve) => setImmediate(resolve));
    };
    const first = await store.analysisInSteps(state, settings, pause);
    assert.equal(await second, first);
    assert.ok(first.text.includes('(foreign minister)'));
    assert.equal(finished, 1, 'only the newer reading ran to the end');
    // The first reading stopped at its fourth pause (the paragraph before it tagged, the pause refused); the second
    // tagged the rest, and the edited one, once each.
    assert.ok(state.cache.analysed <= pauses + 1, `${state.cache.analysed} tagged, ${pauses} pauses`);
    assert.ok(pauses < 2 * state.cache.analysed, `${pauses} pauses for ${state.cache.analysed} paragraphs: the first reading went on`);
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
