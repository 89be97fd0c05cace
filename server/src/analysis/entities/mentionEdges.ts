import type { RawMention, Token } from '../types';
import { tokenEndingAt, tokenStartingAt } from '../tokens/tokenIndex';
import { INSTITUTION_HEADS } from './organizationHeads';

/**
 * Edges a left-to-right tagger sometimes gets wrong once it is inside a name, mended on detected mentions:
 *  - a title is not part of the name: "Judge Marta Ilyina" → "Marta Ilyina", "Chief Justice Jane Roe" → "Jane
 *    Roe", "Crown Prince Mohammed" → "Prince Mohammed" (CoNLL-2003 keeps "Prince" in a royal's name), and "Crown
 *    Prince" alone is no name; nor of an organization before a name: "High Court Justice" → "High Court"; an organization running into
 *    a title and a name is two mentions: "Federal Reserve Governor Dana Whitfield" → "Federal Reserve" (its type)
 *    + "Dana Whitfield" (person);
 *  - a name right after a title is a person: "President Xi Jinping" (not "General Assembly", "Premier League"), and
 *    where it runs on with "of" into where the person works, two names: "Professor Liu Jun of Fudan University";
 *  - the portfolio of a title ending in "of" is not part of the name after it: "Secretary of Defense Lloyd Austin" →
 *    "Lloyd Austin" (person), "Minister of Foreign Affairs Penny Wong" → "Penny Wong";
 *  - the portfolio before "Secretary" or "Minister" is part of the title, not a name: "U.K. Energy Secretary Jane Roe"
 *    → "U.K." (the country: a place, where the tagger read the pair as a ministry), "Energy" alone → no name (in
 *    CoNLL-2003 the portfolio word before a capitalized post is almost never tagged);
 *  - a name does not end in a lower-case word: "NAPM rose" → "NAPM", nor in an amount or a score: "fined Meta 200
 *    million euros" → "Meta", "beat the Warriors 120-115" → "Warriors"; nor open with a preposition that opens a sentence
 *    or a headline: "Across Africa, …" → "Africa";
 *  - a name holds no verb or clause word, nor a closing bracket it did not open: "Li joined Tsinghua University" →
 *    "Tsinghua University" (what follows the verb), and a name of capitalized words before "that", "which", "who" or
 *    "than" is one too ("the Munich Security Conference that Europe" → both), "IMF) Managing" → "IMF" (what precedes the bracket); nor a bracket
 *    it opens and does not close: "Group of Seven (G7" → "Group of Seven" (the short form is `acronymSpans`'s). CoNLL-2003
 *    names hold lower-case words ("Bank of England", "Rio de Janeiro", "Ivory coast") but never these.
 * The titles are the words that, in CoNLL-2003 train, stand before a person's name far more often than inside it.
 * Pure.
 */
export const TITLES: ReadonlySet<string> = new Set([
  'Minister', 'President', 'General', 'Gen.', 'Secretary', 'Secretary-General', 'King', 'Queen', 'Princess', 'Ambassador',
  'Commissioner', 'Speaker', 'Sir', 'Dr.', 'Dr', 'Doctor', 'Sheikh', 'PM', 'Chairman', 'Chairwoman', 'Captain', 'Capt.',
  'Archbishop', 'Bishop', 'Cardinal', 'Pope', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Judge', 'Governor', 'Gov.',
  'Director', 'Senator', 'Sen.', 'Rep.', 'Col.', 'Colonel', 'Lt.', 'Chancellor', 'Premier', 'Mayor', 'Coach', 'CEO',
  // Rarer in CoNLL-2003 but common in Hong Kong, court and Gulf news: "Chief Justice", "Chief Executive", "Sheikha".
  'Chief', 'Justice', 'Executive', 'Officer', 'Sheikha', 'Managing', 'Deputy', 'Vice', 'Acting',
  // Academic titles: "Prof. Li Ming of Tsinghua University".
  'Professor', 'Prof.', 'Prof',
  // Gulf and Irish titles of 2020s news: "Emir Tamim", "Taoiseach Simon Harris" ("Prince Charles" is a name in CoNLL-2003).
  'Emir', 'Taoiseach',
]);
const CAPITALIZED = /^\p{Lu}/u;
/** Words that make what follows a title an institution or a thing, not a person: "General Assembly", "Premier League". */
const NOT_A_PERSON = new Set([
  ...INSTITUTION_HEADS,
  'Assembly', 'League', 'Motors', 'Electric', 'Mills', 'Dynamics', 'Court', 'Staff', 'Hospital', 'Bank', 'Corp', 'Corp.',
  'Union', 'Federation', 'Cup', 'Trophy', 'Prize', 'Award', 'Hotel', 'Airport', 'Station', 'Street', 'Avenue', 'Road',
  'Square', 'Bridge', 'Secretariat', 'Administration', 'Authority', 'Board', 'Conference', 'Accounting', 'Yuan', 'Order',
  'Summit', 'Mission', 'Branch',
]);
/** Portfolios of a post named "Secretary of …", "Minister of …": the words between the title and the holder's name. */
const PORTFOLIO = new Set([
  'State', 'Defense', 'Defence', 'Finance', 'Foreign', 'Affairs', 'Home', 'Homeland', 'Security', 'Commerce', 'Energy',
  'Health', 'Education', 'Agriculture', 'Treasury', 'Transportation', 'Transport', 'Labor', 'Labour', 'Justice',
  'Interior', 'Trade', 'Industry', 'Economy', 'Economic', 'National', 'Internal', 'External', 'Public', 'War',
]);
/** Posts named after a portfolio: "Finance Minister", "Home Secretary". */
const POSTS = new Set(['Secretary', 'Minister']);
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** Lower-case words that end a name before them: verbs and clause words. */
const CLAUSE_WORD = /^(?:\p{Ll}+ed|as|is|was|were|are|be|to|with|by|from|said|says|told|has|had|have|will|would|who|which|that|after|before|into|than|met|meets|joined|joins|leads|led|became|becomes|took|takes|won|wins)$/u;

