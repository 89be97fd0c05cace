import { tokenAt } from '../tokens/tokenIndex';
import type { Sentence, Token } from '../types';
import { subjectOpensSentence } from './clauseSubject';
import { pastVerbOverObject } from './pastVerbOverObject';

/**
 * 'scheduled': the present of a title's verb of schedule ("Xi heads to Lima on Tuesday"), which tells of what is coming
 * or only just past (see `dateForWeekday`).
 */
export type Tense = 'past' | 'present' | 'future' | 'scheduled' | 'unknown';
/**
 * The kind of headline a block is, or null for running text: a title or subhead tells what is coming or just past in
 * the present; a caption tells the moment of its photo, which is over.
 */
export type Headline = 'title' | 'caption' | null;

const FUTURE = new Set(['will', "'ll", 'shall', 'should', 'must', "won't", 'wo', 'would', 'upcoming', 'soon', 'resume', 'plans', 'plan', 'scheduled',
  'expects', 'expect', 'expected', 'intends', 'aims', 'due', 'next', 'coming', 'ahead', 'forthcoming', 'planning', 'forward']);
/**
 * Verbs of scheduled events in the simple present, which news uses for what is still to come: "The summit opens
 * Friday", "the minister arrives on Thursday", "the ban takes effect Monday", "the two leaders meet on Monday".
 */
const SCHEDULED = new Set(['opens', 'begins', 'starts', 'ends', 'closes', 'arrives', 'departs', 'meets', 'visits', 'hosts',
  'resumes', 'reopens', 'launches', 'convenes', 'expires', 'kicks', 'takes', 'heads', 'travels', 'returns', 'lifts',
  'concludes', 'premieres', 'debuts', 'goes', 'runs']);
/**
 * Verbs of keeping an occasion, a schedule before the occasion they take: "Hong Kong marks the anniversary of its
 * return on Tuesday" (written on Monday). Only before a determiner: "1.83 marks Wednesday" is a currency.
 */
const KEEPS_OCCASION = new Set(['marks', 'celebrates', 'commemorates', 'observes']);
const OCCASION_DETERMINER = /^(?:the|its|their|his|her|a|an|this|world|international|national)$/;
/**
 * The plural forms ("Polling stations open at 7 a.m. Sunday", "the new rules take effect Monday"), and singular ones
 * that are also plural nouns ("the team plays Japan on Friday" but "two plays on Friday"): verbs only after a word that
 * is no determiner, possessive, "to" or modal (see classifyWord). Not "end" and "close", which market reports use in
 * the present for the day's trading ("Shares end the session up 2 percent on Tuesday").
 */
const SCHEDULED_PLURAL = new Set(['meet', 'begin', 'arrive', 'convene', 'resume', 'reopen', 'depart', 'open', 'start', 'take',
  'lift', 'kick', 'head', 'travel', 'return', 'visit', 'host', 'hold', 'go', 'play', 'face', 'plays', 'faces', 'holds',
  // "The president leaves on Saturday", "the team flies to Doha on Sunday", "Polls close at 8 p.m. Sunday" ("autumn
  // leaves", "the leaves" are nouns after a determiner; for "close" in market reports see MARKET_CLOSE).
  'leaves', 'flies', 'fly', 'close',
  // "The Games end on Sunday", "the talks conclude Friday", "the permits expire on Monday" ("the end", "in the end" are
  // nouns after a determiner).
  'end', 'conclude', 'expire']);
/**
 * "close"/"closes" ("end"/"ends") of the day's trading, which market reports tell in the present of what is over ("Shares close
 * higher on Friday", "the Nikkei closes down 1 percent"): after a market's name or before a move of prices.
 */
const MARKET_SUBJECT = /^(?:shares|stocks|markets?|index|indexes|indices|futures|bonds|yields|prices|equities|dollar|yen|euro|yuan|pound|gold|oil|crude|Nikkei|Dow|Nasdaq|Kospi|Sensex|FTSE|DAX|CAC|Hang|Seng|composite|benchmark|S&P|500|\d+)$/i;
const MARKET_MOVE = /^(?:higher|lower|up|down|flat|mixed|unchanged|firmer|weaker|stronger|slightly|sharply|marginally|\d[\d.,]*)$/i;
/** The forms "close(s)" and "end(s)" of the verb: "Shares end the session up 2 percent on Tuesday". */
const CLOSE_FORM = /^(?:closes?|ends?)$/;
/**
 * Verbs of scheduled events and journeys a headline (a title or subhead, not a caption) tells in the present of what is
 * coming or just past: "G20 summit opens in Johannesburg on Saturday", "Xi heads to Lima on Sunday", "Crew returns to
 * Earth on Thursday" (see `dateForWeekday` for the day meant).
 */
const TITLE_SCHEDULE = new Set(['opens', 'open', 'begins', 'begin', 'starts', 'start', 'meets', 'meet', 'visits', 'visit',
  'holds', 'hold', 'hosts', 'host', 'kicks', 'kick', 'heads', 'head', 'leaves', 'arrives', 'arrive', 'convenes', 'convene',
  'closes', 'ends', 'travels', 'travel', 'tours', 'departs', 'depart', 'returns', 'return', 'gathers', 'gather',
  'launches', 'launch', 'resumes', 'resume', 'reopens', 'reopen', 'flies', 'fly']);
