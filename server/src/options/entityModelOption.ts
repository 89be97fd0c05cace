import { DEFAULT_ENTITY_MODEL, ENTITY_MODELS, type EntityModel, isEntityModel } from '../analysis/entities/entityModels';
import { takeOption } from './takeOption';

/**
 * The `--entity-model=NAME` (or `--entity-model NAME`) option of the server and the CLI: the model, the arguments
 * without it, and an error message for an unknown name.
 */
export function entityModelOption(args: string[]): { model: EntityModel; rest: string[]; error?: string } {
  const { value, rest } = takeOption(args, 'entity-model');
  if (value === undefined) return { model: DEFAULT_ENTITY_MODEL, rest };
  if (isEntityModel(value)) return { model: value, rest };
  return { model: DEFAULT_ENTITY_MODEL, rest, error: `unknown entity model '${value}' (expected ${ENTITY_MODELS.join(' or ')})` };
}
