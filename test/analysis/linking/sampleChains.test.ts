import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../../server/src/analysis/analyze';
import { KANG, MINJOO, sample } from '../../helpers/samples';

/** Hand-checked chains of the sample articles, through the whole pipeline (model + linking). */
const analyzer = createAnalyzer();

function chainOf(name: string, text: string) {
  const a = analyzer.analyze(text);
  const entity = a.entities.find((e) => e.name === name);
  assert.ok(entity, `no entity named ${name}; entities: ${a.entities.map((e) => e.name).join(', ')}`);
  return { entity, texts: entity.mentions.map((i) => a.mentions[i].text) };
}

describe('entity chains in the sample articles', () => {
  const kang = sample(KANG);
  const minjoo = sample(MINJOO);

  it('Wang Yi: every "Wang" after the full name belongs to him', () => {
    const { entity, texts } = chainOf('Wang Yi', kang);
    assert.equal(entity.type, 'person');
    assert.ok(texts.filter((t) => t === 'Wang').length >= 4, texts.join('|'));
    assert.ok(texts.filter((t) => t === 'Wang Yi').length >= 3);
  });

  it('Kang Kyung-wha is also "Kang" and "Kang\'s"', () => {
    const { texts } = chainOf('Kang Kyung-wha', kang);
    assert.ok(texts.filter((t) => t === 'Kang').length >= 3, texts.join('|'));
  });

  it('Moon Jae-in is also "Moon", and Xi Jinping also "Xi" (family name first)', () => {
    assert.ok(chainOf('Moon Jae-in', kang).texts.includes('Moon'));
    assert.ok(chainOf('Xi Jinping', kang).texts.includes('Xi'));
  });

  it('THAAD belongs to its expansion, defined in brackets', () => {
    for (const text of [kang, minjoo]) {
      const { entity, texts } = chainOf('Terminal High Altitude Area Defense', text);
      assert.ok(entity.aliases.includes('THAAD'));
      assert.ok(texts.filter((t) => t === 'THAAD').length >= 4);
    }
  });

  it('APEC belongs to the Asia-Pacific Economic Cooperation', () => {
    const { entity } = chainOf('Asia-Pacific Economic Cooperation', kang);
    assert.ok(entity.aliases.includes('APEC'), entity.aliases.join('|'));
  });

  it('Song Young-gil is also "Song", and his apposition gives his roles', () => {
    const { entity, texts } = chainOf('Song Young-gil', minjoo);
    assert.ok(texts.includes('Song'));
    assert.ok(entity.roles.includes('leader') && entity.roles.includes('mayor'), entity.roles.join('|'));
  });

  it('keeps China and Chinese apart (a place and a nationality)', () => {
    const a = analyzer.analyze(minjoo);
    const china = a.entities.find((e) => e.name === 'China');
    assert.equal(china?.type, 'location');
    assert.ok(!china?.aliases.includes('Chinese'));
  });
});