/** Words after a headline's "to" that are no verb: "visit to the north", "return to normal", "up to date". */
const HEADLINE_TO_NOT_VERB = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|normal|date|power|office|court|death|life|work|school|market|sea|war|zero|one|two|three|four|five|six|seven|eight|nine|ten)$/;
const MODALS = new Set(['should', 'must', 'would', 'could', 'might', 'may']);
/** Future markers that govern only what follows them: "planned to leave on Thursday" but not "On Friday, it planned to pay". */
const FUTURE_AHEAD = new Set(['planned']);
/** Verbs of moving a date, before "to"/"until" (see tenseFinder): "postponed to Saturday", "pushed back to May". */
export const MOVED_TO = /^(?:postponed|delayed|rescheduled|deferred|pushed|moved|brought|put\s+off)$/i;
const PAST = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'met', 'made', 'took', 'went', 'came', 'gave', 'saw',
  'began', 'left', 'held', 'won', 'lost', 'fell', 'rose', 'sold', 'bought', 'paid', 'spent', 'set', 'put', 'got', 'found',
  'became', 'brought', 'kept', 'ran', 'hit', 'led', 'struck', 'broke', 'wrote', 'spoke', 'sent', 'built', 'meant', 'knew',
  'thought', 'felt', 'grew', 'drew', 'threw', 'flew', 'stood', 'sat', 'ago', 'last', 'earlier', 'previously', 'former',
  'yesterday', 'wasn', 'weren', 'didn', 'hadn',
  // More irregular pasts of news (match reports, disasters, diplomacy); "beat" is news's past far more than its present.
  'beat', 'chose', 'drove', 'rode', 'fought', 'caught', 'taught', 'sought', 'wore', 'tore', 'shook', 'froze', 'stole',
  'sank', 'sang', 'rang', 'swam', 'fled', 'dealt', 'withdrew', 'forgot', 'understood', 'upheld', 'overcame', 'ate',
  'drank', 'arose', 'sprang', 'swung', 'laid', 'lit', 'overtook', 'undertook', 'oversaw', 'withstood', 'sped', 'slid', 'hung']);
const PRESENT = new Set(['is', 'are', 'am', 'says', 'has', 'have', 'does', 'do', 'today', 'now', 'currently']);
/** Participles of news that do not end in -ed. */
const IRREGULAR_PARTICIPLE = /^(?:made|taken|grown|drawn|shown|risen|fallen|won|held|built|brought|seen|given|done|become|begun|spent|sold|bought|paid|lost|hit|led|struck|sent|written|spoken|broken|driven|flown|chosen|fought|caught|sunk|frozen|withdrawn|overseen|undertaken|met|found|kept|left)$/i;
/** Participles of planning, whose object may lie ahead: "has scheduled talks for May", "has agreed to meet in June". */
const PLANNING_PARTICIPLE = /^(?:scheduled|planned|expected|slated|decided|agreed|promised|pledged|vowed|proposed|called|urged|asked|invited|announced|approved|ordered|extended|postponed|delayed|moved|pushed|rescheduled|deferred|warned|predicted|forecast|projected|targeted|aimed|designated|allocated|earmarked|booked|reserved)$/i;

/**
 * True when token `i` is a "has"/"have" of a present perfect of an event: a participle follows it (after at most one
 * adverb) that is no verb of planning and takes no "to" after it. Not "has been", whose participle decides.
 */
function PRESENT_PERFECT_OF_EVENT(tokens: Token[], i: number): boolean {
  if (!/^(?:has|have)$/i.test(tokens[i].text)) return false;
  let j = i + 1;
  if (ADVERB_BEFORE_PARTICIPLE.test(tokens[j]?.text ?? '') && !/^(?:been|long)$/i.test(tokens[j].text)) j++;
  const w = tokens[j]?.text ?? '';
  if (j !== i + 1 && j !== i + 2) return false;
  const participle = (/^\p{Ll}+ed$/u.test(w) && !NOT_VERB_ED.has(w.toLowerCase())) || IRREGULAR_PARTICIPLE.test(w);
  return participle && !PLANNING_PARTICIPLE.test(w) && tokens[j + 1]?.text.toLowerCase() !== 'to';
}

/** Common adjectives and nouns ending in -ed that are not verbs. */
const NOT_VERB_ED = new Set(['need', 'red', 'bed', 'speed', 'seed', 'feed', 'hundred', 'indeed', 'shed', 'led', 'united',
  'based', 'related', 'limited', 'interested', 'concerned', 'supposed', 'used', 'advanced', 'detailed', 'armed']);
/**
 * "un-" + participle is nearly always an adjective ("an unannounced day", "unidentified gunmen", "unchanged"); the
 * few verbs of that shape are listed: "unveiled", "unearthed", "unleashed" …
 */
const UN_ADJECTIVE = /^un(?!der)\p{Ll}{3,}ed$/u;
const UN_VERBS = new Set(['unveiled', 'unearthed', 'unleashed', 'uncovered', 'unfolded', 'unraveled', 'unravelled', 'unlocked',
  'unloaded', 'unplugged', 'unseated', 'unmasked', 'unblocked', 'unfurled', 'unpacked', 'unsettled', 'unnerved', 'unified',
  'untied', 'unbuckled', 'unscrewed', 'unwrapped', 'unzipped', 'unsealed', 'unfroze', 'unfrozen', 'undid', 'unmuted']);

/**
 * The tense a word marks, given its neighbours, or null. A past form right after a modal or "to" is the bare verb, with
 * no tense of its own: "could hit", "to put", "expected to last until Sunday", "will cut rates in May" (an "-ed" form
 * there is a participle: "to be finished").
 */
function classify(word: string, next: string | undefined, nextRaw: string | undefined, headline: Headline, prev?: string): Tense | null {
  const k = classifyWord(word, next, nextRaw, headline, prev);
  // "to get hit", "getting beat in the final": a past form after "get" is a passive participle; "get" carries the tense.
  if (k === 'past' && prev !== undefined && /^(?:get|gets|getting|gotten)$/i.test(prev)) return null;
  return k === 'past' && prev !== undefined && BARE_VERB_BEFORE.test(prev) && !/ed$/i.test(word) ? null : k;
}

