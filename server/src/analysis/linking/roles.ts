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
]);

const TITLE_WORD = /^(?:\p{Lu}[\p{L}'-]*|of|and|the|for)$/u;

/**
 * The role phrase right before a mention (title-case words ending in a role noun), e.g. for "Chinese Foreign Minister Wang Yi"
 * → "chinese foreign minister", plus its shorter tails ("foreign minister", "minister"). Lower-cased.
 */
export function rolesBefore(text: string, tokens: Token[], mentionFirstToken: number): string[] {
  const words: string[] = [];
  for (let i = mentionFirstToken - 1; i >= 0 && words.length < 5; i--) {
    if (crossesLine(text, tokens[i], tokens[i + 1])) break;
    const t = tokens[i].text;
    if (!TITLE_WORD.test(t) && !ROLE_HEADS.has(t.toLowerCase())) break;
    words.unshift(t.toLowerCase());
  }
  // The phrase must end in a role noun right before the name.
  if (!words.length || !ROLE_HEADS.has(words[words.length - 1])) return [];
  const roles: string[] = [];
  for (let k = 0; k < words.length; k++) {
    if (['of', 'and', 'the', 'for'].includes(words[k])) continue;
    roles.push(words.slice(k).join(' '));
  }
  return roles;
}

/** Role nouns in an apposition after a mention: "Song Young-gil, the leader of the delegation and also former mayor of Incheon,". */
export function rolesAfter(text: string, tokens: Token[], mentionEndToken: number): string[] {
  if (tokens[mentionEndToken]?.text !== ',') return [];
  const roles: string[] = [];
  for (let i = mentionEndToken + 1; i < tokens.length && i < mentionEndToken + 14; i++) {
    if (crossesLine(text, tokens[i - 1], tokens[i])) break;
    const t = tokens[i].text.toLowerCase();
    if (t === ',' || t === '.' || t === ';') break;
    if (ROLE_HEADS.has(t)) roles.push(t);
  }
  return roles;
}

/** A line break between two tokens: roles never reach across a paragraph, caption or header line. */
function crossesLine(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && text.slice(a.end, b.start).includes('\n');
}

export function isRoleHead(word: string): boolean {
  return ROLE_HEADS.has(word.toLowerCase());
}
