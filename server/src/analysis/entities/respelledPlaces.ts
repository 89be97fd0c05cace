import type { RawMention } from '../types';
import { replaceByNames } from './replaceByNames';

/**
 * Places whose English spelling changed after the news the tagger learned from: "Kyiv" (then "Kiev"), "Kharkiv",
 * "Odesa", "Lviv", "Türkiye" (then "Turkey"), "Czechia". The tagger has never seen them and reads "Kyiv said" or
 * "visited Kyiv" as an organization, "Türkiye would host" as a person. Each is a place, as CoNLL-2003 types "Moscow
 * said" or "Kiev said": a detected mention of exactly such a name becomes a location, and one no mention covers
 * becomes one (see `replaceByNames`: a longer name holding it, "Kyiv Polytechnic Institute", stays). "Dnipro" is as
 * often its river or its football club, and stays out. Pure.
 */
const RESPELLED = /(?<![\p{L}\p{N}-])(?:Kyiv|Kharkiv|Odesa|Lviv|Mykolaiv|Zaporizhzhia|Luhansk|T[üu]rkiye|Czechia)(?![\p{L}\p{N}]|-\p{L})/gu;

export function respelledPlaces(text: string, mentions: RawMention[]): RawMention[] {
  const names: RawMention[] = [];
  for (const r of text.matchAll(RESPELLED)) {
    const start = r.index, end = start + r[0].length;
    if (mentions.some((m) => m.start === start && m.end === end && m.type === 'location')) continue;
    names.push({ start, end, type: 'location', score: 0.9, origin: 'detected' });
  }
  return replaceByNames(mentions, names);
}