function classifyWord(word: string, next: string | undefined, nextRaw: string | undefined, headline: Headline, prev?: string): Tense | null {
  const w = word.toLowerCase();
  if (w === 'going' && next === 'to') return 'future';
  if ((w === 'next' || w === 'due') && next === 'to') return null; // "next to the embassy", "due to"
  // "should have gone", "would have left": a modal perfect looks back.
  if (MODALS.has(w) && next === 'have') return 'past';
  // "published the plan on Aug. 21": after a determiner "plan" is a noun, not a future; so after an ordinal or a
  // possessive ("the 15th plan", "China's plans"), or capitalized in a name ("the 15th Five-Year Plan on Tuesday").
  if (FUTURE.has(w)) return /^plans?$/.test(w) && prev !== undefined && (DETERMINER.test(prev) || PLAN_NOUN_BEFORE.test(prev) || /^Plans?$/.test(word)) ? null : 'future';
  // A headline tells what is to come with "to" and a verb: "Xi to visit Vietnam from Friday", "Flights to resume Monday".
  if (headline && w === 'to' && nextRaw !== undefined && /^\p{Ll}+$/u.test(nextRaw) && !HEADLINE_TO_NOT_VERB.test(nextRaw)) return 'future';
  // The day's trading in a market report is over: "Shares close higher on Friday".
  if (CLOSE_FORM.test(w) && ((next !== undefined && MARKET_MOVE.test(next)) || (prev !== undefined && MARKET_SUBJECT.test(prev)))) return null;
  // Captions tell past events in the present ("Xi meets Moon in Da Nang"): no schedule there. A title's verb of schedule
  // tells what is coming or just past ("G20 summit opens in Johannesburg on Saturday").
  if (headline === 'title' && TITLE_SCHEDULE.has(w) && (prev === undefined || !NOT_SUBJECT_BEFORE_VERB.test(prev))) return 'scheduled';
  if (SCHEDULED.has(w) && !headline) return 'future';
  if (KEEPS_OCCASION.has(w) && !headline && next !== undefined && OCCASION_DETERMINER.test(next)) return 'future';
  // "The festival falls on Sept. 25", "the deadline falls on a Sunday": the present of the calendar tells what is coming.
  if (w === 'falls' && !headline && next === 'on') return 'future';
  // The plural form after a plural subject: "the two ministers meet again Monday", "talks resume Tuesday"; not after
  // "to" or a modal, which carry their own time, nor as a noun ("a track meet").
  if (SCHEDULED_PLURAL.has(w) && !headline && prev !== undefined && !NOT_SUBJECT_BEFORE_VERB.test(prev)) return 'future';
  // "the vote is set for Sunday", "talks set to resume Monday": a schedule, though "set" is also a past tense.
  if (w === 'set' && (next === 'for' || next === 'to')) return 'future';
  // "Snow is forecast for the weekend", "growth is forecast to slow": a forecast is of what lies ahead.
  if ((w === 'forecast' || w === 'predicted' || w === 'projected') && (next === 'for' || next === 'to')) return 'future';
  // "The observatory forecast on Wednesday that …": before the day or clause of the forecast, "forecast" is a past verb.
  if (w === 'forecast' && (next === 'on' || next === 'that') && prev !== undefined && !/^(?:to|will|would|could|should|may|might|must|can|shall|the|a|its|their|weather)$/i.test(prev)) return 'past';
  // "planned to leave on Thursday", "planned a rally on Saturday": what was planned lies ahead.
  if (FUTURE_AHEAD.has(w) && next !== undefined && /^(?:to|a|an|another|their|its|his|her)$/.test(next)) return 'future';
  // "effective Feb. 1", "effective Monday": the date a change takes effect, announced ahead of it.
  if (w === 'effective' && nextRaw !== undefined && /^\p{Lu}/u.test(nextRaw)) return 'future';
  // "The central bank cut the reserve requirement ratio in May": "cut" with an object is the past, as news tells it,
  // unless "did" or "not" takes it ("did not cut rates in May"; after "to" or a modal see classify); the noun ("a rate
  // cut in May") has no object.
  if (w === 'cut' && next !== undefined && CUT_OBJECT.test(next)) return prev !== undefined && /^(?:did|does|do|not|n't)$/i.test(prev) ? null : 'past';
  // "…, followed by the June meeting", "…, led by its chairman": a passive participle after a comma and before "by"
  // qualifies what stands before it and has no tense of its own.
  if (prev === ',' && next === 'by' && (PAST.has(w) || /ed$/.test(w))) return null;
  if (PAST.has(w)) return 'past';
  if (PRESENT.has(w)) return 'present';
  if (w.length > 4 && w.endsWith('ed') && !NOT_VERB_ED.has(w) && !(UN_ADJECTIVE.test(w) && !UN_VERBS.has(w))) return 'past';
  return null;
}

const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those|newly)$/i;
/** A possessive before a noun's adjective: "the bank's expected cut", "Friday's scheduled launch". */
const OWNER_BEFORE = /^\p{L}+['’]s$|^(?:my|your)$/iu;
/** Words before a present form that make it no finite verb: a determiner's noun, or a bare verb after "to", a modal, "did". */
const NOT_SUBJECT_BEFORE_VERB = /^(?:to|a|an|the|his|her|its|their|our|my|your|this|that|these|those|did|do|does|not|n't|would|could|should|might|may|can|will|,)$/i;
/** True when a determiner stands one to three lower-case words (none a plural) before "plan" at `i`. */
function planAfterAdjectives(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const t = tokens[j].text;
    if (DETERMINER.test(t)) return j < i - 1;
    if (!/^[\p{Ll}-]+$/u.test(t) || /[^s]s$/.test(t)) return false;
  }
  return false;
}

/** True when "a" or "an" stands one or two lower-case words before token `i` ("a weak start", "a strong open"). */
function afterIndefinite(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (/^(?:a|an)$/i.test(tokens[j].text)) return j < i - 1;
    if (!/^[\p{Ll}-]+$/u.test(tokens[j].text)) return false;
  }
  return false;
}

/** Words before "plan" that make it a noun: an ordinal, a possessive ending, a year ("the 2026 plan"). */
const PLAN_NOUN_BEFORE = /^(?:\d+(?:st|nd|rd|th)|['’]s|\d{4}|[\p{L}]+['’]s)$/u;
const HABITUAL = /^(?:usually|typically|normally|generally|traditionally|often|always|rarely|seldom)$/i;
/** Adverbs between an auxiliary and its participle ("is usually held", "has already signed", "was not invited"). */
const ADVERB_BEFORE_PARTICIPLE = /^(?:\p{L}+ly|also|not|never|always|often|already|still|now|just|once|since|again|yet|ever|even|long)$/iu;
/** What "cut" takes as its object in news: a determiner or a noun of rates, taxes, jobs, output, ties … */
const CUT_OBJECT = /^(?:the|its|their|his|her|our|a|an|interest|rates?|taxes|tariffs|prices|jobs|output|production|spending|costs|funding|ties|staff|back|off)$/i;
const BARE_VERB_BEFORE = /^(?:to|will|would|could|should|may|might|must|can|shall)$/i;

/**
 * Words of warning and forecast: what they warn "of" or alert "for" lies ahead, whatever the tense of the warning.
 * The nouns take only "for": "of" after them may be partitive ("its first orange alert of the winter").
 */
