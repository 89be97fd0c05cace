import * as vscode from 'vscode';

export interface KeyedItem<T> extends vscode.QuickPickItem {
  value: T;
  /** One letter that picks the item at once (shown in its description as "[P]"). */
  key?: string;
}

/**
 * A quick pick whose items can be chosen with one key: typing an item's key as the whole input picks it at once.
 * A plain quick pick only filters on the typed letter, and its first match was often another item: "p" put Place
 * before Person, "l" put "Every … as Not an entity" first, "x" matched nothing.
 */
export function pickWithKeys<T>(items: KeyedItem<T>[], options: { title: string; placeholder: string }): Promise<KeyedItem<T> | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<KeyedItem<T>>();
    let settled = false;
    const finish = (item: KeyedItem<T> | undefined) => {
      if (settled) return;
      settled = true;
      resolve(item);
      pick.hide();
      pick.dispose();
    };
    pick.title = options.title;
    pick.placeholder = options.placeholder;
    pick.items = items;
    pick.onDidChangeValue((value) => {
      const typed = value.trim().toLowerCase();
      const hit = typed.length === 1 ? items.find((i) => i.key?.toLowerCase() === typed) : undefined;
      if (hit) finish(hit);
    });
    pick.onDidAccept(() => finish(pick.selectedItems[0] ?? pick.activeItems[0]));
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
}
