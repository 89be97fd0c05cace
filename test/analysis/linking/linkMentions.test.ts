import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkMentions } from '../../../server/src/analysis/linking/linkMentions';
import { tokenize } from '../../../server/src/analysis/tokens/tokenize';
import type { EntityType, RawMention } from '../../../server/src/analysis/types';
import { spanOf } from '../../helpers/samples';

/** Mentions given by hand (so these tests check linking alone): [text, type, occurrence]. */
function link(text: string, mentions: [string, EntityType, number?][]) {
  const raw: RawMention[] = mentions.map(([t, type, n]) => ({ ...spanOf(text, t, n ?? 0), type }));
  return linkMentions(text, raw, tokenize(text).tokens);
}
const entityOf = (r: ReturnType<typeof link>, text: string, n = 0) => {
  const m = r.mentions.filter((x) => x.text === text)[n];
  return r.entities[m.entity];
};

describe('entity linking', () => {
  const minjoo =
    'Chinese Foreign Minister Wang Yi on Wednesday reiterated China\'s opposition to the deployment of the Terminal High Altitude Area Defense (THAAD) missile system. China understands the needs of South Korea, said Wang. Responding to Wang, Song Young-gil, the leader of the delegation and also former mayor of Incheon, said that his party values the relationship. Ties are facing challenges because of THAAD, Song said.';

  it('links a surname to the full name mentioned before it (Wang Yi … Wang)', () => {
    const r = link(minjoo, [['Wang Yi', 'person'], ['Wang', 'person', 1], ['Wang', 'person', 2], ['Song Young-gil', 'person'], ['Song', 'person', 1]]);
    assert.equal(entityOf(r, 'Wang').name, 'Wang Yi');
    assert.equal(entityOf(r, 'Wang').mentions.length, 3);
    assert.deepEqual(entityOf(r, 'Wang').aliases, ['Wang']);
    assert.equal(entityOf(r, 'Song').name, 'Song Young-gil');
  });

  it('links an acronym to the expansion the article defines in brackets', () => {
    const r = link(minjoo, [['Terminal High Altitude Area Defense', 'misc'], ['THAAD', 'misc'], ['THAAD', 'misc', 1]]);
    const e = entityOf(r, 'THAAD', 1);
    assert.equal(e.name, 'Terminal High Altitude Area Defense');
    assert.deepEqual(e.aliases, ['THAAD']);
    assert.equal(e.mentions.length, 3);
  });

  it('links an acronym built from inner letters too ("Southeast" gives the E of ASEAN), and the acronym takes the expansion\'s type', () => {
    const text = 'China and the Association of Southeast Asian Nations (ASEAN) agreed to start talks. ASEAN leaders welcomed the move.';
    const r = link(text, [['Association of Southeast Asian Nations', 'organization'], ['ASEAN', 'location'], ['ASEAN', 'location', 1]]);
    const e = entityOf(r, 'ASEAN', 1);
    assert.equal(e.name, 'Association of Southeast Asian Nations');
    assert.equal(e.mentions.length, 3);
    assert.deepEqual(r.mentions.filter((m) => m.text === 'ASEAN').map((m) => m.type), ['organization', 'organization']);
  });

  it('links a clipped short form with two capitals that the article defines ("Legislative Council (LegCo)")', () => {
    const text = 'The Legislative Council (LegCo) will meet on July 12. LegCo members will vote.';
    const r = link(text, [['Legislative Council', 'organization'], ['LegCo', 'organization'], ['LegCo', 'organization', 1]]);
    assert.equal(entityOf(r, 'LegCo', 1).name, 'Legislative Council');
    assert.equal(entityOf(r, 'LegCo', 1).mentions.length, 3);
  });

  it('keeps a type the user gave an acronym, even when the expansion has another', () => {
    const text = 'The Belt and Road Initiative (BRI) was discussed. BRI projects grew.';
    const raw: RawMention[] = [
      { ...spanOf(text, 'Belt and Road Initiative', 0), type: 'misc' },
      { ...spanOf(text, 'BRI', 1), type: 'organization', origin: 'user' },
    ];
    const r = linkMentions(text, raw, tokenize(text).tokens);
    assert.equal(r.mentions.find((m) => m.text === 'BRI')?.type, 'organization');
  });

  it("links a possessive mention (China's) to the plain name", () => {
    const r = link(minjoo, [['China', 'location'], ['China', 'location', 1]]);
    assert.equal(r.entities.length, 1);
    assert.equal(r.entities[0].name, 'China');
  });

  it('records the roles seen before a name and in an apposition after it', () => {
    const r = link(minjoo, [['Wang Yi', 'person'], ['Song Young-gil', 'person']]);
    assert.ok(entityOf(r, 'Wang Yi').roles.includes('foreign minister'));
    assert.ok(entityOf(r, 'Wang Yi').roles.includes('minister'));
    assert.ok(entityOf(r, 'Song Young-gil').roles.includes('leader'));
    assert.ok(entityOf(r, 'Song Young-gil').roles.includes('mayor'));
  });

  it('never takes role words from the line above (a header source line is not a title)', () => {
    const text = 'China urges South Korea to handle THAAD issue\nCGTN\nChinese Foreign Minister Wang Yi urged South Korea.';
    const r = link(text, [['Wang Yi', 'person']]);
    assert.deepEqual(entityOf(r, 'Wang Yi').roles.sort(), ['chinese foreign minister', 'foreign minister', 'minister']);
  });

  it('links the same name across headline capitals and body text', () => {
    const text = 'CHINA URGES SOUTH KOREA TO HANDLE THAAD ISSUE\nChina urged South Korea on Wednesday.';
    const r = link(text, [['CHINA', 'location'], ['SOUTH KOREA', 'location'], ['China', 'location'], ['South Korea', 'location']]);
    assert.equal(r.entities.length, 2);
    assert.equal(entityOf(r, 'CHINA').name, 'China');
    assert.equal(entityOf(r, 'SOUTH KOREA').name, 'South Korea');
  });

  it('keeps two people with the same surname apart, linking the surname to the nearest one before it', () => {
    const text = 'Moon Jae-in met Moon Hee-sang in Seoul. Later Moon Hee-sang spoke, and Moon said the talks went well.';
    const r = link(text, [['Moon Jae-in', 'person'], ['Moon Hee-sang', 'person'], ['Moon Hee-sang', 'person', 1], ['Moon', 'person', 3]]);
    assert.equal(r.entities.length, 2);
    assert.equal(r.mentions.find((m) => m.text === 'Moon')!.start, text.lastIndexOf('Moon'));
    assert.equal(entityOf(r, 'Moon').name, 'Moon Hee-sang');
  });

  it("goes to the entity's first full-name mention as its definition", () => {
    const text = 'Kang said it. Kang Kyung-wha is the foreign minister; Kang Kyung-wha spoke.';
    const r = link(text, [['Kang', 'person'], ['Kang Kyung-wha', 'person'], ['Kang Kyung-wha', 'person', 1]]);
    const e = r.entities[0];
    assert.equal(r.entities.length, 1);
    assert.equal(r.mentions[e.definition].start, text.indexOf('Kang Kyung-wha'));
  });

  it('does not merge different types that share a word', () => {
    const text = 'The Korea Herald reported that Korea would respond.';
    const r = link(text, [['Korea Herald', 'organization'], ['Korea', 'location', 1]]);
    assert.equal(r.entities.length, 2);
  });

  it('links the surname in the middle of a Hong Kong name to it ("Peter Chan Tai-man" … "Chan"), not a middle name of others', () => {
    const text = 'Lawmaker Peter Chan Tai-man met Mary Ann Wong. Chan said the talks went well, and Ann agreed.';
    const r = link(text, [['Peter Chan Tai-man', 'person'], ['Mary Ann Wong', 'person'], ['Chan', 'person', 1], ['Ann', 'person', 1]]);
    assert.equal(entityOf(r, 'Chan').name, 'Peter Chan Tai-man');
    assert.equal(entityOf(r, 'Ann').name, 'Ann');
  });

  it('links a surname to the person named in full before it, even when a namesake follows closely ("Li Qiang" … "Li" … "Robin Li")', () => {
    const text = 'Premier Li Qiang told business leaders in Tianjin on Monday that the economy was on track to meet its targets this year. "We are confident," Li said. Baidu founder Robin Li was in the audience.';
    const r = link(text, [['Li Qiang', 'person'], ['Li', 'person', 1], ['Robin Li', 'person']]);
    assert.equal(entityOf(r, 'Li').name, 'Li Qiang');
    // With nobody of that name before it, the namesake that follows is the one meant.
    const first = '"We are confident," Li said. Premier Li Qiang spoke in Tianjin.';
    const f = link(first, [['Li', 'person'], ['Li Qiang', 'person']]);
    assert.equal(entityOf(f, 'Li').name, 'Li Qiang');
  });

  it('links a company or a place named without its legal or administrative suffix ("Alibaba Group Holding" … "Alibaba", "Gansu Province" … "Gansu")', () => {
    const text = 'Alibaba Group Holding posted a profit. Alibaba shares rose. Floods hit Gansu Province. Gansu moved 3,000 people.';
    const r = link(text, [['Alibaba Group Holding', 'organization'], ['Alibaba', 'organization', 1], ['Gansu Province', 'location'], ['Gansu', 'location', 1]]);
    assert.equal(entityOf(r, 'Alibaba').name, 'Alibaba Group Holding');
    assert.equal(entityOf(r, 'Gansu').name, 'Gansu Province');
    // A word that is no suffix keeps them apart: "Beijing Daily" is not "Beijing".
    const daily = link('Beijing Daily reported it. Beijing said no.', [['Beijing Daily', 'organization'], ['Beijing', 'organization', 1]]);
    assert.equal(entityOf(daily, 'Beijing').name, 'Beijing');
  });

  it('links an Arabic surname without its article ("Abdel Fattah el-Sisi" … "Sisi")', () => {
    const text = 'President Abdel Fattah el-Sisi met the envoy. Sisi said peace was possible.';
    const r = link(text, [['Abdel Fattah el-Sisi', 'person'], ['Sisi', 'person', 1]]);
    assert.equal(entityOf(r, 'Sisi').name, 'Abdel Fattah el-Sisi');
  });
});

