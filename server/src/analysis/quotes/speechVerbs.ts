/**
 * Verbs that attribute speech or writing in news English, in all the forms that report a quotation.
 * Plain general English, written by hand: say, tell, add, stress, note, warn, insist, … and their inflections.
 */
const REGULAR = [
  'add', 'note', 'stress', 'warn', 'insist', 'explain', 'argue', 'claim', 'tweet', 'ask', 'reply', 'respond', 'continue',
  'declare', 'state', 'announce', 'recall', 'remark', 'observe', 'acknowledge', 'admit', 'concede', 'suggest', 'emphasize',
  'emphasise', 'complain', 'joke', 'quip', 'predict', 'conclude', 'urge', 'call', 'describe', 'testify', 'assert', 'contend',
  'maintain', 'counter', 'wonder', 'shout', 'yell', 'exclaim', 'whisper', 'mutter', 'boast', 'promise', 'vow', 'pledge',
  'recount', 'report', 'reiterate', 'confirm', 'caution', 'charge', 'scoff', 'lament', 'agree', 'repeat', 'proclaim',
  'point', 'underline', 'underscore', 'allege', 'demand', 'plead', 'chant', 'post', 'post', 'blast', 'mock', 'criticize',
  'praise', 'recommend', 'propose', 'affirm', 'comment', 'interject', 'retort', 'echo', 'opine', 'posit', 'muse', 'sigh',
  'laugh', 'snap', 'label', 'dub', 'term', 'refer', 'pronounce', 'announce', 'mention', 'quote', 'cite', 'question', 'inform',
  'assure', 'reassure', 'advise', 'brag', 'scream', 'thunder', 'rail', 'gush', 'object', 'remind', 'deny', 'reply', 'cry',
  'signal', 'predict', 'estimate', 'hint', 'indicate', 'tout', 'decry', 'denounce', 'condemn', 'attack', 'slam', 'accuse',
  'summarize', 'characterize', 'answer', 'bark', 'holler', 'snarl', 'grumble', 'marvel', 'relate', 'preach', 'lecture', 'pray', 'recite', 'insist', 'share', 'reveal', 'disclose', 'acknowledge', 'concur', 'chide', 'muse', 'fume', 'surmise',
];
const IRREGULAR = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote', 'written', 'writing',
  'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'put', 'puts', 'putting', 'read', 'reads', 'reading', 'sing', 'sings', 'sang', 'singing',
  'swear', 'swore', 'sworn', 'labelled', 'labelling', 'branded', 'tweeted', 'retweeted', 'texted', 'emailed', 'e-mailed', 'wrote', 'declared',
];

function inflect(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const y = base.endsWith('y') && !/[aeiou]y$/.test(base);
  const third = y ? base.slice(0, -1) + 'ies' : /(?:s|sh|ch|x|z)$/.test(base) ? base + 'es' : base + 's';
  const past = y ? base.slice(0, -1) + 'ied' : base.endsWith('e') ? base + 'd' : /^(?:quip|snap|dub|refer|chat|plan|stop|admit|object)$/.test(base) && !base.endsWith('ect') ? base + base.slice(-1) + 'ed' : base + 'ed';
  const ing = /^(?:quip|snap|dub|refer|admit)$/.test(base) ? base + base.slice(-1) + 'ing' : stem + 'ing';
  return [base, third, past, ing];
}

export const SPEECH_VERBS: ReadonlySet<string> = new Set([...REGULAR.flatMap(inflect), ...IRREGULAR]);

/** Verbs that put their subject after them right after a quotation ("…," said Wang / added the minister). */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(
  ['say', 'add', 'note', 'report', 'continue', 'explain', 'ask', 'reply', 'respond', 'write', 'declare', 'insist', 'warn', 'recall', 'argue', 'quip', 'conclude', 'stress', 'tweet', 'state', 'observe', 'counter', 'remark', 'exclaim', 'concede', 'acknowledge', 'tell', 'cry', 'shout', 'joke', 'emphasize', 'read']
    .flatMap((b) => (b === 'say' ? ['said', 'says'] : b === 'write' ? ['wrote', 'writes'] : b === 'tell' ? ['told'] : b === 'read' ? ['read', 'reads'] : inflect(b).slice(1, 3))),
);

/** The finite forms ("said", "stresses", "told"): a noun phrase never runs over one of these. */
export const FINITE_SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...REGULAR.flatMap((b) => inflect(b).slice(1, 3)),
  ...IRREGULAR.filter((w) => !/ing$/.test(w) && !/^(?:say|tell|write|speak|put|read|sing|swear|written|spoken|sworn|puts|reads)$/.test(w)),
]);

/** The bare forms ("call", "comment", "report"), which are nouns as often as verbs. */
export const BASE_FORMS: ReadonlySet<string> = new Set([...REGULAR, 'say', 'tell', 'write', 'speak', 'sing', 'swear']);

export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word.toLowerCase());
}
