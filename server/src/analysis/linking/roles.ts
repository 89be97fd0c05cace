import type { Token } from '../types';

/**
 * Role nouns that stand before a person's name or in an apposition after it ("Foreign Minister Wang Yi",
 * "Song Young-gil, the leader of the delegation"). General English news vocabulary.
 */
const ROLE_HEADS = new Set([
  'minister', 'president', 'premier', 'chancellor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'leader', 'mayor', 'governor', 'senator', 'ambassador', 'envoy', 'chairman', 'chairwoman', 'chair', 'director', 'chief',
  'executive', 'ceo', 'general', 'commander', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'counterpart',
  'lawmaker', 'legislator', 'representative', 'congressman', 'congresswoman', 'candidate', 'nominee', 'judge', 'justice',
  'prosecutor', 'attorney', 'lawyer', 'coach', 'manager', 'captain', 'founder', 'analyst', 'professor', 'economist',
  'diplomat', 'vice', 'deputy', 'head', 'speaker', 'mp', 'adviser', 'advisor', 'aide', 'officer', 'sheriff', 'chief',
  // heads of agencies and commissions ("NASA Administrator", "EU Trade Commissioner"), of universities, and military ranks
  'administrator', 'commissioner', 'commissar', 'ombudsman', 'dean', 'rector', 'provost', 'treasurer', 'inspector',
  'cfo', 'cto', 'coo', 'admiral', 'colonel', 'marshal', 'consul', 'negotiator', 'delegate',
  // occupations news writes before a name ("Olympic champion Su Bingtian", "Argentina striker Lionel Messi")
  'scientist', 'researcher', 'scholar', 'astronaut', 'journalist', 'correspondent', 'editor', 'author', 'writer',
  'singer', 'actor', 'actress', 'artist', 'star', 'champion', 'striker', 'midfielder', 'goalkeeper', 'skipper', 'player',
  'expert', 'fellow',
]);

/** A title-case word of a role phrase: "Foreign", "UN", "U.S.", "Secretary-General", or a linking word. */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}'-]*|\p{Lu}(?:\.\p{Lu})+\.?|of|and|the|for)$/u;
const LINK_WORDS = new Set(['of', 'and', 'the', 'for']);

/**
 * Whether a word is a role noun, hyphenated titles included: "Secretary-General", "Director-General",
 * "Attorney-General", "Vice-President", "co-founder" hold a role noun among their parts.
 */
function isRoleWord(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_HEADS.has(w) || (w.includes('-') && w.split('-').some((p) => ROLE_HEADS.has(p)));
}

/**
 * The role phrase right before a mention (title-case words ending in a role noun, or in a role noun and the
 * "of" phrase of its domain: "Secretary of State", "Minister of Foreign Affairs"), e.g. for "Chinese Foreign Minister
 * Wang Yi" → "chinese foreign minister", plus its shorter tails ("foreign minister", "minister"); for "U.S. Secretary
 * of State Antony Blinken" → "u.s. secretary of state", "secretary of state" and the role noun alone, "secretary".
 * Then the apposition before a name, "China's permanent representative to the UN, Fu Cong". Lower-cased. The
 * phrase never reaches back past `floor`, the token after the person named before ("Tencent chairman Ma Huateng and
 * Alibaba co-founder Jack Ma": Jack Ma's role is "alibaba co-founder").
 */
export function rolesBefore(text: string, tokens: Token[], mentionFirstToken: number, floor = 0): string[] {
  const words: string[] = [];
  for (let i = mentionFirstToken - 1; i >= floor && words.length < 6; i--) {
    if (crossesLine(text, tokens[i], tokens[i + 1])) break;
    const t = tokens[i].text;
    if (!TITLE_WORD.test(t) && !isRoleWord(t)) break;
    words.unshift(t.toLowerCase());
  }
  const head = roleHeadAt(words);
  if (head < 0) return rolesInApposition(text, tokens, mentionFirstToken);
  const roles: string[] = [];
  const owner = ownerBefore(text, tokens, mentionFirstToken - words.length, floor);
  if (owner) roles.push(`${owner} ${words.join(' ')}`);
  for (let k = 0; k <= head; k++) {
    if (LINK_WORDS.has(words[k])) continue;
    roles.push(words.slice(k).join(' '));
  }
  if (head < words.length - 1) roles.push(words[head]);
  return roles;
}

