import type { Connection } from 'vscode-languageserver';
import { defaultCreator } from './annotations/sidecarFile';
import { DEFAULT_SETTINGS, type ServerSettings } from './protocol';

/** Coerces whatever the client sent into valid settings: bad values fall back to the defaults, never throw. */
export function coerceSettings(raw: unknown): ServerSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const layers = (r.layers && typeof r.layers === 'object' ? r.layers : {}) as Record<string, unknown>;
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const date = typeof r.referenceDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.referenceDate.trim()) ? r.referenceDate.trim() : '';
  return {
    referenceDate: date,
    layers: {
      entities: bool(layers.entities, DEFAULT_SETTINGS.layers.entities),
      dates: bool(layers.dates, DEFAULT_SETTINGS.layers.dates),
      quotes: bool(layers.quotes, DEFAULT_SETTINGS.layers.quotes),
    },
    inlayHints: bool((r.inlayHints as Record<string, unknown> | undefined)?.enabled ?? r.inlayHints, DEFAULT_SETTINGS.inlayHints),
    // Who made an annotation: the setting, else the OS user (issue: annotations carry a creator).
    creator: typeof r.creator === 'string' && r.creator.trim() ? r.creator.trim() : defaultCreator(),
  };
}

/** Settings resolved per document (workspace folders may differ), cached until the configuration changes. */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  private global: ServerSettings = coerceSettings({});

  constructor(private readonly connection: Connection, private readonly canPull: () => boolean) {}

  forDocument(uri: string): Promise<ServerSettings> {
    if (!this.canPull()) return Promise.resolve(this.global);
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'articleAnnotator' })
        .then(coerceSettings, () => coerceSettings({}));
      this.cache.set(uri, pending);
    }
    return pending;
  }

  changed(pushed: unknown): void {
    this.cache.clear();
    const section = (pushed as { settings?: { articleAnnotator?: unknown } } | undefined)?.settings?.articleAnnotator;
    if (section) this.global = coerceSettings(section);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
