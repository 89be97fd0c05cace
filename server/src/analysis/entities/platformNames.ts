import type { RawMention } from '../types';

/**
 * Social media platforms where something is posted are services, `misc` in the CoNLL scheme like the apps of
 * `productNames.ts`: "Musk posted on X", "in a post on Telegram", "the social media platform X", "X, formerly known as
 * Twitter", "viewed millions of times on X and TikTok". A tagger trained on 1990s newswire has seen none of them, and
 * "X" is also a letter ("Malcolm X", "Generation X", "Pius X", "X-ray"), "Facebook" or "Telegram" also a company or a
 * newspaper: so a platform's name is one only where the text around it says so —
 *  - it is where something was posted, said or seen ("posted on X", "a statement on Facebook", "went viral on
 *    YouTube", "users on X"), or it is called a platform, site, app or network right before it;
 *  - "X" is followed by "formerly (known as) Twitter", or stands after an owner's possessive ("Musk's X"); the old
 *    name follows "formerly (known as)";
 *  - a post or an account of it follows ("his X account", "a Telegram post"), and no capitalized word stands before
 *    it ("Generation X voters");
 *  - it is joined by "and"/"or" to a platform so named ("on X and TikTok", "on Facebook or X").
 * The name becomes a misc mention, or a detection of exactly that word becomes misc; a longer detection over it
 * ("Malcolm X") and mentions a person tagged or confirmed stay as they are. Pure.
 *
 * It runs on every keystroke: the literal names are found first (a plain pattern, fast), the context tested only there.
 */
const PLATFORM_NAMES = String.raw`(?:X|Twitter|Facebook|YouTube|Telegram|Bluesky|Truth Social|LinkedIn|Reddit|Threads|Xiaohongshu|RedNote|Bilibili|TikTok|Douyin|Weibo|WeChat|Instagram)`;
const PLATFORM = new RegExp(String.raw`\b${PLATFORM_NAMES}\b`, 'g');
/** Exactly one platform's name ("Instagram"), for rules that ask of a name already found. */
export const PLATFORM_NAME = new RegExp(`^${PLATFORM_NAMES}$`);
/** Where something is posted, said or seen: the words right before "on" and the name. */
const POSTED_ON = /\b(?:posted|posting|posts|post|wrote|writes|writing|said|says|shared|sharing|announced|announcing|tweeted|published|commented|stated|uploaded|circulated|circulating|viral|trending|statement|message|messages|video|videos|thread|account|accounts|page|channel|clip|clips|photos|images|comments|followers|users|livestream|broadcast|appeared|posts?) on $/;
const CALLED = /\b(?:platform|platforms|site|network|app|service|messaging app|microblog) $/;
const OWNER = /\p{L}['’]s $/u;
const FORMERLY = /^,? \(?(?:formerly|previously)(?: known as| called)? Twitter\b/;
const FORMERLY_BEFORE = /\b(?:formerly|previously)(?: known as| called)? $/;
const ITS_POST = /^ (?:account|accounts|post|posts|feed|handle|page|channel|user|users)\b/;
const CAPITALIZED_BEFORE = /\p{Lu}[\p{L}.]*\s+$/u;
const LETTER_AFTER = /^(?:[\p{L}\p{N}'’&]|-\p{L}|\.\p{L})/u;
const JOINED = /^,? (?:and|or) $/;
/** Apps `productNames.ts` takes for services wherever they stand. */
const APP = /^(?:TikTok|Douyin|Weibo|WeChat|Instagram)$/;

export function platformNames(text: string, mentions: RawMention[]): RawMention[] {
  const names: { start: number; end: number; named: boolean }[] = [];
  for (const p of text.matchAll(PLATFORM)) {
    const start = p.index, end = start + p[0].length;
    const before = text.slice(Math.max(0, start - 40), start), after = text.slice(end, end + 40);
    if (LETTER_AFTER.test(after) || text[start - 1] === '-') continue;
    const isX = p[0] === 'X';
    const named = APP.test(p[0]) || POSTED_ON.test(before) || CALLED.test(before) || (isX && (FORMERLY.test(after) || OWNER.test(before))) || FORMERLY_BEFORE.test(before)
      || (ITS_POST.test(after) && !CAPITALIZED_BEFORE.test(before));
    names.push({ start, end, named });
  }
  // "on X and TikTok", "on Facebook or X": a name joined to a platform takes its reading, either way.
  for (let i = 1; i < names.length; i++) {
    const a = names[i - 1], b = names[i];
    if (a.named === b.named || !JOINED.test(text.slice(a.end, b.start))) continue;
    a.named = b.named = true;
    if (i > 1) i -= 2;
  }
  const found = names.filter((n) => n.named);
  if (!found.length) return mentions;
  let out = mentions;
  const added: RawMention[] = [];
  for (const f of found) {
    const over = mentions.filter((m) => m.start < f.end && f.start < m.end);
    if (!over.length) { added.push({ start: f.start, end: f.end, type: 'misc', score: 0.8, origin: 'detected' }); continue; }
    const same = over.length === 1 && over[0].start === f.start && over[0].end === f.end ? over[0] : null;
    if (!same || same.origin !== 'detected' || same.type === 'misc') continue;
    out = out.map((m) => (m === same ? { ...m, type: 'misc' as const } : m));
  }
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start || b.end - a.end) : out;
}