/**
 * The owner in the possessive right before a title that starts at token `i`: "Iran's | Foreign Minister Abbas
 * Araghchi" → "iran's", so the role names the country as "the Iranian foreign minister" needs. One or two
 * capitalized words before "'s"; null if none.
 */
function ownerBefore(text: string, tokens: Token[], i: number, floor: number): string | null {
  const s = tokens[i - 1];
  if (!s || i - 1 <= floor || !/^['’]s$/.test(s.text) || crossesLine(text, s, tokens[i])) return null;
  let j = i - 2;
  while (j > floor && j >= i - 3 && /^\p{Lu}/u.test(tokens[j - 1].text) && tokens[j - 1].end + 1 === tokens[j].start) j--;
  if (!/^\p{Lu}/u.test(tokens[j].text)) return null;
  return `${tokens.slice(j, i - 1).map((t) => t.text.toLowerCase()).join(' ')}${s.text}`;
}

/**
 * Where the role noun of a title-case phrase is: its last word, or the word before an "of" phrase of one to three
 * capitalized words that ends it ("secretary of state"). -1 when the phrase holds no role.
 */
function roleHeadAt(words: string[]): number {
  const last = words.length - 1;
  if (last < 0) return -1;
  if (isRoleWord(words[last])) return last;
  const of = words.lastIndexOf('of');
  if (of < 1 || last - of > 3 || !isRoleWord(words[of - 1])) return -1;
  return words.slice(of + 1).every((w) => !LINK_WORDS.has(w) || w === 'the') ? of - 1 : -1;
}

/** What may open a sentence-initial apposition before a name: a determiner or an owner in the possessive. */
const APPOSITION_OPENER = /^(?:the|a|an|its|his|her|their)$/i;
/** Speech verbs after which a name with its apposition may follow ("said China's envoy to the UN, Fu Cong"). */
const SPEECH_VERB = /^(?:said|says|added|noted|stressed|told|wrote)$/i;

/**
 * The role of a noun phrase set off by a comma right before a name at the start of a clause (or written straight
 * before it, when its complement is a name: "China's envoy to the EU Cai Run"): "China's permanent
 * representative to the UN, Fu Cong, said …" → "china's permanent representative to the un", "permanent
 * representative to the un", "permanent representative", "representative". The phrase must open the sentence (or
 * follow a speech verb), begin with a determiner or an owner in the possessive, and hold a role noun among its first
 * words; anything else before a comma ("After meeting the president, Fu Cong …") is a clause, not a title.
 */
function rolesInApposition(text: string, tokens: Token[], mentionFirstToken: number): string[] {
  // set off by a comma, or written straight before the name ("China's ambassador to the US Xie Feng said …")
  const bare = tokens[mentionFirstToken - 1]?.text !== ',';
  const comma = bare ? mentionFirstToken : mentionFirstToken - 1;
  let start = comma;
  while (start > 0 && comma - start < 10) {
    const prev = tokens[start - 1];
    if (crossesLine(text, prev, tokens[start]) || /^[.,;:!?"“”()]$/.test(prev.text) || SPEECH_VERB.test(prev.text)) break;
    start--;
  }
  if (start === comma || !(opensClause(text, tokens, start) || (bare && tokens[start - 1]?.text === ','))) return [];
  return titleRoles(tokens.slice(start, comma).map((t) => t.text), bare ? 'required' : 'any');
}

/** What opens a title's prepositional complement: "to the UN", "of State". */
const COMPLEMENT = /^(?:to|of|at|for|in)$/i;
/** A name in initials: "U.S.", "U.K.". */
const INITIALS = /^\p{Lu}(?:\.\p{Lu})+\.?$/u;

/**
 * The roles of a title phrase (words of one apposition): an owner in the possessive or a determiner (or title-case
 * words), adjectives, the role noun, then at most a prepositional complement. `complement` says what the complement
 * must be: 'any', 'named' (if present, "to" + "the" and capitalized words: "to the UN") or 'required' (named, and
 * present).
 */
function titleRoles(words: string[], complement: 'any' | 'named' | 'required'): string[] {
  // the owner: "China's", "the ministry's"; or a determiner
  let k = 0;
  const possessive = words.findIndex((w) => /^['’]s$/.test(w));
  if (possessive > 0 && possessive <= 3 && words.slice(0, possessive).every((w) => /^\p{Lu}/u.test(w) || APPOSITION_OPENER.test(w))) k = possessive + 1;
  else if (APPOSITION_OPENER.test(words[0] ?? '')) k = 1;
  else if (!/^\p{Lu}/u.test(words[0] ?? '')) return [];
  // adjectives, then the role noun, then at most a prepositional complement ("to the UN", "of the commission"); the
  // noun is the last role word before the complement, so a role word used as a modifier stays in the title ("vice
  // foreign minister", "chief executive"), and so do an owner written in initials ("the U.S. Secretary of State") and
  // a "general" written after the noun ("consul general")
  let head = -1;
  for (let i = k; i < words.length && i < k + 4; i++) {
    if (head >= 0 && (COMPLEMENT.test(words[i]) || (i === head + 1 && /^general$/i.test(words[i])))) break;
    if (isRoleWord(words[i])) { head = i; continue; }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(words[i]) && !/^\p{Lu}[\p{L}-]*$/u.test(words[i]) && !INITIALS.test(words[i])) return [];
  }
  if (head < 0) return [];
  const end = /^general$/i.test(words[head + 1] ?? '') ? head + 2 : head + 1;
  if (end < words.length && !COMPLEMENT.test(words[end])) return [];
  // (a title with no determiner nor owner opens with title-case words: "Chinese Ambassador to the UN", "Former Pakistani
  // ambassador to China"; not "Meeting the envoy …")
  if (k === 0 && !words.slice(0, head).every((w) => /^\p{Lu}/u.test(w))) return [];
  // without a comma, the complement must be a name ("to the United States"), so the name that follows is the title's
  // holder and not the end of a longer clause ("the ambassador to the talks …")
  if (complement === 'required' && end >= words.length) return [];
  if (complement !== 'any' && !words.slice(end + 1).every((w, j) => /^\p{Lu}/u.test(w) || (j === 0 && w === 'the') || /^(?:of|and)$/.test(w))) return [];
  const lower = words.map((w) => w.toLowerCase());
  const phrase = (from: number, to: number) => lower.slice(from, to).join(' ').replace(/ (['’]s)\b/g, '$1');
  const roles = new Set<string>();
  if (k > 0 && possessive > 0) roles.add(phrase(0, words.length));
  for (let i = k; i <= head; i++) {
    if (end < words.length) roles.add(phrase(i, words.length));
    roles.add(phrase(i, end));
  }
  return [...roles];
}

/**
 * Role nouns in an apposition after a mention, and runs of them ("vice president"): "Song Young-gil, the leader of the
 * delegation and also former mayor of Incheon,".
 */
export function rolesAfter(text: string, tokens: Token[], mentionEndToken: number): string[] {
  if (tokens[mentionEndToken]?.text !== ',') return [];
  const roles: string[] = [];
  // the whole apposition as a title when it is one with a named complement: "Fu Cong, China's permanent representative
  // to the UN, said …"
  const words: string[] = [];
  for (let i = mentionEndToken + 1; i < tokens.length && words.length <= 10 && !/^[,.;:!?"“”()]$/.test(tokens[i].text); i++) {
    if (crossesLine(text, tokens[i - 1], tokens[i])) break;
    words.push(tokens[i].text);
  }
  if (words.length <= 10) roles.push(...titleRoles(words, 'named'));
  let run: string[] = [];
  for (let i = mentionEndToken + 1; i < tokens.length && i < mentionEndToken + 14; i++) {
    if (crossesLine(text, tokens[i - 1], tokens[i])) break;
    const t = tokens[i].text.toLowerCase();
    if (t === ',' || t === '.' || t === ';') break;
    if (ROLE_HEADS.has(t)) {
      // "vice" only modifies a title ("vice president"), and is no role alone
      if (t !== 'vice') roles.push(t);
      run.push(t);
      // a run of role nouns is one title as well: "vice president", "deputy chief"
      if (run.length > 1) roles.push(run.join(' '));
    } else run = [];
  }
  return roles;
}

/** Whether token `i` opens a sentence, a line or a quotation, or follows a speech verb. */
function opensClause(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || crossesLine(text, prev, tokens[i]) || /^[.!?"“]$/.test(prev.text) || SPEECH_VERB.test(prev.text);
}

/** A line break between two tokens: roles never reach across a paragraph, caption or header line. */
function crossesLine(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && text.slice(a.end, b.start).includes('\n');
}

export function isRoleHead(word: string): boolean {
  return ROLE_HEADS.has(word.toLowerCase());
}