/**
 * Lower-case nouns that describe the company named right after them, which a tagger runs into the name when a
 * capitalized word stands before them: "AI startup Anthropic", "EV maker Nio", "Dutch chipmaker ASML" → the name after
 * the noun. A name ending in such a noun ("the Wall Street firm") is trimmed as any lower-case end is.
 */
const DESCRIPTOR = /^(?:startup|start-up|firm|chipmaker|carmaker|automaker|unicorn|maker|giant|developer|lender|insurer|retailer|broker|operator)$/;

/**
 * Prepositions that open a sentence or a headline before a name, capitalized only for being first: "Inside China's
 * push …", "Across Africa, farmers …". ("Beyond" and "Under" open company names: "Beyond Meat", "Under Armour".)
 */
const OPENING_PREPOSITION = /^(?:Inside|Across|Amid|Amidst|Despite|Throughout|Within|Among|Amongst|Towards|Toward|Behind|Outside|Along|Around|Via)$/;

/**
 * The same nouns for a kind of company, capitalized only for opening a sentence before the name: "Chipmaker Nexora
 * Semiconductor on Wednesday reported …", "Automaker Voltra Motors said …" → the name after the noun. (Not "Giant",
 * "Maker", "Developer", which open names: "Giant Eagle", "Maker Studios".)
 */
const OPENING_DESCRIPTOR = /^(?:Startup|Start-up|Chipmaker|Carmaker|Automaker|Drugmaker|Planemaker|Retailer|Lender|Insurer|Broker|Unicorn)$/;

/**
 * Whether token `a` opens a sentence, a line, what follows a label's colon ("Exclusive: Inside …") or a wire
 * dateline's dash ("SAN JOSE, Feb 25 (Reuters) - Chipmaker …").
 */
