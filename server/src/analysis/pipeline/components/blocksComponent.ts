import type { DateMention, RawMention, Sentence, Token } from '../../types';
import type { BlockComponent, DocComponent } from '../component';
import type { BlockDraft, PipelineContext } from '../draft';
import { checkBlockRequirements } from '../pipeline';

/**
 * Runs the block components on every block (line) of the article and joins their results with absolute offsets.
 * The header's JSON tag list is not prose and is skipped.
 *
 * Each block's analysis is memoised in two parts, so an edit re-analyses only the blocks it touched:
 * - the components that read only the block (tokens, entities), keyed by its text and the reference date;
 * - the components that also read the date anchor the blocks before it left (dates: "The next day, …"), keyed by that
 *   anchor too. An edit that changes a paragraph's last date re-resolves the dates of the paragraphs after it, until one
 *   leaves the same anchor as before, without tokenizing or tagging them again.
 */
export function blocksComponent(components: BlockComponent[]): DocComponent {
  checkBlockRequirements(components);
  const split = firstAnchorDependent(components);
  const ownText = components.slice(0, split), withAnchor = components.slice(split);
  const signature = components.map((c) => c.name).join('+');
  return {
    name: 'blocks',
    requires: ['structure', 'referenceDate'],
    assigns: ['tokens', 'sentences', 'rawMentions', 'dates'],
    run(doc, ctx) {
      const cache = ctx.options.cache;
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      const rawMentions: RawMention[] = [];
      const dates: DateMention[] = [];
      const ref = doc.referenceDate!;
      // The last date of the blocks so far, for anaphors opening the next block.
      let anchor: string | null = null;
      for (const block of doc.structure!.blocks) {
        if (block.kind === 'tags') continue;
        const text = doc.text.slice(block.start, block.end);
        // The anchor holds no NUL, so the two kinds of key cannot collide whatever the text holds.
        const id = blockId(signature, ref.value, block.kind, text);
        const ownKey = ownKeyOf(id);
        const fullKey: string = `A${anchor ?? ''}\u0000${id}`;
        let result: BlockDraft | undefined = withAnchor.length ? cache?.get(fullKey) : cache?.get(ownKey);
        if (!result) {
          let own = withAnchor.length ? cache?.get(ownKey) : undefined;
          if (!own) {
            own = runComponents({ text, kind: block.kind, referenceDate: ref }, ownText, ctx);
            cache?.set(ownKey, own);
            if (cache) cache.analysed++;
          } else if (cache) cache.reresolved++;
          if (withAnchor.length) {
            result = runComponents({ ...own, anchorIn: anchor }, withAnchor, ctx);
            cache?.set(fullKey, result);
          } else result = own;
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
    /** Tokenizes and tags, one step per block, the blocks the cache does not hold yet; `run` then finds them there. */
    *prepare(doc, ctx) {
      const cache = ctx.options.cache;
      const ref = doc.referenceDate;
      if (!cache || !ref || !doc.structure) return;
      for (const block of doc.structure.blocks) {
        if (block.kind === 'tags') continue;
        const text = doc.text.slice(block.start, block.end);
        const ownKey = ownKeyOf(blockId(signature, ref.value, block.kind, text));
        if (cache.get(ownKey)) continue;
        cache.set(ownKey, runComponents({ text, kind: block.kind, referenceDate: ref }, ownText, ctx));
        cache.analysed++;
        yield;
      }
    },
  };
}

/** What a block's memo is keyed by: the components, the reference date, the block's kind and its text. */
/** The key of a block's own-text results (tokens, entities), which `prepare` fills and `run` reads. */
const ownKeyOf = (id: string): string => `T\u0000${id}`;

function blockId(signature: string, ref: string, kind: string, text: string): string {
  return `${signature}\u0000${ref}\u0000${kind}\u0000${text}`;
}

/**
 * Index of the first component whose results depend on the blocks before (it requires `anchorIn`). It and every
 * component after it, which may read what it assigns, run again when the anchor changes.
 */
function firstAnchorDependent(components: BlockComponent[]): number {
  const i = components.findIndex((c) => c.requires.includes('anchorIn'));
  return i < 0 ? components.length : i;
}

function runComponents(block: BlockDraft, components: BlockComponent[], ctx: PipelineContext): BlockDraft {
  let draft = block;
  for (const c of components) draft = { ...draft, ...c.run(draft, ctx) };
  return draft;
}
