import * as vscode from 'vscode';
import { labelTitle } from './labels';
import type { EntityTreeEntity, EntityTreeMention, EntityTreeOrphan, EntityTreeResult } from '../../server/src/protocol';
import { count } from '../../server/src/count';

type Node =
  | { kind: 'group'; label: string; type: string; entities: EntityTreeEntity[] }
  | { kind: 'entity'; entity: EntityTreeEntity }
  | { kind: 'mention'; entity: EntityTreeEntity; mention: EntityTreeMention; index: number }
  | { kind: 'orphans'; orphans: EntityTreeOrphan[] }
  | { kind: 'orphan'; orphan: EntityTreeOrphan }
  | { kind: 'message'; text: string }
  | { kind: 'sidecarError'; text: string; location?: EntityTreeResult['sidecarErrorLocation'] };

const GROUPS = [
  { type: 'person', label: 'People', icon: 'person' },
  { type: 'organization', label: 'Organizations', icon: 'organization' },
  { type: 'location', label: 'Places', icon: 'location' },
  { type: 'misc', label: 'Other names', icon: 'symbol-constant' },
];

/**
 * The Entities view: the active article's entities by type with their mention counts; a mention reveals itself in the
 * editor; orphaned annotations are listed so that none is lost silently. Follows the active editor.
 */
export class EntitiesView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private data: EntityTreeResult | null = null;
  private message = 'Open an article to see its entities.';

  show(data: EntityTreeResult | null, message?: string): void {
    this.data = data;
    if (message) this.message = message;
    this.changed.fire(undefined);
  }

  get uri(): string | undefined {
    return this.data?.uri;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (!this.data) return [{ kind: 'message', text: this.message }];
      const roots: Node[] = [];
      if (this.data.sidecarError) roots.push({ kind: 'sidecarError', text: this.data.sidecarError, location: this.data.sidecarErrorLocation });
      for (const g of GROUPS) {
        const entities = this.data.entities.filter((e) => e.type === g.type);
        if (entities.length) roots.push({ kind: 'group', label: g.label, type: g.type, entities });
      }
      if (this.data.orphans.length) roots.push({ kind: 'orphans', orphans: this.data.orphans });
      if (!roots.length) roots.push({ kind: 'message', text: 'No entities found in this article.' });
      return roots;
    }
    switch (node.kind) {
      case 'group':
        return node.entities.slice().sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)).map((entity) => ({ kind: 'entity', entity }));
      case 'entity':
        return node.entity.mentions.map((mention, index) => ({ kind: 'mention', entity: node.entity, mention, index }));
      case 'orphans':
        return node.orphans.map((orphan) => ({ kind: 'orphan', orphan }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const C = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'group': {
        const g = GROUPS.find((x) => x.type === node.type)!;
        const item = new vscode.TreeItem(g.label, C.Expanded);
        item.description = `${node.entities.length}`;
        item.iconPath = new vscode.ThemeIcon(g.icon);
        item.contextValue = 'group';
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const item = new vscode.TreeItem(e.name, C.Collapsed);
        item.description = `${count(e.mentions.length, 'mention')}`;
        item.tooltip = new vscode.MarkdownString(`**${e.name}** (${labelTitle(e.type).toLowerCase()})${e.aliases.length ? `\n\nAlso: ${e.aliases.join(', ')}` : ''}`);
        item.contextValue = 'entity';
        item.id = `${this.data?.uri}#entity-${e.id}-${e.name}`;
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const item = new vscode.TreeItem(`${m.text}`, C.None);
        item.description = `line ${m.line + 1}${m.origin === 'detected' ? '' : m.origin === 'user' ? ' · tagged' : ' · confirmed'}`;
        item.iconPath = new vscode.ThemeIcon('debug-stackframe-dot');
        item.command = { command: 'articleAnnotator.revealMention', title: 'Reveal mention', arguments: [this.data?.uri, m] };
        item.contextValue = 'mention';
        return item;
      }
      case 'orphans': {
        const item = new vscode.TreeItem('Orphaned annotations', C.Expanded);
        item.description = `${node.orphans.length}`;
        item.iconPath = new vscode.ThemeIcon('warning');
        item.tooltip = 'Saved annotations whose text could not be found after the article changed. Select text and use the quick fix to re-attach one, or delete it.';
        return item;
      }
      case 'orphan': {
        const item = new vscode.TreeItem(`“${node.orphan.exact}”`, C.None);
        item.description = labelTitle(node.orphan.label).toLowerCase();
        item.iconPath = new vscode.ThemeIcon('debug-disconnect');
        item.contextValue = 'orphan';
        return item;
      }
      case 'sidecarError': {
        // The full message (with the file's path) does not fit the view: a short label, the message as tooltip, and a
        // click that opens the sidecar where it is broken.
        const item = new vscode.TreeItem('Broken annotations file', C.None);
        item.description = node.location ? `line ${node.location.range.start.line + 1} · click to open` : '';
        item.tooltip = `${node.text} Your saved annotations are not shown, and the file will not be overwritten until it is fixed.`;
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
        item.contextValue = 'sidecarError';
        if (node.location) {
          const range = new vscode.Range(node.location.range.start.line, node.location.range.start.character, node.location.range.end.line, node.location.range.end.character);
          item.command = { command: 'vscode.open', title: 'Open the annotations file', arguments: [vscode.Uri.parse(node.location.uri), { selection: range }] };
        }
        return item;
      }
      case 'message': {
        const item = new vscode.TreeItem(node.text, C.None);
        item.tooltip = node.text; // long messages are cut off in a narrow view
        return item;
      }
    }
  }
}
