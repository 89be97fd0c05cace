import type { DateMention, RawMention, Sentence, Token } from '../../types';
import type { BlockComponent, DocComponent } from '../component';
import type { BlockDraft, PipelineContext } from '../draft';
import { checkBlockRequirements } from '../pipeline';

/**
 * Runs the block components on every block (line) of the article and joins their results with absolute offsets.
 * Each block's result is memoised by its text, the reference date and the date anchor the blocks before it left, so an
 * edit re-analyses only the blocks it touched.
 * The header's JSON tag list is not prose and is skipped.
 */
export function blocksComponent(components: BlockComponent[]): DocComponent {
  checkBlockRequirements(components);
  const signature = components.map((c) => c.name).join('+');
  return {
    name: 'blocks',
    requires: ['structure', 'referenceDate'],
    assigns: ['tokens', 'sentences', 'rawMentions', 'dates'],
    run(doc, ctx) {
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      const rawMentions: RawMention[] = [];
      const dates: DateMention[] = [];
      const ref = doc.referenceDate!;
      // The last date of the blocks so far, for anaphors opening the next block; part of the memo key, so an edit
      // that changes it re-analyses the blocks after it until one leaves the same anchor as before.
      let anchor: string | null = null;
      for (const block of doc.structure!.blocks) {
        if (block.kind === 'tags') continue;
        const text = doc.text.slice(block.start, block.end);
        const key: string = `${signature}\u0000${ref.value}\u0000${anchor ?? ''}\u0000${block.kind}\u0000${text}`;
        let result: BlockDraft | undefined = ctx.options.cache?.get(key);
        if (!result) {
          result = analyseBlock({ text, kind: block.kind, referenceDate: ref, anchorIn: anchor }, components, ctx);
          ctx.options.cache?.set(key, result);
        }
        if (result.dateAnchor !== undefined) anchor = result.dateAnchor;
        const offset = block.start;
        const tokenBase = tokens.length;
        for (const t of result.tokens ?? []) tokens.push({ start: t.start + offset, end: t.end + offset, text: t.text });
        for (const s of result.sentences ?? [])
          sentences.push({ start: s.start + offset, end: s.end + offset, firstToken: s.firstToken + tokenBase, endToken: s.endToken + tokenBase });
        for (const m of result.rawMentions ?? []) rawMentions.push({ ...m, start: m.start + offset, end: m.end + offset });
        for (const d of result.dates ?? []) dates.push({ ...d, start: d.start + offset, end: d.end + offset });
      }
      return { tokens, sentences, rawMentions, dates };
    },
  };
}

function analyseBlock(block: BlockDraft, components: BlockComponent[], ctx: PipelineContext): BlockDraft {
  let draft = block;
  for (const c of components) draft = { ...draft, ...c.run(draft, ctx) };
  return draft;
}
