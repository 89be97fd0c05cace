import type { RawMention } from '../types';

/**
 * Apps, online services and chatbots are products, `misc` in the CoNLL scheme, but a tagger trained on 1990s newswire
 * has never seen them and reads them as people or companies ("Ernie Bot"/person, "Gmail"/person, "TikTok"/org).
 *  - a chatbot's name: one ending in the word "Bot" or in "GPT" ("Ernie Bot", "ChatGPT", "GPT-4o");
 *  - a small curated list of very common apps and services whose name is not also their company's: WeChat (Weixin),
 *    Weibo, TikTok (Douyin), Alipay, WhatsApp, Instagram, Gmail. "Facebook", "Google", "Alibaba" … are the companies
 *    and stay out; so does "WeChat" inside a longer name the tagger found ("WeChat Pay" is retyped as a whole).
 * A detected mention that is such a name, or starts with a listed one, becomes misc; a listed name or a "…GPT" no
 * mention covers becomes one. Mentions a person tagged or confirmed stay as they are. Pure.
 *
 * It runs on every keystroke over the whole article, so it looks for its literal anchors first and tests a mention's
 * full form only when the mention holds one.
 */
const APPS = String.raw`(?:WeChat|Weixin|Weibo|TikTok|Douyin|Alipay|WhatsApp|Instagram|Gmail)`;
const GPT = String.raw`(?:\p{Lu}\p{L}*)?GPT(?:-\d[\p{L}\p{N}.]*)?`;
const WHOLE = new RegExp(String.raw`^(?:${APPS}(?:\s+\p{Lu}\p{L}*)*|${GPT}|\p{Lu}[\p{L}\p{N}\s]*\sBot)$`, 'u');
/** The literal every product name holds. */
const ANCHOR = new RegExp(String.raw`${APPS}|GPT|\sBot\b`);
/** What an article holding a product name must hold: capitalized literals only, which V8 skips to fast (`ANCHOR`'s
 * "\sBot" would be tried at every space of the article). */
const ARTICLE_GUARD = new RegExp(String.raw`${APPS}|GPT|Bot`);
/** Where a name no mention covers may be: a listed app, or "GPT" with the letters glued before and the version after. */
const FOUND = new RegExp(String.raw`${APPS}|GPT`, 'g');
const LETTER = /[\p{L}\p{N}]/u;
const GLUED_BEFORE = /\p{Lu}\p{L}*$/u;
const VERSION_AFTER = /^-\d[\p{L}\p{N}.]*/u;

/** Whether a name is an app, service or chatbot by its form or the list: "Ernie Bot", "ChatGPT", "WeChat Pay". */
export function isProductName(name: string): boolean {
  return ANCHOR.test(name) && WHOLE.test(name);
}

export function productNames(text: string, mentions: RawMention[]): RawMention[] {
  if (!ARTICLE_GUARD.test(text)) return mentions;
  const out = mentions.map((m) =>
    m.origin === 'detected' && m.type !== 'misc' && isProductName(text.slice(m.start, m.end)) ? { ...m, type: 'misc' as const } : m,
  );
  const covered = (start: number, end: number) => out.some((x) => x.start < end && start < x.end);
  const added: RawMention[] = [];
  for (const f of text.matchAll(FOUND)) {
    let start = f.index, end = start + f[0].length;
    if (f[0] === 'GPT') {
      start -= GLUED_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[0].length ?? 0;
      end += VERSION_AFTER.exec(text.slice(end, end + 16))?.[0].length ?? 0;
    }
    // A whole word: no letter glued on either side, and no "-word" after ("WeChat-based").
    if (LETTER.test(text[start - 1] ?? '') || text[start - 1] === '-' || LETTER.test(text[end] ?? '') || /^-\p{L}/u.test(text.slice(end, end + 2))) continue;
    if (covered(start, end)) continue;
    added.push({ start, end, type: 'misc', score: 0.8, origin: 'detected' });
  }
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start || b.end - a.end) : out;
}
