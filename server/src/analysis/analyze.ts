import { loadEntityRecognizer } from './entities/entityModels';
import type { EntityRecognizer } from './entities/recognizer';
import { defaultPipeline } from './pipeline/defaultPipeline';
import type { AnalyzeOptions, DocDraft } from './pipeline/draft';
import type { Pipeline } from './pipeline/pipeline';
import type { Analysis } from './types';

export type { AnalyzeOptions } from './pipeline/draft';

/** An analyzer: the pipeline plus the loaded model, reused across documents and keystrokes. */
export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /**
   * The same analysis, computed with pauses: `pause` is asked between blocks while they are first tokenized and
   * tagged, and returns a promise to wait on or nothing. Worth it only with `options.cache`, which keeps the work done
   * between pauses.
   */
  analyzeInSteps(text: string, options: AnalyzeOptions, pause: () => Promise<void> | undefined): Promise<Analysis>;
  readonly pipeline: Pipeline;
}

export function createAnalyzer(recognizer: EntityRecognizer = loadEntityRecognizer(), pipeline: Pipeline = defaultPipeline()): Analyzer {
  return {
    pipeline,
    analyze(text, options = {}) {
      return toAnalysis(text, pipeline.run(text, { options, recognizer }));
    },
    async analyzeInSteps(text, options, pause) {
      return toAnalysis(text, await pipeline.runInSteps(text, { options, recognizer }, pause));
    },
  };
}

function toAnalysis(text: string, doc: DocDraft): Analysis {
  return {
    text,
    structure: doc.structure ?? { blocks: [], header: {} },
    tokens: doc.tokens ?? [],
    sentences: doc.sentences ?? [],
    mentions: doc.mentions ?? [],
    entities: doc.entities ?? [],
    dates: (doc.dates ?? []).slice().sort((a, b) => a.start - b.start),
    quotes: doc.quotes ?? [],
    referenceDate: doc.referenceDate ?? { value: new Date().toISOString().slice(0, 10), source: 'today' },
    problems: doc.problems,
  };
}
