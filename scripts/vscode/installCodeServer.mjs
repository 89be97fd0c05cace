#!/usr/bin/env node
// Installs code-server (real VS Code server + web workbench) under a private Node 24 into .vscode-test/.
// Idempotent: every step is skipped when its result already exists (CI reuses this cache on the same machine).
// Debian packages are NOT installed here (see .ci/run); missing ones are reported and the script fails.
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  cacheDir, node24Dir, node24Bin, NODE_PACKAGE, CODE_SERVER_VERSION, codeServerPrefix, codeServerEntry,
  codeServerMarker, BROWSER_PACKAGES, BUILD_PACKAGES,
} from './paths.mjs';

/** The packages of `wanted` that dpkg does not report as installed. */
export function missingDebianPackages(wanted) {
  return wanted.filter((pkg) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function run(cmd, args, opts = {}) {
  // A hung registry fetch must not hang CI: give every step a generous limit.
  const r = spawnSync(cmd, args, { stdio: 'inherit', timeout: 20 * 60_000, killSignal: 'SIGKILL', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with ${r.status ?? r.signal}`);
}

function installNode24(log) {
  if (fs.existsSync(node24Bin) && fs.existsSync(path.join(node24Dir, 'include', 'node', 'node.h'))) {
    log(`node24: present (${node24Dir})`);
    return;
  }
  log(`node24: installing ${NODE_PACKAGE}`);
  const tmp = fs.mkdtempSync(path.join(cacheDir, 'tmp-node-'));
  try {
    const out = execFileSync('npm', ['pack', NODE_PACKAGE, '--silent', '--pack-destination', tmp], { encoding: 'utf8', timeout: 10 * 60_000 });
    const tgz = path.join(tmp, out.trim().split('\n').pop());
    fs.rmSync(node24Dir, { recursive: true, force: true });
    fs.mkdirSync(node24Dir, { recursive: true });
    run('tar', ['-xzf', tgz, '--strip-components=1', '-C', node24Dir]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (!fs.existsSync(node24Bin)) throw new Error(`node24: ${node24Bin} missing after unpack`);
}

function installCodeServer(log) {
  if (isInstalled()) {
    log(`code-server ${CODE_SERVER_VERSION}: present (${codeServerPrefix})`);
    return;
  }
  log(`code-server ${CODE_SERVER_VERSION}: installing (native modules compile, ~2-3 min)`);
  fs.mkdirSync(codeServerPrefix, { recursive: true });
  // When this runs inside an npm script (npm start, npm test), the outer npm's variables (npm_*, NODE) would make
  // the nested npm run code-server's install scripts with the system Node 20, which code-server refuses.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|NODE$|INIT_CWD$)/i.test(k)));
  const env = {
    ...inherited,
    PATH: `${path.join(node24Dir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: node24Dir,
    // Keep the compile on one core: the machine is shared.
    JOBS: '1',
  };
  const npmCli = path.join(node24Dir, 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  const npmCmd = fs.existsSync(npmCli) ? [node24Bin, [npmCli]] : ['npm', []];
  run(npmCmd[0], [...npmCmd[1], 'install', '--prefix', codeServerPrefix, '--no-save', '--no-audit', '--no-fund',
    '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], { env });
  if (!fs.existsSync(codeServerEntry)) throw new Error(`code-server: ${codeServerEntry} missing after install`);
  fs.writeFileSync(codeServerMarker, new Date().toISOString() + '\n');
}

function isInstalled() {
  return fs.existsSync(codeServerMarker) && fs.existsSync(codeServerEntry) && fs.existsSync(node24Bin);
}

/** Whether the process that wrote `<lock>/pid` is gone (a run killed mid-install, e.g. Ctrl+C on `npm start`). */
function holderIsGone(lock) {
  const pid = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'r' }).trim());
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return e.code === 'ESRCH';
  }
}

/** Runs `fn` holding `<cache>/.install-lock` (a directory: atomic to create, with the holder's pid inside), so that
 * two runs on one machine never install into the same folder at once. A lock whose holder is no longer running, or
 * older than 30 minutes, is taken as left by a killed run. */
function withInstallLock(log, fn) {
  const lock = path.join(cacheDir, '.install-lock');
  const deadline = Date.now() + 30 * 60_000;
  for (let waited = false; ; waited = true) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      let stale = age > 30 * 60_000;
      try {
        stale ||= holderIsGone(lock);
      } catch {
        // no pid: the holder has just created the lock, or was killed before it wrote one (a minute is plenty)
        stale ||= age > 60_000;
      }
      if (stale) {
        log('removing the lock of an install that was interrupted');
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`${lock} held for 30 minutes`);
      if (!waited) log('another install is running: waiting for it');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
    }
  }
  try {
    fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Ensures node24 + code-server exist in the cache. Throws when Debian packages it needs are missing: the build
 * packages only for a cold install, the browser packages unless `browser: false` (npm start needs no chromium).
 */
export function installCodeServerCache({ log = (m) => console.log(`[install] ${m}`), browser = true } = {}) {
  const started = Date.now();
  const missing = missingDebianPackages([...(browser ? BROWSER_PACKAGES : []), ...(isInstalled() ? [] : BUILD_PACKAGES)]);
  if (missing.length) {
    throw new Error(`missing Debian packages: ${missing.join(' ')} — run: apt-get update && apt-get install -y ${missing.join(' ')}`);
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  if (!isInstalled()) {
    withInstallLock(log, () => {
      installNode24(log);
      installCodeServer(log);
    });
  } else {
    installNode24(log);
    installCodeServer(log);
  }
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    installCodeServerCache();
  } catch (e) {
    console.error(`[install] ${e.message}`);
    process.exit(1);
  }
}