const WARNING_OF = /^(?:warn|warns|warned|forecast|forecasts|forecasting)$/i;
const WARNING_FOR = /^(?:warn|warns|warned|warning|warnings|alert|alerts|forecast|forecasts|forecasting)$/i;
/** Words that may stand between a warning and its "of"/"for": the day of the warning ("warned on Wednesday of …"). */
const WARNING_DAY = /^(?:on|late|early|this|\p{Lu}\p{Ll}+day|yesterday|today|morning|afternoon|evening|night)$/iu;

/**
 * True when token `i` is the "of"/"for" of a warning: "warned of heavy snow", "warned on Wednesday of floods", "an
 * alert for strong winds". The thing warned about is still to come when the warning is told in the past.
 */
function warnsOf(tokens: Token[], i: number): boolean {
  if (!/^(?:of|for)$/i.test(tokens[i]?.text ?? '')) return false;
  const warning = /^of$/i.test(tokens[i].text) ? WARNING_OF : WARNING_FOR;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    if (warning.test(tokens[j].text)) return true;
    if (!WARNING_DAY.test(tokens[j].text)) return false;
  }
  return false;
}

/** Verbs that report a warning, forecast or statement; the clause they introduce may tell what is still to come. */
const REPORTING = /^(?:said|says|warned|warns|predicted|predicts|forecast|cautioned|feared|told|added|stressed|believed|thought)$/i;
/** A modal of possibility not followed by a negation or a perfect ("could not confirm", "might have been"). */
const POSSIBILITY_MODAL = /^(?:could|might|may)$/i;
const COPULA = /^(?:is|are|was|were|be|seemed|seems|looked|appeared|remained)$/i;

/**
 * True when token `i` is a modal of possibility ("could", "might", "may") or a predicate "possible"/"likely" in a clause
 * reported after a verb of saying or warning: "Officials warned that blackouts were possible on Sunday", "The agency
 * said storms could reach the coast on Friday". Reported speech shifts the tense back; the possibility still looks
 * ahead of the report. Not a negated modal ("said it could not confirm …") or a modal perfect.
 */
function reportedPossibility(tokens: Token[], i: number): boolean {
  const t = tokens[i].text;
  const modal = POSSIBILITY_MODAL.test(t) && !/^(?:not|n't|have|'ve)$/i.test(tokens[i + 1]?.text ?? '');
  const predicate = /^(?:possible|likely)$/i.test(t) && COPULA.test(tokens[i - 1]?.text ?? '');
  if (!modal && !predicate) return false;
  for (let j = i - 1; j >= 0 && j >= i - 14; j--) {
    if (FINAL.test(tokens[j].text)) return false;
    if (REPORTING.test(tokens[j].text)) return true;
  }
  return false;
}

/**
 * True when a past marker stands before token `i` in its clause (back to a comma, "and", "but", a verb of saying or a
 * sentence end).
 */
function pastEarlierInClause(tokens: Token[], classes: (Tense | null)[], i: number): boolean {
  for (let j = i - 1; j >= 0 && !/^(?:[,;:.!?]|--|and|but)$/i.test(tokens[j].text); j--) {
    // A verb of saying opens a clause of its own, which keeps its present: "He said the delegation leaves on Sunday".
    if (REPORTING.test(tokens[j].text)) return false;
    if (classes[j] === 'past') return true;
  }
  return false;
}

/** A day's or month's name, the only thing a moved object's "to" may lead to for the move to look ahead. */
const DAY_OR_MONTH_NAME = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$/;

/**
 * True when the verb of moving at token `i` takes an object of one to three words and then "to"/"until" a day or month:
 * "moved training to Thursday", "postponed the final to Saturday". Not "pushed the index to a record on Monday",
 * where the "to" leads elsewhere.
 */
function movedObjectToDay(tokens: Token[], i: number): boolean {
  for (let j = i + 2; j <= i + 4 && j < tokens.length; j++) {
    if (/^(?:to|until|till)$/i.test(tokens[j].text)) return DAY_OR_MONTH_NAME.test(tokens[j + 1]?.text ?? '');
    if (!/^\p{Ll}+$/u.test(tokens[j - 1].text)) return false;
  }
  return false;
}

/**
 * True when the words from token `k` name a time a date was moved to ("postponed to Saturday", "pushed back to next
 * year", "moved to the end of the month", "delayed to 2027"), not a place or a state ("moved to safety", "brought to
 * the hospital", "moved to Shanghai").
 */
function timeAfterTo(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.text ?? '';
  if (DAY_OR_MONTH_NAME.test(w) || /^\d/.test(w) || /^(?:next|later|early|late|mid|tomorrow|tonight|this)$/i.test(w)) return true;
  if (/^(?:the|a)$/i.test(w)) return /^(?:end|start|beginning|middle|following|next|week|month|year|spring|summer|autumn|fall|winter|weekend|day|first|second|third|fourth|last|later|new|coming)$/i.test(tokens[k + 1]?.text ?? '');
  return false;
}

/** Past verbs of lasting, after which "until" closes what went on (not "delayed/extended until", which look ahead). */
const LASTED = /^(?:ran|lasted|continued|stayed|remained|raged|burned|burnt|blazed|spread|persisted|lingered|dragged|worked|waited|queued|danced|partied|sat|stood)$/i;

/** The unit word that ends a span of time ("the 12 months", "the year", "the quarter"). */
const PERIOD_UNIT = /^(?:days|weeks|months|years|quarters|week|month|year|quarter|period|half)$/i;
const WINDOW = 40;
const FINAL = /^[.!?]$/;

/** The sentence holding token `i` (binary search; sentences are in text order), or undefined. */
function sentenceOf(sentences: Sentence[], i: number): Sentence | undefined {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sentences[mid];
    if (i < x.firstToken) hi = mid - 1;
    else if (i >= x.endToken) lo = mid + 1;
    else return x;
  }
  return undefined;
}

/**
 * Prepares tense look-ups for one block: each token's tense class and running comma counts are computed once, so each
 * look-up costs one pass over its sentence. Returns `(start, end) => Tense` for an expression at [start, end).
 * The tense is the nearest tense marker in the expression's sentence (auxiliaries, past-tense verbs, future words);
 * markers behind a comma or semicolon count less, and reported sources ("according to a report on Wednesday") are past.
 */
