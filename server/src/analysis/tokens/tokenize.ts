import type { Sentence, Token } from '../types';
import { splitSentences } from './splitSentences';

/**
 * Splits text into word tokens and sentences. Offsets are relative to `text`.
 * Tokens follow the CoNLL-2003 (Penn-like) conventions: punctuation is its own token, the possessive `'s` and
 * contractions (`n't`, `'re`, …) are split off, hyphenated words, numbers with separators (`1,000`, `6-4`,
 * `1996-08-22`), abbreviations with inner dots (`U.S.`, `a.m.`), known abbreviations (`Jan.`, `Corp.`), initials
 * (`J. Smith`), web domains (`JD.com`, `www.cgtn.com`) and currency prefixes (`US$`) stay whole. A capitalized word joined to a participle-like
 * modifier (`US-led`, `Beijing-based`) is split into the name, the hyphen and the modifier.
 * Never throws; linear time.
 */

/** Abbreviations that take their period whenever a word or number follows. */
const ABBREVIATIONS =
  'Mr|Mrs|Ms|Messrs|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Rev|Hon|Pres|Supt|Insp|Fr|' +
  'Jan|Feb|Apr|Aug|Sep|Sept|Oct|Nov|Dec|Tues|Thur|Thurs|' +
  'St|Ste|Mt|Ft|Ave|Blvd|Jr|Sr|Inc|Corp|Ltd|Bros|Dept|Univ|Assn|vs|etc|approx|' +
  'Ariz|Calif|Colo|Conn|Fla|Mich|Minn|Mont|Neb|Nev|Okla|Tenn|Tex|Wis|Wyo';
/** Abbreviations that are also words: they take their period only before a lower-case word, a number or a comma. */
const AMBIGUOUS_ABBREVIATIONS =
  'Mar|Jun|Jul|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Rd|Co|Cos|Plc|No|Nos|Ala|Ark|Del|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Miss|Mo|Ore|Pa|Penn|Va|Vt|Wash';

const WORD = String.raw`[\p{L}\p{M}\p{N}]`;
/** One alphanumeric run, with `.,:/` allowed only between digits (1,000 / 1.5 / 10:30 / 1/2). */
const CORE = String.raw`(?:\d+(?:[.,:/]\d+)+|${WORD}+?(?=n't\b)|${WORD}+)`;
/**
 * Cores joined by hyphens, `&` between capitals (S&P), or an apostrophe that does not start a clitic (O'Brien). A hyphen
 * never joins an abbreviation with inner dots, which stands alone as in "U.S.-China": "a 700-million-U.S.-dollar deal".
 */
const COMPOUND = String.raw`${CORE}(?:(?:-+(?!(?:\p{L}{1,3}\.){2,})|(?<=\p{Lu})&(?=\p{Lu})|['’](?!(?:[sS]|re|RE|ve|VE|ll|LL|[dD]|[mM]|[tT])\b))${CORE})*`;

const TOKEN_RE = new RegExp(
  [
    String.raw`https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'’]`, // URLs
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`, // e-mail addresses
    String.raw`(?:\p{L}{1,3}\.){2,}`, // U.S. U.N. a.m. F.C. N.J.
    String.raw`\b(?:${ABBREVIATIONS})\.(?=\s*[\p{L}\p{N},(])`, // Jan. 5 / Corp. / Mr. Smith
    String.raw`\b(?:${AMBIGUOUS_ABBREVIATIONS})\.(?=\s*[\p{Ll}\p{N},(])`, // Co., No. 1
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`, // initials: J. Smith
    String.raw`(?<=^|\n)\d{1,3}\.(?=[ \t])`, // list numbers at a line start: "1. Smith"
    String.raw`(?:[A-Z]{1,3})?\$`, // US$ HK$ C$ $
    String.raw`(?<![\p{L}\p{N}])[.+-]\d+(?:[.,]\d+)*`, // .500 +44 -3
    String.raw`n't\b|N'T\b|['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\b`, // clitics
    // "China-U.S.": a word before a hyphen and an abbreviation with inner dots stands alone, as in "U.S.-China".
    String.raw`${CORE}(?=-(?:\p{L}{1,3}\.){2,})`,
    COMPOUND,
    String.raw`\.{2,}|-{2,}|\*+|=+|_+`,
    String.raw`[^\s]`,
  ].join('|'),
  'gu',
);

/** Modifiers that follow a name with a hyphen: the name is the entity, the modifier is not ("US-led"). */
const NAME_MODIFIER =
  /^(.*\p{Lu}.*?)(-)(led|based|backed|born|controlled|ruled|sponsored|dominated|held|brokered|registered|mediated|run|owned|funded|made|style|bound|speaking|era|wide|built|listed|allied|friendly|educated|trained|linked|bred|occupied|supported|affiliated|related|headquartered|produced|organized|organised|centred|centered|focused|inspired|leaning|oriented|proposed|drafted|designed|developed|imposed|hosted|initiated|appointed|installed|operated|specific)$/u;

export function tokenize(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  if (typeof text !== 'string' || text.length === 0) return { tokens, sentences: [] };
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    const s = m[0];
    if (s.length === 0) {
      TOKEN_RE.lastIndex++;
      continue;
    }
    if (s.length > 4 && s.includes('-')) {
      const split = NAME_MODIFIER.exec(s);
      if (split) {
        const a = split[1].length;
        tokens.push({ start, end: start + a, text: split[1] });
        tokens.push({ start: start + a, end: start + a + 1, text: '-' });
        tokens.push({ start: start + a + 1, end: start + s.length, text: split[3] });
        continue;
      }
    }
    // "JD.com", "www.cgtn.com": a word, a full stop and a top-level domain, with no space between, are one token.
    if (TLD.test(s) && joinsDomain(tokens, start)) {
      let from = start;
      while (joinsDomain(tokens, from)) {
        tokens.pop();
        from = tokens.pop()!.start;
      }
      tokens.push({ start: from, end: start + s.length, text: text.slice(from, start + s.length) });
      continue;
    }
    tokens.push({ start, end: start + s.length, text: s });
  }
  return { tokens, sentences: splitSentences(text, tokens) };
}

const TLD = /^(?:com|org|net|gov|edu|int|cn|io)$/;
const DOMAIN_PART = /^[\p{L}\p{N}][\p{L}\p{N}.-]*$/u;

/** Whether the last two tokens are a domain part and a full stop that run up to `start` with no space. */
function joinsDomain(tokens: Token[], start: number): boolean {
  const dot = tokens[tokens.length - 1], name = tokens[tokens.length - 2];
  return !!dot && !!name && dot.text === '.' && dot.end === start && name.end === dot.start && DOMAIN_PART.test(name.text);
}
