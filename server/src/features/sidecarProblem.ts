import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver';
import type { SidecarState } from '../documents/articleState';

/** A sidecar that cannot be read: what is wrong, and where in that file, so that the editor can take the user there. */
export interface SidecarProblem {
  message: string;
  location?: Location;
}

export function sidecarProblem(sidecar: SidecarState): SidecarProblem | undefined {
  if (!sidecar.error) return undefined;
  if (!sidecar.path) return { message: sidecar.error };
  const line = Math.max(0, (sidecar.errorAt?.line ?? 1) - 1);
  const character = Math.max(0, (sidecar.errorAt?.column ?? 1) - 1);
  const at = { line, character };
  return { message: sidecar.error, location: { uri: pathToFileURL(sidecar.path).href, range: { start: at, end: at } } };
}
