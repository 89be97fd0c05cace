import type { RawMention } from '../types';
import { findPhrases, phraseSet } from '../findPhrases';
import { replaceByNames } from './replaceByNames';

/**
 * Places whose English spelling changed after the news the tagger learned from: "Kyiv" (then "Kiev"), "Kharkiv",
 * "Odesa", "Lviv", "Türkiye" (then "Turkey"), "Czechia". The tagger has never seen them and reads "Kyiv said" or
 * "visited Kyiv" as an organization, "Türkiye would host" as a person. Each is a place, as CoNLL-2003 types "Moscow
 * said" or "Kiev said": a detected mention of exactly such a name becomes a location, and one no mention covers
 * becomes one (see `replaceByNames`: a longer name holding it, "Kyiv Polytechnic Institute", stays). So are Vietnam's
 * places written with their tone marks ("Hà Nội", "Đà Nẵng"). "Dnipro" is as
 * often its river or its football club, and stays out. Pure.
 */
/**
 * Vietnam's best-known cities and provinces written with their tone marks, as more news in English now writes them
 * ("Hà Nội", then "Hanoi"): the tagger types them at random. "Hồ Chí Minh" alone is the man; the city has its "City".
 */
export const VIETNAMESE_PLACES = String.raw`(?:Hà Nội|Hồ Chí Minh City|Thành phố Hồ Chí Minh|Đà Nẵng|Huế|Hải Phòng|Cần Thơ|Hạ Long|Nha Trang|Quảng Ninh|Đà Lạt|Hội An|Lào Cai|Nghệ An|Thanh Hóa|Quảng Nam|Quảng Ngãi|Quảng Trị|Quảng Bình|Bình Dương|Đồng Nai|Khánh Hòa|Lâm Đồng|Hà Giang|Phú Quốc|Vũng Tàu|Bắc Ninh|Điện Biên|Cao Bằng|Thái Nguyên|Hà Tĩnh|Yên Bái|Sơn La|Kiên Giang|Cà Mau|Đồng Tháp|An Giang|Bến Tre|Tây Ninh|Hải Dương|Nam Định|Ninh Bình|Vĩnh Phúc|Phú Thọ)`;
const VIETNAMESE_PLACE_NAMES = VIETNAMESE_PLACES.slice(3, -1).split('|');
const RESPELLED = phraseSet(['Kyiv', 'Kharkiv', 'Odesa', 'Lviv', 'Mykolaiv', 'Zaporizhzhia', 'Luhansk', 'Türkiye', 'Turkiye', 'Czechia', ...VIETNAMESE_PLACE_NAMES]);
/** A name is a whole word: no letter, digit or hyphen before; no letter or digit after, nor a hyphen and a letter. */
const NOT_BEFORE = /[\p{L}\p{N}-]$/u;
const NOT_AFTER = /^(?:[\p{L}\p{N}]|-\p{L})/u;

export function respelledPlaces(text: string, mentions: RawMention[]): RawMention[] {
  const names: RawMention[] = [];
  const whole = (start: number, end: number) => !NOT_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && !NOT_AFTER.test(text.slice(end, end + 3));
  for (const { start, end } of findPhrases(text, RESPELLED, whole)) {
    if (mentions.some((m) => m.start === start && m.end === end && m.type === 'location')) continue;
    names.push({ start, end, type: 'location', score: 0.9, origin: 'detected' });
  }
  return replaceByNames(mentions, names);
}
