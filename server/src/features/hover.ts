import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeDate } from '../analysis/dates/describeDate';
import type { Analysis, DateMention, Entity, Origin, Quote, ReferenceDate } from '../analysis/types';
import { rangeOf, spanAt } from '../documents/positions';
import type { ServerSettings } from '../protocol';
import { count } from '../count';
import { escapeRegExp } from '../analysis/escapeRegExp';

const TYPE_NAMES: Record<Entity['type'], string> = { person: 'Person', organization: 'Organization', location: 'Place', misc: 'Other name' };

export function originText(origin: Origin): string {
  return origin === 'user' ? 'tagged by you' : origin === 'confirmed' ? 'detected, confirmed by you' : 'detected';
}

export function referenceDateText(ref: ReferenceDate): string {
  const from: Record<ReferenceDate['source'], string> = {
    setting: 'the articleAnnotator.referenceDate setting',
    cli: 'the dct given on the command line',
    sidecar: 'the article date you set',
    header: "the article's header",
    dateline: "the article's dateline",
    caption: 'a dated photo caption',
    file: "the file's modification date",
    today: "today's date, as the article prints none",
  };
  return `${ref.value} (${from[ref.source]})`;
}

/** Hover on an entity mention, a date, a quote or a speaker. */
export function hover(document: TextDocument, analysis: Analysis, offset: number, layers: ServerSettings['layers']): Hover | null {
  const mention = layers.entities ? spanAt(analysis.mentions, offset) : undefined;
  if (mention) {
    const entity = analysis.entities[mention.entity];
    const quotes = analysis.quotes.filter((q) => q.speaker?.entity === mention.entity).length;
    const lines = [
      `**${entity.name}** — ${TYPE_NAMES[entity.type].toLowerCase()}`,
      '',
      // Only when there are some: "No other names" on most hovers was noise around the count below.
      ...(entity.aliases.length ? [`Also called: ${entity.aliases.map((a) => `“${a}”`).join(', ')}`, ''] : []),
      `${count(entity.mentions.length, 'mention')} in this article · this one ${originText(mention.origin)}` +
        (quotes ? ` · speaker of ${count(quotes, 'quote')}` : ''),
    ];
    // "chinese foreign minister" says what "foreign minister" and "minister" say: show the longest forms only.
    const roles = entity.roles.filter((r) => !entity.roles.some((o) => o !== r && o.endsWith(` ${r}`)));
    if (roles.length) lines.push('', `Roles: ${roles.slice(0, 4).map((r) => asPrinted(document.getText(), r)).join('; ')}`);
    return { contents: { kind: 'markdown', value: lines.join('\n') }, range: rangeOf(document, mention) };
  }
  const date = layers.dates ? spanAt(analysis.dates, offset) : undefined;
  if (date) return { contents: { kind: 'markdown', value: dateHover(date, analysis.referenceDate) }, range: rangeOf(document, date) };
  const speakerOf = layers.quotes ? analysis.quotes.find((q) => q.speaker && q.speaker.start <= offset && offset <= q.speaker.end) : undefined;
  if (speakerOf?.speaker) {
    const n = analysis.quotes.filter((q) => q.speaker?.name === speakerOf.speaker!.name).length;
    return {
      contents: { kind: 'markdown', value: `**${speakerOf.speaker.name}** — speaker (“${speakerOf.speaker.text}” here)\n\n${count(n, 'quote')} in this article` },
      range: rangeOf(document, speakerOf.speaker),
    };
  }
  const quote = layers.quotes ? spanAt(analysis.quotes, offset) : undefined;
  if (quote) return { contents: { kind: 'markdown', value: quoteHover(document, analysis, quote) }, range: rangeOf(document, quote) };
  return null;
}

/**
 * A role as the article prints it ("Chinese Foreign Minister"): the analysis keeps roles in lower case to compare
 * them, and "chinese foreign minister" in a hover reads as a misspelling of the article.
 */
export function asPrinted(text: string, role: string): string {
  const escaped = escapeRegExp(role).replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(text)?.[0].replace(/\s+/g, ' ') ?? role;
}

/**
 * Whether a date was placed on the calendar by the reference date ("Wednesday" → 2017-01-04). A vague one ("recently":
 * PAST_REF) depends on no day, so neither its hover nor an inlay hint may say it was resolved against one.
 */
export function resolvedAgainstReference(date: DateMention): boolean {
  return date.relative && /^\d/.test(date.value);
}

function dateHover(date: DateMention, ref: ReferenceDate): string {
  // Headed like an entity's hover ("**Wang Yi** — person"): what it is in words, then its kind and value.
  const lines = [`**${describeDate(date.value, date.type)}** — ${date.type} · \`${date.value}\``, '', `“${date.text}” · ${originText(date.origin)}`];
  if (resolvedAgainstReference(date)) {
    lines.push('', `Resolved against ${referenceDateText(ref)}`);
    // A file's date or today's is a guess: say how to give the article its own.
    if (ref.source === 'file' || ref.source === 'today') lines.push('', 'If the article was written on another day, run **Article Annotator: Set Article Date…**');
  }
  return lines.join('\n');
}

function quoteHover(document: TextDocument, analysis: Analysis, quote: Quote): string {
  const words = quote.text.split(/\s+/).length;
  if (!quote.speaker) return `**Quote** · ${count(words, 'word')} · speaker unknown · ${originText(quote.origin)}`;
  const s = quote.speaker;
  const at = document.positionAt(s.start);
  const link = `${document.uri}#L${at.line + 1},${at.character + 1}`;
  const entity = s.entity !== null ? analysis.entities[s.entity] : undefined;
  const named = entity ? analysis.mentions[entity.definition] : undefined;
  const namedAt = named ? document.positionAt(named.start) : undefined;
  const lines = [
    `**Quote** by **${s.name}** · ${count(words, 'word')} · ${originText(quote.origin)}`,
    '',
    `Attributed here to [“${s.text}”](${link}) (line ${at.line + 1})` + (s.entity === null ? ' — not resolved to a named entity' : ''),
  ];
  if (named && namedAt && (named.start !== s.start || named.end !== s.end))
    lines.push('', `${s.name} is named at [line ${namedAt.line + 1}](${document.uri}#L${namedAt.line + 1},${namedAt.character + 1})`);
  return lines.join('\n');
}