export function tenseFinder(tokens: Token[], sentences: Sentence[], headline: Headline = null): (start: number, end: number) => Tense {
  const n = tokens.length;
  const classes: (Tense | null)[] = new Array(n);
  const strong: boolean[] = new Array(n);
  const aheadOnly: boolean[] = new Array(n);
  const commas = new Int32Array(n + 1);
  const attribution: boolean[] = new Array(n);
  const conjunctions = new Int32Array(n + 1);
  const reporting = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const t = tokens[i].text;
    classes[i] = classify(t, tokens[i + 1]?.text.toLowerCase(), tokens[i + 1]?.text, headline, tokens[i - 1]?.text);
    // "is due to report on Monday", "is unlikely to be formed before Christmas": a schedule or a forecast; but "due
    // to the rain" gives a cause.
    if (/^(?:due|likely|unlikely)$/i.test(t) && /^(?:is|are|am|'s|’s|be|seems?|appears?|remains?|looks?|also|now|still|not)$/i.test(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.text.toLowerCase() === 'to' && /^\p{Ll}+$/u.test(tokens[i + 2]?.text ?? '') && !DETERMINER.test(tokens[i + 2].text) && !/^(?:its|their|his|her|our|my|your|this|that|these|those)$/.test(tokens[i + 2].text)) classes[i] = 'future';
    // The "have" of a modal perfect ("should have been filed") has no tense of its own: the modal carries it.
    if (i > 0 && /^have$/i.test(t) && MODALS.has(tokens[i - 1].text.toLowerCase())) classes[i] = null;
    // A participle after "be"/"been"/"being" ("will be left") takes its tense from the auxiliary.
    // So does a passive participle after a finite "be" ("talks are set for May 3", "was sold"): the auxiliary has the tense.
    // "Cherry trees usually bloom in April": a habitual adverb before a verb in the present tells what recurs, the
    // present of habit (not before a past form: "was usually closed", "usually held talks").
    if (i > 0 && classes[i] === null && classes[i - 1] === null && HABITUAL.test(tokens[i - 1].text) && /^\p{Ll}+$/u.test(t) && !DETERMINER.test(t)) classes[i - 1] = 'present';
    // An adverb may stand between: "The fair is usually held in October", "were later found".
    if (classes[i] === 'past' && i > 0 && /^(?:be|been|being|is|are|am|was|were)$/i.test(tokens[i - (i > 1 && ADVERB_BEFORE_PARTICIPLE.test(tokens[i - 1].text) ? 2 : 1)].text)) classes[i] = null;
    // An "-ed" word after a determiner, or after the bare verb of a modal or "to", qualifies a noun: "the revised
    // plan", "would publish updated figures", "to release detailed results".
    // So does a plan's "-ed" word: "ran past their scheduled Friday close", "the expected rate cut" tell no time.
    if (classes[i] === 'future' && /ed$/i.test(t) && i > 0 && (DETERMINER.test(tokens[i - 1].text) || OWNER_BEFORE.test(tokens[i - 1].text))) classes[i] = null;
    if (classes[i] === 'past' && /ed$/i.test(t) && i > 0 && (DETERMINER.test(tokens[i - 1].text) || (i > 1 && BARE_VERB_BEFORE.test(tokens[i - 2].text) && /^\p{Ll}+$/u.test(tokens[i - 1].text)))) classes[i] = null;
    // "The company has opened 20 stores in January", "he has scored 10 goals since joining in March": a present
    // perfect with a time of its own tells what happened then (agency English often writes it so), so "has" is past.
    if (i > 0 && PRESENT_PERFECT_OF_EVENT(tokens, i - 1)) classes[i - 1] = 'past';
    // "The vote had been expected on Tuesday but was delayed": a plan in the past perfect is over.
    if (classes[i] === 'future' && i > 1 && /^been$/i.test(tokens[i - 1].text) && /^had$/i.test(tokens[i - 2].text)) classes[i] = 'past';
    // "were planning to fly home on Sunday": a plan, though told in the past, looks ahead; the auxiliary yields to it.
    if (i > 0 && /^(?:planning|going)$/i.test(t) && /^(?:was|were)$/i.test(tokens[i - 1].text)) classes[i - 1] = null;
    // "The shops stayed open on Sunday", "kept the border open", "gathered for the season start": after a past verb of
    // the same clause such a form is an adjective or a noun, no schedule ("… held talks on Monday and their aides meet
    // again on Friday": "and" opens another clause).
    if (classes[i] === 'future' && SCHEDULED_PLURAL.has(t.toLowerCase()) && pastEarlierInClause(tokens, classes, i)) classes[i] = null;
    // "unveiled a new economic plan on Tuesday": a determiner and adjectives before "plan" make it a noun (not after
    // a plural, which may be its subject: "the ministers plan a meeting"; "the company plans" is a verb).
    if (classes[i] === 'future' && /^plan$/i.test(t) && tokens[i + 1]?.text.toLowerCase() !== 'to' && planAfterAdjectives(tokens, i)) classes[i] = null;
    // "after a weak start", "a track meet": after "a"/"an" and adjectives a plural verb form is a noun (no singular
    // indefinite subject takes it).
    if (classes[i] === 'future' && SCHEDULED_PLURAL.has(t.toLowerCase()) && !/s$/i.test(t) && afterIndefinite(tokens, i)) classes[i] = null;
    if (warnsOf(tokens, i)) classes[i] = 'future';
    if (reportedPossibility(tokens, i)) classes[i] = 'future';
    // "the launch had been postponed to Saturday", "was delayed until Friday": the new day lies after the decision,
    // whatever the tense of telling it (its auxiliaries yield to it, as to "planning").
    const toAt = i + (/^(?:back|forward)$/i.test(tokens[i + 1]?.text ?? '') ? 2 : 1);
    const moved = MOVED_TO.test(t) && ((/^(?:until|till)$/i.test(tokens[toAt]?.text ?? '') || (/^to$/i.test(tokens[toAt]?.text ?? '') && timeAfterTo(tokens, toAt + 1))) || movedObjectToDay(tokens, i));
    if (moved) {
      classes[i] = 'future';
      for (let j = i - 1; j >= 0 && /^(?:be|been|being|was|were|had|has|have|is|are)$/i.test(tokens[j].text); j--) classes[j] = null;
    }
    aheadOnly[i] = classes[i] === 'future' && (FUTURE_AHEAD.has(t.toLowerCase()) || moved);
    strong[i] = classes[i] === 'future' && /^(?:will|'ll|shall|won't|wo|going)$/i.test(t);
    commas[i + 1] = commas[i] + (t === ',' || t === ';' || t === '--' ? 1 : 0);
    conjunctions[i + 1] = conjunctions[i] + (/^(?:and|but)$/i.test(t) ? 1 : 0);
    // "unveiled the car on Wednesday, saying deliveries would begin in autumn": the clause a participle of saying
    // reports has times of its own.
    reporting[i + 1] = reporting[i] + (/^(?:saying|adding|warning|noting|stressing|arguing|insisting)$/i.test(t) && tokens[i - 1]?.text === ',' ? 1 : 0);
    attribution[i] = /^(?:said|says|told|added|stated|noted|announced)$/i.test(t) && (tokens[i - 1]?.text === ',' || (tokens[i - 2]?.text === ',' && /^(?:he|she|they|it|we)$/i.test(tokens[i - 1]?.text ?? '')));
  }
  return (start, end) => {
    // Token index range of the expression (tokens may not align with it exactly): first token ending after `start`.
    const lo = tokenAt(tokens, start);
    const s = sentenceOf(sentences, lo);
    // Markers farther than WINDOW tokens away belong to other clauses; the bound also keeps look-ups cheap.
    const first = Math.max(s ? s.firstToken : 0, lo - WINDOW);
    const last = Math.min(s ? s.endToken : n, n, lo + WINDOW);
    const a = Math.min(lo, last);
    let b = a;
    while (b < last && tokens[b].start < end) b++;
    // The tokenizer may glue sentences together (quotes, abbreviations): stop at sentence-final punctuation anyway.
    let from = first, to = last;
    for (let i = a - 1; i >= first; i--) if (FINAL.test(tokens[i].text)) { from = i + 1; break; }
    for (let i = b; i < last; i++) if (FINAL.test(tokens[i].text)) { to = i; break; }
    for (let i = from; i < a; i++) {
      if (/^according$/i.test(tokens[i].text) && commas[a] - commas[i] === 0) return 'past';
    }
    const hadBefore = (at: number) => {
      for (let i = at - 1; i >= from && commas[at] - commas[i] === 0; i--) if (/^had$/i.test(tokens[i].text)) return true;
      return false;
    };
    // "since the Oct. 23 slaying", "since shortly after May 5": what a "since" points to lies in the past.
    for (let i = a - 1; i >= Math.max(from, a - 4) && commas[a] - commas[i] === 0; i--) {
      if (/^since$/i.test(tokens[i].text)) return 'past';
      // "extended its deadline until Tuesday", "loans through January": a limit still ahead; but a sentence opening
      // "Until Thursday, they had not …" looks back.
      // A past perfect before it closes the limit: "had sold 12,000 tickets through Sept. 29".
      // "had been delayed until Thursday" still looks ahead: only "through" closes a period.
      // A past verb of lasting right before it tells how long something went on: "Talks ran until 5 p.m. Tuesday".
      // After a span of time the word marks where a measured period ended: "prices rose in the 12 months through June".
      // A limit a past duty set is over: "Rescuers had to wait until Sunday".
      const hadTo = i > from + 2 && /^to$/i.test(tokens[i - 2].text) && /^had$/i.test(tokens[i - 3].text);
      if (/^(?:until|till|through)$/i.test(tokens[i].text) && i === a - 1 && i > from && !(/^through$/i.test(tokens[i].text) && hadBefore(i)) && !LASTED.test(tokens[i - 1].text) && !PERIOD_UNIT.test(tokens[i - 1].text) && !hadTo) return 'future';
    }
    // "The next round is on Monday", "The vote is Sunday", "The election is in March": a present copula right before a
    // date gives an event's schedule, which news tells of what is still to come (what is over takes "was"). Not "is
    // from": "The photo is from Monday" tells a source.
    const copulaAt = a - 1 >= from && /^(?:on|in|at|until|till|through)$/i.test(tokens[a - 1].text) ? a - 2 : a - 1;
    if (copulaAt >= from && /^(?:is|are)$/i.test(tokens[copulaAt].text)) return 'future';
    // "will"/"going to" earlier in the same clause governs the verbs after it ("are going to be left … this summer").
    for (let i = a - 1; i >= from && commas[a] - commas[i + 1] === 0; i--) {
      if (strong[i]) return 'future';
      if (classes[i] === 'past') break; // "will visit … and he met Kang on Monday"
    }
    let best: Tense = 'unknown';
    let bestDist = Infinity;
    for (let i = from; i < to; i++) {
      if (i >= a && i < b) continue; // inside the expression itself
      const k = classes[i];
      if (!k) continue;
      const t = tokens[i];
      const left = i < a;
      if (aheadOnly[i] && !left) continue;
      // "… is unlikely to be formed before Christmas, said Thomas Jaeger": the attribution after a comma tells when it
      // was said, not when the reported thing happens.
      if (!left && attribution[i]) continue;
      if (!left && reporting[i] - reporting[b] > 0) continue;
      const between = left ? commas[a] - commas[i + 1] : commas[i] - commas[b];
      // A marker after "and"/"but" to the right belongs to the next coordinated clause and decides only when no other
      // marker does: "entered quarantine on Thursday and will fly to Florida".
      const coordinated = !left && conjunctions[i] - conjunctions[b] > 0 ? 1e4 : 0;
      const dist = (left ? (start - t.end) * 0.9 : t.start - end) * (1 + between) * (strong[i] ? 0.5 : 1) + coordinated;
      if (dist < bestDist) {
        bestDist = dist;
        best = k;
      }
    }
    return best;
  };
}

/** Past-tense words that are not verbs: "ago", "last", "former" … */
const PAST_NOT_VERB = new Set(['ago', 'last', 'earlier', 'previously', 'former', 'yesterday']);
/** Words that may stand between a verb and the expression it governs: "took office in", "signed the accord". */
const BETWEEN_VERB_AND_DATE = /^(?:in|on|at|during|of|the|a|an|its|his|her|their|\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+|\d[\d,.]*)$/u;

/**
 * True when a past-tense verb governs the expression starting at `start` from at most three words before it, with no
 * comma, "to" or modal between: "took office in January", "was born in May", "signed the accord Dec. 21". Such a
 * date is past whatever the reference date is close to; a date further from its verb may belong to a plan reported
 * in the past ("announced an agreement to acquire the bank in January").
 */
export function pastVerbGoverns(tokens: Token[], start: number): boolean {
  const lo = tokenAt(tokens, start);
  // A day told with "on" after a phrase of place may stand farther from its verb, which stands at most three words
  // before the phrase: "gathered in the square on Christmas Day", "laid wreaths at the memorial on Sunday".
  const place = /^on$/i.test(tokens[lo - 1]?.text ?? '') ? placeBefore(tokens, lo - 1) : -1;
  const reach = place >= 0 ? Math.max(lo - place + 3, 4) : 4;
  for (let i = lo - 1; i >= 0 && i >= lo - reach; i--) {
    const w = tokens[i].text;
    // "warned of snow on Saturday": the warning does not govern what it warns of.
    if (warnsOf(tokens, i) || reportedPossibility(tokens, i)) return false;
    const k = classify(w, tokens[i + 1]?.text.toLowerCase(), tokens[i + 1]?.text, null, tokens[i - 1]?.text);
    if (k === 'past') {
      if (PAST_NOT_VERB.has(w.toLowerCase())) return false;
      // A participle takes its time from the auxiliary before it: a past one ("which was launched in May") keeps it
      // past; others do not ("has set", "will be paid", "is expected").
      // An adverb may stand between them: "is usually held in December", "was officially launched in May".
      let aux = i - 1;
      while (aux > 0 && ADVERB_BEFORE_PARTICIPLE.test(tokens[aux].text)) aux--;
      if (aux >= 0 && /^(?:was|were)$/i.test(tokens[aux].text)) return !/^planned$/i.test(w);
      // A past perfect tells of a time before a past one, never ahead: "had been blocked by a judge in August".
      if (aux >= 0 && (/^had$/i.test(tokens[aux].text) || (/^been$/i.test(tokens[aux].text) && /^had$/i.test(tokens[aux - 1]?.text ?? '')))) return !PLAN_PARTICIPLE.test(w);
      // A present perfect of an event with a time of its own is past too: "has opened 20 stores in January".
      if (aux >= 0 && /^(?:has|have)$/i.test(tokens[aux].text) && PRESENT_PERFECT_OF_EVENT(tokens, aux)) return true;
      if (aux >= 0 && (/^(?:be|been|being|is|are|am|has|have|had)$/i.test(tokens[aux].text) || BARE_VERB_BEFORE.test(tokens[aux].text))) return false;
      // "-ed" before a noun is an adjective: "preferred shares on Oct. 31"; but after a relative pronoun it is the
      // clause's verb: "The company, which reported earnings on Thursday, …".
      const next = tokens[i + 1]?.text ?? '';
      if (i > 0 && /^(?:which|who|that)$/i.test(tokens[i - 1].text)) return true;
      // A preposition of place or a particle after it makes it a verb too: "rallied outside parliament", "handed out";
      // so does the sentence's subject alone before it: "The central bank raised rates in January".
      if (subjectOpensSentence(tokens, i, (j) => classify(tokens[j].text, tokens[j + 1]?.text.toLowerCase(), tokens[j + 1]?.text, null, tokens[j - 1]?.text) !== null)) return true;
      return !(/ed$/i.test(w) && /^\p{Ll}/u.test(next) && !/^(?:in|on|at|during|of|the|a|an|its|his|her|their|out|up|down|off|away|back)$/.test(next) && !PLACE_PREPOSITION.test(next));
    }
    if (k !== null || /^(?:to|and|or|but|that|which|who|until|till|through|by|before|after|since)$/i.test(w)) break;
    if (!BETWEEN_VERB_AND_DATE.test(w)) break;
  }
  if (pastPerfectBefore(tokens, lo)) return true;
  // Past the reach, the sentence's own past verb over its object: "The bank raised its key lending rate in January".
  return pastVerbOverObject(tokens, lo, (j) => classify(tokens[j].text, tokens[j + 1]?.text.toLowerCase(), tokens[j + 1]?.text, null, tokens[j - 1]?.text));
}

/** Words that end the clause a past perfect may govern a date from: a comma, "to", a modal, a conjunction. */
const PERFECT_CLAUSE_END = /^(?:[,;:()"“”]|--|to|will|would|could|should|may|might|must|can|shall|that|which|who|and|or|but|when|while|if|until|till|before|after|since|because|as|than)$/i;
/** How many words back a past perfect may stand from the date it governs. */
const PERFECT_REACH = 8;

/**
 * True when a past perfect stands before the date in its clause: "had been blocked by a federal judge in August",
 * "had closed its last plant in June". It tells of a time before a past one, never ahead. Not past a "to", a modal or
 * a conjunction ("had planned to reopen in August", "had said it would reopen in August").
 */
function pastPerfectBefore(tokens: Token[], lo: number): boolean {
  for (let i = lo - 1; i >= 0 && i >= lo - PERFECT_REACH; i--) {
    const w = tokens[i].text;
    if (/^had$/i.test(w)) {
      // "had been scheduled for August", "had hoped for a deal in August": a plan's time may lie ahead.
      const next = tokens[i + 1]?.text ?? '';
      return !PLAN_PARTICIPLE.test(/^been$/i.test(next) ? tokens[i + 2]?.text ?? '' : next);
    }
    if (PERFECT_CLAUSE_END.test(w) || FINAL_PUNCTUATION.test(w)) return false;
  }
  return false;
}
const FINAL_PUNCTUATION = /^[.!?]$/;
const PLAN_PARTICIPLE = /^(?:planned|hoped|expected|intended|wanted|aimed|scheduled|set|due|slated|meant|supposed|forecast|projected|promised|pledged|vowed|agreed)$/i;

/** Prepositions of place, which open a phrase that may stand between a verb and a day told with "on". */
const PLACE_PREPOSITION = /^(?:in|at|across|outside|inside|near|around|along|above|over|off|on)$/i;
/**
 * The index of the preposition opening a phrase of place of one to five words right before token `on` ("in the square",
 * "at the Church of the Nativity"), or -1. No punctuation may stand within.
 */
function placeBefore(tokens: Token[], on: number): number {
  for (let j = on - 2; j >= 0 && j >= on - 6; j--) {
    if (PLACE_PREPOSITION.test(tokens[j].text)) return j;
    if (!/^[\p{L}\d'’-]+$/u.test(tokens[j].text)) return -1;
  }
  return -1;
}

/** Words opening a phrase of time or circumstance: "On Dec. 24, …", "After winning the election in January, …". */
const OPENING_WORD = /^(?:on|in|at|during|after|since|before|by|from|between|early|late|following|upon|until|till|throughout|earlier|later|last|this|shortly)$/i;

/**
 * True when the expression at [`start`, `end`) stands in a phrase that opens its sentence (from token `first`) with no
 * finite verb of its own, and the comma closing that phrase leads to a clause whose first verb, within six words, is
 * a past one: "On Dec. 24, the ship sank off the coast", "In January, exports fell", "After winning the election in
 * January, she formed a cabinet". The phrase sets the scene of a past event, so it is past however close ahead of
 * the reference its day lies (a plan told in the past keeps the verb of planning: "was scheduled", "was due").
 * So does such a phrase opening a clause reported after "that": "Officials said that in January, exports fell".
 */
export function pastVerbAfterOpening(tokens: Token[], first: number, start: number, end: number): boolean {
  if (pastVerbAfterPhrase(tokens, first, start, end)) return true;
  // A reported clause opens the same way after its "that": "Officials said that in January, exports fell".
  const that = thatBeforePhrase(tokens, tokenAt(tokens, start));
  return that !== null && that >= first && pastVerbAfterPhrase(tokens, that + 1, start, end);
}

/** The index of a "that" opening the clause whose first phrase holds token `lo` (up to two words of time before it). */
function thatBeforePhrase(tokens: Token[], lo: number): number | null {
  for (let j = lo - 1; j >= 0 && j >= lo - 3; j--) {
    if (/^that$/i.test(tokens[j].text)) return j;
    if (!OPENING_WORD.test(tokens[j].text)) return null;
  }
  return null;
}

/**
 * The index of the comma closing a phrase that opens at token `first` and holds the expression at [`start`, `end`)
 * with no finite verb of its own, or null.
 */
function commaClosingPhrase(tokens: Token[], first: number, start: number, end: number): number | null {
  // The phrase opens with the expression or a word of time; a clause whose verb no word list knows ("Cherry trees
  // usually bloom in April, but …") is no such phrase.
  if (!tokens[first] || (tokens[first].start < start && !OPENING_WORD.test(tokens[first].text))) return null;
  let i = first;
  for (; i < tokens.length && tokens[i].text !== ','; i++) {
    if (i > first + 14 || /^[.;:!?"“”()]$/.test(tokens[i].text)) return null;
    // A finite verb in the opening phrase gives it a tense of its own ("Since the ban took effect in January, …").
    if (classify(tokens[i].text, tokens[i + 1]?.text.toLowerCase(), tokens[i + 1]?.text, null, tokens[i - 1]?.text) !== null) return null;
  }
  return i >= tokens.length || tokens[i].start < end ? null : i;
}

/**
 * True when the expression at [`start`, `end`) stands in a phrase opening a clause reported after "that", whose verb,
 * within six words after the comma closing the phrase, is "will", "'ll" or "shall": "She said that on Friday, the team
 * will fly to Doha". The saying before does not pull the day back.
 */
export function willAfterReportedOpening(tokens: Token[], start: number, end: number): boolean {
  const that = thatBeforePhrase(tokens, tokenAt(tokens, start));
  const i = that === null ? null : commaClosingPhrase(tokens, that + 1, start, end);
  if (i === null) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    if (/^(?:will|'ll|’ll|shall)$/i.test(tokens[k].text)) return true;
    if (/^[,;:.!?"“”()]$/.test(tokens[k].text)) return false;
  }
  return false;
}

/** `pastVerbAfterOpening` for a phrase opening at token `first`. */
function pastVerbAfterPhrase(tokens: Token[], first: number, start: number, end: number): boolean {
  const i = commaClosingPhrase(tokens, first, start, end);
  if (i === null) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    const w = tokens[k].text;
    if (/^[,;:.!?"“”()]$/.test(w)) return false;
    const tense = classify(w, tokens[k + 1]?.text.toLowerCase(), tokens[k + 1]?.text, null, tokens[k - 1]?.text);
    if (tense === null) continue;
    // "Since taking office in January, the president has signed 200 orders": a present perfect of an event.
    if (PRESENT_PERFECT_OF_EVENT(tokens, k)) return true;
    if (tense !== 'past' || PAST_NOT_VERB.has(w.toLowerCase())) return false;
    // "On Dec. 1, the minister said, talks will resume": a saying set off by commas is no verb of the date's clause.
    if (/^(?:said|added|noted|stressed|told)$/i.test(w) && tokens[k + 1]?.text === ',') return false;
    // "was scheduled to", "were due to", "was set for": a plan, whose date may lie ahead.
    const next = tokens[k + 1]?.text.toLowerCase();
    return !(/^(?:was|were)$/i.test(w) && next !== undefined && /^(?:scheduled|due|set|expected|planned|supposed|slated|to|going|about)$/.test(next));
  }
  return false;
}

/**
 * True when "will", "'ll", "shall" or "going to" governs the expression starting at `start` from at most eight words
 * before it in the same clause, with no past verb between: "will hold the expo in Shanghai from Nov. 5". Such a date
 * lies ahead even when its month and day fell a few weeks before the reference.
 */
export function willGoverns(tokens: Token[], start: number): boolean {
  const lo = tokenAt(tokens, start);
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
    const w = tokens[i].text;
    if (/^(?:will|'ll|’ll|shall)$/i.test(w) || (/^going$/i.test(w) && tokens[i + 1]?.text.toLowerCase() === 'to')) return true;
    if (/^[,;:.!?"“”()]|--$/.test(w) || /^(?:and|but|or|that|which|who|when|after|before|since)$/i.test(w)) return false;
    if (classify(w, tokens[i + 1]?.text.toLowerCase(), tokens[i + 1]?.text, null, tokens[i - 1]?.text) === 'past' && !(i > 0 && /^(?:be|been|being)$/i.test(tokens[i - 1].text))) return false;
  }
  return false;
}

/** One-off form of {@link tenseFinder}. */
export function tenseAt(tokens: Token[], sentences: Sentence[], start: number, end: number): Tense {
  return tenseFinder(tokens, sentences)(start, end);
}
