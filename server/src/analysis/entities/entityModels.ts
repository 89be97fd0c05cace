import { loadNeuralRecognizer } from './neural/neuralRecognizer';
import { loadRecognizer, type EntityRecognizer } from './recognizer';
import { memoBySentence } from './sentenceMemo';

/**
 * The entity recognizers the product ships:
 *  - `neural` (default): the BiLSTM-CRF tagger (`server/models/ner-neural`), the more accurate;
 *  - `fast`: the averaged perceptron (`server/models/ner`), many times faster, for very large batches.
 */
export const ENTITY_MODELS = ['neural', 'fast'] as const;
export type EntityModel = (typeof ENTITY_MODELS)[number];
export const DEFAULT_ENTITY_MODEL: EntityModel = 'neural';

export function isEntityModel(value: unknown): value is EntityModel {
  return typeof value === 'string' && (ENTITY_MODELS as readonly string[]).includes(value);
}

/** The model, memoised per sentence (see `sentenceMemo.ts`). */
export function loadEntityRecognizer(model: EntityModel = DEFAULT_ENTITY_MODEL): EntityRecognizer {
  return memoBySentence(model === 'fast' ? loadRecognizer() : loadNeuralRecognizer());
}