function opensSentence(text: string, tokens: Token[], a: number): boolean {
  return a === 0 || /^[.!?:"“—–-]$/.test(tokens[a - 1].text) || text.slice(tokens[a - 1].end, tokens[a].start).includes('\n');
}

/**
 * A post after a possessive names no one: "the airline's CEO said", "its Chief Executive Officer" (a tagger may take
 * the capitalized post for a name). A mention made only of titles, right after "'s" or a possessive pronoun, is
 * dropped; after one, even a title that is also a surname ("King", "Bishop") is the post.
 */
const POSSESSIVE_BEFORE = /(?:['’]s|(?<![\p{L}])(?:its|his|her|their|our|my|your))\s+$/u;
function ownedPostAlone(text: string, tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (!TITLES.has(tokens[i].text)) return false;
  return POSSESSIVE_BEFORE.test(text.slice(Math.max(0, tokens[a].start - 8), tokens[a].start));
}

/** Clause words that join two clauses, each of which may hold a name: "told the X Conference that Europe …". */
const CONJUNCTION = /^(?:that|which|who|than)$/;

export function trimMentionEdges(text: string, mentions: RawMention[], tokens: Token[]): RawMention[] {
  const out: RawMention[] = [];
  for (let m of mentions) {
    let a = tokenStartingAt(tokens, m.start);
    let b = tokenEndingAt(tokens, m.end);
    if (m.origin !== 'detected' || a === undefined || b === undefined) { out.push(m); continue; }
    if (a === b && beforePost(tokens, a, b) < a) continue;
    if (ownedPostAlone(text, tokens, a, b)) continue;
    if (a === b) { out.push(isTitled(tokens, a, b) ? { ...m, type: 'person' } : m); continue; }
    for (let i = a; i <= b; i++) {
      if (tokens[i].text === ')' && !tokens.slice(a, i).some((t) => t.text === '(')) { b = i - 1; break; }
      if (tokens[i].text === '(' && !tokens.slice(i + 1, b + 1).some((t) => t.text === ')')) { b = i - 1; break; }
    }
    const first = a;
    for (let i = b; i > a; i--) {
      if (i < b && DESCRIPTOR.test(tokens[i].text)) { a = i + 1; break; }
      if (!CLAUSE_WORD.test(tokens[i].text)) continue;
      // "the Munich Security Conference that Europe …": a name before a conjunction is a name of its own, the type
      // the tagger gave the run (what follows keeps it too, less sure, for the document vote to settle)
      if (CONJUNCTION.test(tokens[i].text) && tokens.slice(a, i).every((t) => CAPITALIZED.test(t.text))) {
        out.push({ ...m, end: tokens[i - 1].end });
        m = { ...m, score: (m.score ?? 0.5) * 0.5 };
      }
      a = i + 1;
      break;
    }
    if (a < b && (OPENING_PREPOSITION.test(tokens[a].text) || OPENING_DESCRIPTOR.test(tokens[a].text)) && opensSentence(text, tokens, a)) a++;
    a = afterCrownPrince(tokens, a, b);
    const holder = afterPortfolio(tokens, a, b);
    if (holder !== a) { out.push({ ...m, type: 'person', start: tokens[holder].start, end: tokens[b].end }); continue; }
    if (a > b || (a !== first && !CAPITALIZED.test(tokens[a].text))) continue;
    // A run of lower-case words only is no name but a common noun phrase ("the interior ministry"), which trimming
    // its last word would leave as a name ("interior").
    if (tokens.slice(a, b + 1).every((t) => LOWER_WORD.test(t.text))) continue;
    while (b > a && LOWER_WORD.test(tokens[b].text)) b--;
    while (b > a && isAmountOrScore(text, tokens, a, b)) b--;
    const post = beforePost(tokens, a, b);
    if (post !== b) {
      if (post >= a) out.push({ ...m, type: m.type === 'organization' ? 'location' : m.type, start: tokens[a].start, end: tokens[post].end });
      continue;
    }
    // An organization ending in a title right before a capitalized name: "High Court Justice" + "Jane Roe" is "High
    // Court" (not "Court of Justice", whose title word follows "of").
    const after = tokens[b + 1];
    if (m.type !== 'person' && after && CAPITALIZED.test(after.text) && after.start === tokens[b].end + 1) {
      while (b > a && TITLES.has(tokens[b].text) && tokens[b - 1].text !== 'of') b--;
    }
    // A title inside the name, followed by capitalized words to its end: the person begins after it, and after the
    // titles right behind it ("Chief Executive Officer Jane Roe" is "Jane Roe").
    let title = -1;
    for (let i = a; i < b; i++) {
      const rest = tokens.slice(i + 1, b + 1);
      if (TITLES.has(tokens[i].text) && rest.every((t) => CAPITALIZED.test(t.text)) && !rest.some((t) => NOT_A_PERSON.has(t.text))) { title = i; break; }
    }
    const firstTitle = title;
    while (title >= 0 && title + 1 < b && TITLES.has(tokens[title + 1].text)) title++;
    const of = holderOf(tokens, a, b);
    if (title < 0 && of > 0) {
      out.push({ ...m, type: 'person', start: tokens[a].start, end: tokens[of - 1].end });
      out.push({ ...m, type: m.type === 'person' ? 'organization' : m.type, start: tokens[of + 1].start, end: tokens[b].end });
      continue;
    }
    if (title < 0) {
      // A name right after a title is a person, whatever the tagger made of it: "President Xi Jinping".
      out.push({ ...m, type: isTitled(tokens, a, b) ? 'person' : m.type, start: tokens[a].start, end: tokens[b].end });
      continue;
    }
    // The organization ends before the first title of the run: "IMF Managing Director Jane Roe" is "IMF".
    if (firstTitle > a && m.type !== 'person') out.push({ ...m, start: tokens[a].start, end: tokens[firstTitle - 1].end });
    out.push({ ...m, type: 'person', start: tokens[title + 1].start, end: tokens[b].end });
  }
  return out;
}

/**
 * Where the name begins in a mention opened by "Crown Prince": at "Prince", which CoNLL-2003 keeps in a royal's name
 * ("Crown Prince Faisal" names "Prince Faisal"), and past the end when the mention is the title alone ("The Crown
 * Prince arrived"); `a` if no such title opens the mention.
 */
function afterCrownPrince(tokens: Token[], a: number, b: number): number {
  if (tokens[a].text !== 'Crown' || a + 1 > b || !/^(?:Prince|Princess)$/.test(tokens[a + 1].text)) return a;
  return a + 1 === b ? a + 2 : a + 1;
}

/** A number of units: a figure before "million", "percent" …; no model or version number is followed so. */
const UNIT_AFTER_NUMBER = /^(?:million|billion|trillion|percent|per|pct|points?|people|dollars|euros|yuan|tonnes|barrels|years?)$/;
/** A result's verb right before the side that the score follows: "beat the Warriors 120-115". */
const RESULT_BEFORE = /\b(?:beat|beats|defeated|edged|routed|thrashed|downed|overcame|stunned|upset|lost to|drew with|fell to)\s+(?:the\s+)?$/;
/**
 * Whether token `b` of the name opening at token `a` is an amount ("fined Meta 200 million euros") or the score of a
 * result ("beat the Warriors 120-115"), which the tagger runs into the name before it; names end in no such number
 * (a well's or a plot's number is no score: "the Trax Morinville 10-23 well").
 */
function isAmountOrScore(text: string, tokens: Token[], a: number, b: number): boolean {
  const t = tokens[b].text, next = tokens[b + 1];
  if (/^\d{1,3}-\d{1,3}$/.test(t)) return RESULT_BEFORE.test(text.slice(Math.max(0, tokens[a].start - 20), tokens[a].start));
  return /^\d[\d,.]*$/.test(t) && !!next && next.start === tokens[b].end + 1 && UNIT_AFTER_NUMBER.test(next.text);
}

/**
 * Where the holder's name begins in a mention that starts with the portfolio of a title ending in "of" ("Secretary of
 * | Defense Lloyd Austin"): after the portfolio words (and the "and" between them), if two capitalized words or more
 * remain; else `a`.
 */
function afterPortfolio(tokens: Token[], a: number, b: number): number {
  if (a < 2 || tokens[a - 1].text !== 'of' || !TITLES.has(tokens[a - 2].text)) return a;
  let i = a;
  while (i < b && (PORTFOLIO.has(tokens[i].text) || (i > a && tokens[i].text === 'and'))) i++;
  return i > a && b - i >= 1 && tokens.slice(i, b + 1).every((t) => CAPITALIZED.test(t.text) && !NOT_A_PERSON.has(t.text)) ? i : a;
}

/**
 * Where a name ends once the portfolio words right before a post ("Commerce" in "… Commerce Secretary Jane Roe") are
 * cut off: the last token before them (`a - 1` if nothing remains); `b` if the name is not followed by such a post.
 */
function beforePost(tokens: Token[], a: number, b: number): number {
  const post = tokens[b + 1], holder = tokens[b + 2];
  if (!post || !POSTS.has(post.text) || !holder || !CAPITALIZED.test(holder.text) || post.start !== tokens[b].end + 1) return b;
  let i = b;
  while (i >= a && PORTFOLIO.has(tokens[i].text)) i--;
  return i;
}

/**
 * The "of" in a mention right after a title that joins the holder's name to where they work: "Professor | Liu Jun of
 * Fudan University" is the person "Liu Jun" and the university (the tagger reads one institution). The words before
 * "of" are capitalized and no word of an institution's name, and a capitalized word follows it; -1 if there is none.
 */
function holderOf(tokens: Token[], a: number, b: number): number {
  if (a === 0 || !TITLES.has(tokens[a - 1].text)) return -1;
  const of = tokens.slice(a, b + 1).findIndex((t) => t.text === 'of') + a;
  if (of <= a || of >= b || !CAPITALIZED.test(tokens[of + 1].text)) return -1;
  return tokens.slice(a, of).every((t) => CAPITALIZED.test(t.text) && !NOT_A_PERSON.has(t.text)) ? of : -1;
}

/** Tokens `a`…`b`, capitalized words right after a title, and none of them a word of an institution's name. */
function isTitled(tokens: Token[], a: number, b: number): boolean {
  const name = tokens.slice(a, b + 1);
  return a > 0 && TITLES.has(tokens[a - 1].text) && name.every((t) => CAPITALIZED.test(t.text)) && !name.some((t) => NOT_A_PERSON.has(t.text));
}
