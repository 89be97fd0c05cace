import * as vscode from 'vscode';

/**
 * Makes VS Code ask the server again for an article's Outline (and breadcrumbs, Go to Symbol) when the annotations
 * changed but the text did not. VS Code caches document symbols by the text's version and the list of symbol
 * providers, and LSP has no documentSymbol refresh request: after tagging "Café Zoë" as an organization the hover was
 * right but the Outline kept the old grouping until the next keystroke.
 *
 * The Outline, breadcrumbs and sticky scroll recompute when the set of symbol providers changes, and the cache key
 * includes that set. So this keeps a second provider for articles that lists nothing, and replaces it by a new one on
 * each `refresh()`. VS Code merges the providers' answers and drops a provider's empty group, so it adds no row.
 */
export class OutlineRefresh implements vscode.Disposable {
  private provider: vscode.Disposable;

  constructor(private readonly selector: vscode.DocumentSelector) {
    this.provider = this.register();
  }

  refresh(): void {
    // Register the new one before dropping the old: there is never a moment with one provider fewer.
    const old = this.provider;
    this.provider = this.register();
    old.dispose();
  }

  private register(): vscode.Disposable {
    return vscode.languages.registerDocumentSymbolProvider(this.selector, { provideDocumentSymbols: () => [] });
  }

  dispose(): void {
    this.provider.dispose();
  }
}
