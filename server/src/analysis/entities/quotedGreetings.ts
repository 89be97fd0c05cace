import type { RawMention } from '../types';
import { escapeRegExp } from '../escapeRegExp';

/**
 * A greeting, a thanks or an interjection in another language opening a quotation ('"Ça va bien," said …', '"Grazie
 * mille," the pope told …', '"Danke schön," …') is capitalized only for opening what is said, and a tagger of English
 * news reads its unknown capitalized word as a name. A detected mention that starts right after an opening quotation
 * mark, inside such a phrase (its first words from the list below, as written there, then any lower-case words up to
 * punctuation), is dropped; one that runs on past the phrase keeps what follows it ('"Gracias Argentina!"' →
 * "Argentina"). Phrases whose first word also opens names are listed whole ("Buenos días", not "Buenos": "Buenos
 * Aires"). Mentions a person tagged or confirmed stay. Pure.
 */
const GREETINGS = [
  'Ça va', 'Ca va', 'Bonjour', 'Bonsoir', 'Merci', 'Au revoir', 'Bienvenue', 'Allez', 'Voilà', 'Mon Dieu', "C'est la vie", 'Santé',
  'Hola', 'Gracias', 'Buenos días', 'Buenas tardes', 'Buenas noches', 'Bienvenidos', 'Adiós', 'Hasta la vista', 'Hasta luego', 'Vamos', 'Olé', 'Salud',
  'Obrigado', 'Obrigada', 'Olá', 'Bom dia', 'Boa tarde', 'Boa noite',
  'Grazie', 'Ciao', 'Buongiorno', 'Buonasera', 'Prego', 'Benvenuti', 'Mamma mia',
  'Danke', 'Guten Morgen', 'Guten Tag', 'Guten Abend', 'Willkommen', 'Tschüss', 'Prost', 'Wunderbar',
  'Inshallah', 'Insha Allah', 'Mashallah', 'Alhamdulillah', 'Salaam', 'Salam', 'Shukran', 'Yalla', 'Habibi', 'Shalom', 'Toda',
  'Ni hao', 'Nihao', 'Xie xie', 'Xiexie', 'Zaijian', 'Jiayou', 'Konnichiwa', 'Arigato', 'Arigatou', 'Sayonara', 'Kampai', 'Kanpai',
  'Annyeong', 'Namaste', 'Spasibo', 'Privet', 'Dziękuję', 'Dank je', 'Tak', 'Asante', 'Jambo', 'Mabuhay', 'Salamat',
];
/** A listed phrase, then lower-case words up to punctuation: the whole foreign phrase. */
const PHRASE = new RegExp(String.raw`^(?:${GREETINGS.map(escapeRegExp).join('|')})(?![\p{L}'’])(?:\s+\p{Ll}[\p{L}'’-]*)*`, 'u');
const OPENING_QUOTE = /["“‘«„]\s?$/;

export function quotedGreetings(text: string, mentions: RawMention[]): RawMention[] {
  let out: RawMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.origin !== 'detected') continue;
    const quoteAt = phraseStart(text, m.start);
    if (quoteAt < 0) continue;
    const phrase = PHRASE.exec(text.slice(quoteAt, quoteAt + 60));
    if (!phrase) continue;
    out ??= mentions.slice();
    const rest = /^[\s,!.-]*/.exec(text.slice(quoteAt + phrase[0].length, m.end))![0].length + quoteAt + phrase[0].length;
    out[i] = m.end <= quoteAt + phrase[0].length || rest >= m.end ? { ...m, end: m.start } : { ...m, start: rest };
  }
  return out ? out.filter((m) => m.end > m.start) : mentions;
}

/** Where the phrase that `start` lies in opens: right after an opening quotation mark, at `start` or a few words before; -1 if none. */
function phraseStart(text: string, start: number): number {
  if (OPENING_QUOTE.test(text.slice(Math.max(0, start - 2), start))) return start;
  const before = /["“‘«„]\s?(?:[\p{L}'’-]+\s+){1,3}$/u.exec(text.slice(Math.max(0, start - 40), start));
  return before ? start - before[0].length + before[0].search(/[\p{L}]/u) : -1;
}
