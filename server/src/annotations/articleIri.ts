/** The IRI every machine gives an article: `urn:article:` + its file name, percent-encoded. Never a local path. */
export function articleIri(fileName: string): string {
  return `urn:article:${encodeURIComponent(baseName(fileName))}`;
}

/** The article file name a `source` names: `urn:article:…` (decoded) or a plain relative name. Null when it names neither. */
export function articleNameFromSource(source: string): string | null {
  if (source.startsWith('urn:article:')) {
    try {
      return decodeURIComponent(source.slice('urn:article:'.length)) || null;
    } catch {
      return null;
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(source) || source.startsWith('/') || source === '') return null;
  return baseName(source);
}

function baseName(p: string): string {
  const parts = p.split(/[\\/]/);
  return parts[parts.length - 1];
}
