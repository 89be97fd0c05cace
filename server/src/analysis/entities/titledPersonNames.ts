import { escapeRegExp } from '../escapeRegExp';

/**
 * Whether the article writes a full name with a person's post or title: right before it ("SoftBank chief executive
 * Masayoshi Son", "billionaire Masayoshi Son", "Mr Son") or after it and a comma ("Masayoshi Son, the founder of
 * SoftBank", "Masayoshi Son, chief executive of …"). Firms hold no such posts, so a name written so is a person's,
 * whatever else the sentence around another of its mentions suggests. Pure.
 */
const POST = String.raw`(?:founder|co-founder|chairman|chairwoman|CEO|chief executive|chief executive officer|president|boss|billionaire|entrepreneur|tycoon)`;
/** Titles only a person takes, before the name. */
const TITLE = String.raw`(?:${POST}|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir)`;

export function titledPersonName(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  const before = new RegExp(String.raw`\b${TITLE} ${n}(?![\p{L}\p{N}])`, 'u');
  const after = new RegExp(String.raw`(?<![\p{L}\p{N}])${n}, (?:the |a |its |his |her )?(?:\p{L}+[ -]){0,2}?${POST}\b`, 'u');
  return before.test(text) || after.test(text);
}
