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

/**
 * The `--entity-model=NAME` (or `--entity-model NAME`) option of the server and the CLI: the model, the arguments
 * without it, and an error message for an unknown name.
 */
export function entityModelOption(args: string[]): { model: EntityModel; rest: string[]; error?: string } {
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--entity-model') value = args[++i] ?? '';
    else if (a.startsWith('--entity-model=')) value = a.slice('--entity-model='.length);
    else rest.push(a);
  }
  if (value === undefined) return { model: DEFAULT_ENTITY_MODEL, rest };
  if (isEntityModel(value)) return { model: value, rest };
  return { model: DEFAULT_ENTITY_MODEL, rest, error: `unknown entity model '${value}' (expected ${ENTITY_MODELS.join(' or ')})` };
}
