import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadEnsembleRecognizer } from '../../../server/src/analysis/entities/neural/ensembleRecognizer';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';

const ensemble = loadEnsembleRecognizer(1);

function entities(text: string): string[] {
  const { tokens, sentences } = tokenize(text);
  return ensemble.recognize(text, tokens, sentences).map((m) => `${text.slice(m.start, m.end)}/${m.type}`);
}

test('the ensemble finds the leader of the delegation Song Young-gil as a person and Incheon as a place', () => {
  const found = entities('Responding to Wang, Song Young-gil, the leader of the delegation and also former mayor of Incheon, said that his party highly values the relationship between the two countries.');
  assert.ok(found.includes('Song Young-gil/person'), found.join(' '));
  assert.ok(found.includes('Incheon/location'), found.join(' '));
  assert.ok(found.includes('Wang/person'), found.join(' '));
});

test('the ensemble types a ministry as an organization and a country with a possessive as a place', () => {
  const found = entities("According to a report by South Korea's Defense Ministry on Wednesday, the country will still press ahead with the deployment.");
  assert.ok(found.includes('South Korea/location'), found.join(' '));
  assert.ok(found.includes('Defense Ministry/organization'), found.join(' '));
});
