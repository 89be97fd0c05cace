import type { RawMention } from '../types';
import { VIETNAMESE_PLACES } from './respelledPlaces';

/**
 * Vietnamese people written with their tone marks ("Nguyễn Phú Trọng", "Phạm Minh Chính"), as more and more news in
 * English writes them. The tagger, which saw only "Nguyen", reads the marked letters as a foreign word's and types
 * such names at random ("Nguyễn Phú Trọng"/organization). A detected name of two to four one-syllable words, a common
 * Vietnamese surname first and a letter only Vietnamese writes in it, is a person, unless it is one of the country's
 * places (`respelledPlaces.ts`: "Hà Nội", Hà being a surname too) or ends in an English word for a place or a body
 * ("Lê Lợi Street", "Trần Phú Bridge"). Mentions a person tagged or confirmed stay as they are. Pure.
 */
/** Letters only Vietnamese writes: the vowels with a tone mark below or a hook, and "ơ", "ư", "đ". */
const MARKED = /[\u1EA0-\u1EF9ơưđƠƯĐ]/u;
const SURNAMES = new Set(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Lương', 'Tô', 'Đào', 'Đoàn', 'Trịnh', 'Lâm', 'Mai', 'Vương', 'Tạ', 'Hà']);
const SYLLABLES = /^(\p{Lu}\p{Ll}{0,6})(?: \p{Lu}\p{Ll}{0,6}){1,3}$/u;
const PLACE = new RegExp(`^${VIETNAMESE_PLACES}$`, 'u');
const ENGLISH_HEAD = /\s(?:City|Province|Street|Road|Avenue|Bay|Bridge|District|Airport|University|Company|Group|Bank|Park|Square|Temple|Pagoda|Lake|River|Mountain|Market|Hospital|School|Museum|Stadium|Port|Island|Islands|Pass|Delta)$/;

export function vietnameseNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!MARKED.test(text)) return mentions;
  let out: RawMention[] | null = null;
  mentions.forEach((m, i) => {
    if (m.origin !== 'detected' || m.type === 'person' || m.end - m.start > 40) return;
    const name = text.slice(m.start, m.end);
    const words = SYLLABLES.exec(name);
    if (!words || !SURNAMES.has(words[1]) || !MARKED.test(name) || PLACE.test(name) || ENGLISH_HEAD.test(name)) return;
    out ??= mentions.slice();
    out[i] = { ...m, type: 'person' };
  });
  return out ?? mentions;
}
