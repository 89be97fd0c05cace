import * as vscode from 'vscode';

/** Typed access to the extension's settings (package.json `contributes.configuration`); bad values fall back to defaults. */
export class Config {
  private get section() {
    return vscode.workspace.getConfiguration('articleAnnotator');
  }

  /** Globs of `.txt` (or other) files to treat as articles. */
  get articleGlobs(): string[] {
    const v = this.section.get<unknown>('articleGlobs');
    return Array.isArray(v) ? v.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
  }

  /** Show the count item in the status bar. */
  get statusBar(): boolean {
    return this.section.get<boolean>('statusBar.enabled') !== false;
  }

  /** The entity recognizer the server loads: `neural` (default, more accurate) or `fast` (the perceptron). */
  get entityModel(): 'neural' | 'fast' {
    return this.section.get<unknown>('entityModel') === 'fast' ? 'fast' : 'neural';
  }

  /** Extra command-line arguments for the server (debugging). */
  get serverPath(): string | undefined {
    const v = this.section.get<unknown>('server.path');
    return typeof v === 'string' && v.trim() ? v : undefined;
  }
}
