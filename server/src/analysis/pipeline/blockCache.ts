import type { BlockDraft } from './draft';

/**
 * Memo of per-block analyses keyed by the block's text and reference date, so that a keystroke re-analyses only
 * the paragraph it changed. Bounded: the least recently used entries are evicted. One cache per open document.
 */
export class BlockCache {
  private readonly entries = new Map<string, BlockDraft>();
  /** Blocks whose whole analysis ran (tokens, entities, dates), because their text or the reference date was new. */
  analysed = 0;
  /** Blocks whose text was known but whose dates were resolved again, because the date before them changed. */
  reresolved = 0;

  constructor(private readonly capacity = 8192) {}

  get(key: string): BlockDraft | undefined {
    const value = this.entries.get(key);
    if (value) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: BlockDraft): void {
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Memo slots for document-level components that keep their own per-document state (keyed by component name). */
  readonly componentMemo = new Map<string, unknown>();
}
