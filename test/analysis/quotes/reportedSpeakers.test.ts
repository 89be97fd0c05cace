import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../server/src/analysis/quotes/findQuotes';
import { quoteInput, type EntitySpec } from './quoteInput';

const speakerOf = (text: string, specs: EntitySpec[], i = 0) => findQuotes(quoteInput(text, specs))[i]?.speaker;
const person = (name: string, forms = [name], roles: string[] = []): EntitySpec => ({ name, type: 'person', forms, roles });
const org = (name: string, forms = [name]): EntitySpec => ({ name, type: 'organization', forms });

test('a news agency quoting someone is not the speaker: "Tass quoted Dmitry Peskov as saying that …"', () => {
  const specs = [org('Tass'), person('Dmitry Peskov')];
  assert.equal(speakerOf('Tass quoted Dmitry Peskov as saying that "the talks are over for now."', specs)?.name, 'Dmitry Peskov');
  assert.equal(speakerOf('Tass quoted Dmitry Peskov as telling reporters, "We have no plans to change course."', specs)?.name, 'Dmitry Peskov');
  assert.equal(speakerOf('Dmitry Peskov was quoted by Tass as saying: "We have no plans to change course."', specs)?.name, 'Dmitry Peskov');
});
