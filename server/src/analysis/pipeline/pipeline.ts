import type { BlockComponent, DocComponent } from './component';
import type { DocDraft, DocKey, BlockKey, PipelineContext } from './draft';

/** An ordered list of named components, checked so that every key a component requires is assigned upstream. */
export class Pipeline {
  private constructor(readonly components: readonly DocComponent[]) {}

  static of(components: DocComponent[]): Pipeline {
    checkRequirements<DocKey>(components, []);
    return new Pipeline(components);
  }

  get names(): string[] {
    return this.components.map((c) => c.name);
  }

  /** A copy with the named component replaced (e.g. a better date recognizer). */
  replace(name: string, component: DocComponent): Pipeline {
    if (!this.names.includes(name)) throw new Error(`E001 No component '${name}' in the pipeline (${this.names.join(', ')})`);
    return Pipeline.of(this.components.map((c) => (c.name === name ? component : c)));
  }

  /** A copy without the named components. */
  without(...names: string[]): Pipeline {
    return Pipeline.of(this.components.filter((c) => !names.includes(c.name)));
  }

  run(text: string, ctx: PipelineContext): DocDraft {
    let doc: DocDraft = { text, problems: [] };
    for (const component of this.components) doc = runComponent(doc, component, ctx);
    return doc;
  }

  /**
   * The same analysis as `run`, with a chance to pause between the steps of each component's `prepare` (a block
   * tagged, say): `pause` returns a promise to wait on, or nothing to go on at once; what it throws abandons the
   * reading and rejects the result.
   */
  async runInSteps(text: string, ctx: PipelineContext, pause: () => Promise<void> | undefined): Promise<DocDraft> {
    let doc: DocDraft = { text, problems: [] };
    for (const component of this.components) {
      if (component.prepare) {
        const steps = component.prepare(doc, ctx)[Symbol.iterator]();
        for (;;) {
          let done: boolean | undefined;
          try {
            done = steps.next().done;
          } catch {
            break; // `run` meets the same failure again and reports it
          }
          if (done) break;
          await pause(); // a pause may throw to abandon the reading
        }
      }
      doc = runComponent(doc, component, ctx);
    }
    return doc;
  }
}

/** Runs one component; a failing one never loses the whole analysis: its keys stay empty and a problem is reported. */
function runComponent(doc: DocDraft, component: DocComponent, ctx: PipelineContext): DocDraft {
  try {
    return { ...doc, ...component.run(doc, ctx) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ...doc, problems: [...doc.problems, { code: 'A100', severity: 'error', message: `${component.name} failed: ${message}` }] };
  }
}

export function checkRequirements<K extends string>(components: { name: string; requires: K[]; assigns: K[] }[], given: K[]): void {
  const assigned = new Set<K>(given);
  for (const c of components) {
    const missing = c.requires.filter((k) => !assigned.has(k));
    if (missing.length) throw new Error(`E002 Component '${c.name}' requires ${missing.join(', ')}, which no earlier component assigns`);
    for (const k of c.assigns) assigned.add(k);
  }
}

export function checkBlockRequirements(components: BlockComponent[]): void {
  checkRequirements<BlockKey>(components, ['anchorIn']);
}
