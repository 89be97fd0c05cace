/**
 * A crude stand-in for the entity layer, for the quote harness only while the real pipeline is missing:
 * capitalized word sequences become person mentions (organization when they end in an organization word),
 * linked by shared last word.
 */
import type { Entity, EntityType, Mention, Sentence, Token } from '../../server/src/analysis/types';

const ORG_WORDS = /^(?:Ministry|Party|Committee|Department|Agency|Council|Association|Times|Post|News|Network|Bank|University|Institute|Office|Commission|Senate|House|Congress|Court|Group|Company|Inc\.|Corp\.|Campaign|Foundation|Union|Administration|Service|Bureau|Journal)$/;
const STOP = /^(?:The|A|An|In|On|At|But|And|Or|If|When|While|As|It|He|She|They|We|I|You|This|That|These|Those|His|Her|Their|Our|My|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Rep\.|Gov\.|President|Secretary|Minister|After|Before|Since|For|So|Yet|What|Who|Why|How|There|Here|According|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

export function standInEntities(text: string, tokens: Token[], sentences: Sentence[]): { mentions: Mention[]; entities: Entity[] } {
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  const byWord = new Map<string, number>();
  const sentenceStart = new Set(sentences.map((s) => s.firstToken));
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i].text) || STOP.test(tokens[i].text)) continue;
    let j = i;
    while (j + 1 < tokens.length && /^\p{Lu}[\p{L}.'-]*$/u.test(tokens[j + 1].text) && !STOP.test(tokens[j + 1].text) && tokens[j + 1].start - tokens[j].end <= 1) j++;
    if (j === i && sentenceStart.has(i)) continue;
    const start = tokens[i].start;
    const end = tokens[j].end;
    const name = text.slice(start, end);
    const last = tokens[j].text;
    const type: EntityType = ORG_WORDS.test(last) ? 'organization' : 'person';
    let e = byWord.get(last);
    if (e === undefined) {
      e = entities.length;
      entities.push({ id: e, type, name, aliases: [], mentions: [], definition: mentions.length, roles: [] });
      byWord.set(last, e);
    } else if (name.length > entities[e].name.length) {
      entities[e].aliases.push(entities[e].name);
      entities[e].name = name;
    } else if (name !== entities[e].name && !entities[e].aliases.includes(name)) entities[e].aliases.push(name);
    const before = text.slice(Math.max(0, start - 40), start).toLowerCase().match(/((?:[a-z]+ ){0,2}(?:minister|president|secretary|spokesman|spokeswoman|senator|governor|chairman|leader))\s+$/);
    if (before) for (const r of [before[1], before[1].split(' ').pop()!]) if (!entities[e].roles.includes(r)) entities[e].roles.push(r);
    entities[e].mentions.push(mentions.length);
    mentions.push({ start, end, text: name, type, entity: e, origin: 'detected', score: 0.5 });
    i = j;
  }
  return { mentions, entities };
}
