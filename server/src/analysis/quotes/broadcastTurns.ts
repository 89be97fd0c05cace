/**
 * TV transcripts: the broadcast's own voices ("Anchor: …", "REPORTER: …", "CGTN reporter Li Wei: …") narrate, and
 * between their turns the people on camera speak under labels of their own ("Wang Hua, shop owner: …", "Wang Yi,
 * Chinese Foreign Minister: …"). The narration is the reporter's; the other turns are the speech of those they name.
 */
import type { Block, Span, Token } from '../types';
import { firstAfter } from './paragraphView';
import { labelColon } from './speakerLabel';

/** The broadcast's own voices, in any case: "Anchor", "REPORTER", "correspondent", "Voice-over", a panel's "Moderator". */
const BROADCAST_ROLE = /^(?:anchors?|reporters?|correspondents?|hosts?|presenters?|moderators?|narrators?|announcers?|interviewers?|voice-?over|narration)$/i;
/** How many words a broadcast label may hold: "CGTN senior correspondent Li Wei". */
const MAX_WORDS = 6;

/**
 * Whether a paragraph opens with the label of a broadcast's own voice: words and a colon, one of them a broadcast
 * role, the others capitalized (the outlet before it, a name after it): "Anchor:", "REPORTER:", "CGTN reporter Li
 * Wei:", "Reuters correspondent Jane Doe:". Not "Our reporter found that: …", whose other words are lower-case.
 */
export function opensBroadcastTurn(tokens: Token[], block: Span): boolean {
  const lo = firstAfter(tokens, block.start);
  let role = false;
  for (let k = lo; k < tokens.length && k <= lo + MAX_WORDS && tokens[k].end <= block.end; k++) {
    const w = tokens[k].text;
    if (w === ':') return role && k > lo;
    if (BROADCAST_ROLE.test(w)) role = true;
    else if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(w) && !/^(?:senior|chief|special|field|our)$/.test(w)) return false;
  }
  return false;
}

/**
 * Whether paragraph `b` stands in a TV transcript: among the labelled paragraphs running on around it (over
 * captions, up to the first paragraph without a label) one is a broadcast turn. A run of speaker labels alone may be
 * datelines or topics ("Beijing: …"); the reporter's turns show them to be a transcript's.
 */
export function inBroadcast(blocks: Block[], tokens: Token[], b: number): boolean {
  const labelled = (p: number) => labelColon(tokens, blocks[p]) >= 0 || opensBroadcastTurn(tokens, blocks[p]);
  for (const step of [-1, 1]) {
    for (let p = b + step; p >= 0 && p < blocks.length; p += step) {
      if (blocks[p].kind !== 'paragraph') {
        if (blocks[p].kind === 'caption' || blocks[p].kind === 'fragment') continue;
        break;
      }
      if (opensBroadcastTurn(tokens, blocks[p])) return true;
      if (!labelled(p)) break;
    }
  }
  return false;
}
