// Installs a .vsix into a code-server extensions dir (`code-server --install-extension`), no network needed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { codeServerEntry, node24Bin, repoRoot } from './paths.mjs';
import { codeServerEnv } from './startCodeServer.mjs';

/**
 * @param {string} vsix path of the package
 * @param {{ stateDir: string, extensionsDir: string }} where state dir (user data, XDG dirs) and extensions dir
 * @returns {string} the folder the extension was installed into
 */
export function installVsix(vsix, { stateDir, extensionsDir }) {
  fs.mkdirSync(extensionsDir, { recursive: true });
  const env = codeServerEnv(stateDir);
  const r = spawnSync(node24Bin, [
    codeServerEntry, '--user-data-dir', path.join(stateDir, 'user-data'), '--extensions-dir', extensionsDir,
    '--install-extension', path.resolve(vsix), '--force',
  ], { env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`--install-extension failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const prefix = `${pkg.publisher}.${pkg.name}-`.toLowerCase();
  const dir = fs.readdirSync(extensionsDir).find((d) => d.toLowerCase().startsWith(prefix));
  if (!dir) throw new Error(`installed, but no ${prefix}* folder in ${extensionsDir}:\n${r.stdout}`);
  return path.join(extensionsDir, dir);
}
