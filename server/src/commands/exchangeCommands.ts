import { makeDecision } from '../annotations/decision';
import { reanchorAll } from '../annotations/reanchor';
import { readSidecar, saveSidecar } from '../annotations/sidecarFile';
import { readArticle } from '../cli/readArticle';
import type { CliIO } from '../cli/cliIO';
import type { FormatDeps } from '../cli/formats/cliTypes';
import { defaultDeps } from '../cli/formats/leadModules';
import { articlePathOf } from '../documents/sidecarFiles';
import type { ExchangeResult, ExportArguments, ImportArguments, TagAllInFilesArguments } from '../protocol';
import type { CommandContext } from './commandContext';
import { tagAll } from './decisionCommands';
import { occurrences } from './occurrences';

/** Runs a CLI command in the server process, collecting what it prints. */
async function runCli(
  load: () => Promise<{ run(args: string[], io: CliIO, deps: FormatDeps): Promise<number> }>,
  args: string[],
  deps: FormatDeps,
): Promise<ExchangeResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: process.cwd() };
  const code = await (await load()).run(args, io, deps);
  return { ok: code === 0, stdout, stderr };
}

/** "Export annotations…": the same converters as `article-annotator export`, on the saved files. */
/** The CLI's format functions, analysing with the server's own analyzer (not a second copy of the model). */
function serverDeps(ctx: CommandContext): FormatDeps {
  return defaultDeps(ctx.analyzer);
}

export async function exportAnnotations(ctx: CommandContext, args: ExportArguments): Promise<ExchangeResult> {
  const files = (args?.uris ?? []).map(articlePathOf).filter((f): f is string => !!f);
  if (!files.length || typeof args.outDir !== 'string') return { ok: false, stdout: '', stderr: 'No article file to export.' };
  return runCli(() => import('../cli/export'), ['--format', String(args.format), '--out', args.outDir, ...files], serverDeps(ctx));
}

/** "Import annotations…": brat or CoNLL files into sidecars next to the articles; open articles reload them. */
export async function importAnnotations(ctx: CommandContext, args: ImportArguments): Promise<ExchangeResult> {
  const paths = (args?.paths ?? []).filter((p) => typeof p === 'string');
  if (!paths.length) return { ok: false, stdout: '', stderr: 'No file to import.' };
  const result = await runCli(() => import('../cli/import'), ['--format', String(args.format), ...paths], serverDeps(ctx));
  for (const state of ctx.store.all()) if (await ctx.sidecars.reloadIfChanged(state)) await ctx.refresh(state);
  return result;
}

/**
 * "Tag every occurrence in the workspace": open articles go through the editor's own command (undo, refresh);
 * articles that are not open get their sidecar updated on disk (never one that cannot be read).
 */
export async function tagAllInFiles(ctx: CommandContext, args: TagAllInFilesArguments): Promise<{ files: number; spans: number; failures: string[] }> {
  let files = 0;
  let spans = 0;
  const failures: string[] = [];
  for (const uri of args?.uris ?? []) {
    const open = ctx.store.get(uri);
    if (open) {
      const n = await tagAll(ctx, { uri, version: open.document.version, text: args.text, label: args.label }, true);
      if (n) (files++, (spans += n));
      continue;
    }
    const file = articlePathOf(uri);
    if (!file) continue;
    try {
      const text = readArticle(file);
      const found = occurrences(text, args.text);
      if (!found.length) continue;
      const existing = readSidecar(file, text);
      const kept = (existing ? reanchorAll(text, existing.decisions) : []).filter((d) => d.anchor === 'orphan' || !found.some((s) => s.start === d.start && s.end === d.end));
      const settings = await ctx.settingsFor(uri);
      const added = found.map((s) => makeDecision(text, { ...s, label: args.label, creator: settings.creator }, ctx.now));
      saveSidecar(file, [...kept, ...added], text);
      files++;
      spans += added.length;
    } catch (error) {
      failures.push(`${file}: ${(error as Error).message}`);
    }
  }
  return { files, spans, failures };
}
