// Starts code-server (installed by installCodeServer.mjs) on a free loopback port with a private state dir.
// Returns { url, port, stateDir, userDataDir, extensionsDir, stop() }; stop() kills the process group by pid.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { cacheDir, codeServerEntry, node24Bin, node24Dir } from './paths.mjs';

/** User settings that keep the workbench quiet and predictable for scripted checks. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.colorTheme': 'Default Dark Modern',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'github.copilot.enable': { '*': false },
  'editor.hover.delay': 100,
  'editor.semanticHighlighting.enabled': true,
  'editor.minimap.enabled': false,
  'outline.collapseItems': 'alwaysExpand',
  'files.autoSave': 'off',
  'git.enabled': false,
  'window.commandCenter': false,
};

/** A free TCP port on 127.0.0.1. */
/**
 * The environment code-server runs in: Node 24 first on PATH, and every folder it writes (config, data, cache, temp)
 * inside `stateDir`, so that nothing lands in the user's home.
 */
export function codeServerEnv(stateDir, extra = {}) {
  for (const d of ['xdg-config', 'xdg-data', 'xdg-cache', 'tmp']) fs.mkdirSync(path.join(stateDir, d), { recursive: true });
  const env = {
    ...process.env,
    PATH: `${path.join(node24Dir, 'bin')}:${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(stateDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(stateDir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(stateDir, 'xdg-cache'),
    TMPDIR: path.join(stateDir, 'tmp'),
    ...extra,
  };
  delete env.npm_config_nodedir;
  return env;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A new state folder `.vscode-test/state-<random>` (removed by stop() unless keepState). */
export function makeStateDir() {
  const dir = path.join(cacheDir, `state-${crypto.randomBytes(4).toString('hex')}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

async function waitHealthy(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server not healthy after ${timeoutMs} ms`);
}

/**
 * Starts code-server.
 * @param {object} [opts]
 * @param {string} [opts.workspace] folder opened by default
 * @param {string} [opts.stateDir] defaults to a new .vscode-test/state-<random>
 * @param {string} [opts.extensionsDir] defaults to <state>/extensions
 * @param {object} [opts.settings] extra user settings merged over QUIET_SETTINGS
 * @param {object} [opts.env] extra environment for code-server and its extension host
 * @param {boolean} [opts.keepState] keep the state dir after stop()
 * @param {number} [opts.port] defaults to a free port
 * @param {number} [opts.startTimeoutMs]
 * @returns {Promise<{url: string, port: number, stateDir: string, userDataDir: string, extensionsDir: string, logFile: string,
 *   stop: (o?: {keepState?: boolean}) => Promise<void>, stopWithLogs: () => Promise<string>}>}
 */
export async function startCodeServer(opts = {}) {
  if (!fs.existsSync(codeServerEntry)) throw new Error('code-server is not installed: run node scripts/vscode/installCodeServer.mjs');
  const stateDir = opts.stateDir ?? makeStateDir();
  const userDataDir = path.join(stateDir, 'user-data');
  const extensionsDir = opts.extensionsDir ?? path.join(stateDir, 'extensions');
  const port = opts.port ?? (await freePort());
  const host = '127.0.0.1';
  for (const d of ['xdg-config', 'xdg-data', 'xdg-cache', 'tmp', path.join('user-data', 'User')]) {
    fs.mkdirSync(path.join(stateDir, d), { recursive: true });
  }
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(stateDir, 'config.yaml'), `bind-addr: ${host}:${port}\nauth: none\ncert: false\n`);
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...(opts.settings ?? {}) }, null, 2),
  );
  const args = [
    codeServerEntry,
    '--config', path.join(stateDir, 'config.yaml'),
    '--bind-addr', `${host}:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--reconnection-grace-time', '5',
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  if (opts.workspace) args.push(opts.workspace);
  const logFile = path.join(stateDir, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');
  const env = codeServerEnv(stateDir, opts.env);
  const child = spawn(node24Bin, args, { env, detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  const url = `http://${host}:${port}`;
  let stopped = false;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // If this process ends (normally, by process.exit, or by Ctrl+C / SIGTERM, e.g. a CI timeout), take the whole
  // code-server process group with it: never leave a code-server, extension host or language server running.
  const killNow = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  const onSignal = (signal) => {
    killNow();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', killNow);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  /** Stops code-server and its children; removes the state dir unless keepState (here or at start). */
  async function stop({ keepState = opts.keepState } = {}) {
    if (stopped) return;
    stopped = true;
    process.off('exit', killNow);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    const killGroup = (sig) => {
      try {
        process.kill(-child.pid, sig); // the whole group: code-server, extension hosts, our language server
      } catch {
        /* already gone */
      }
    };
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 5000);
    if (child.exitCode === null && child.signalCode === null) await exited;
    clearTimeout(timer);
    // Children that outlived the parent in the same group.
    await new Promise((r) => setTimeout(r, 200));
    killGroup('SIGKILL');
    if (!keepState) fs.rmSync(stateDir, { recursive: true, force: true, maxRetries: 3 });
  }

  try {
    await waitHealthy(url, child, opts.startTimeoutMs ?? 60_000);
  } catch (e) {
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-3000) : '';
    await stop();
    throw new Error(`${e.message}\n${tail}`);
  }
  /** Stops code-server, then returns its extension host logs (flushed on exit) and code-server's own log tail. */
  async function stopWithLogs() {
    await stop({ keepState: true });
    const logs = readExthostLogs(userDataDir) || '(no exthost.log found)';
    const own = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-3000) : '';
    if (!opts.keepState) fs.rmSync(stateDir, { recursive: true, force: true, maxRetries: 3 });
    return `${logs}\n--- code-server.log (tail)\n${own}`;
  }

  return { url, port, stateDir, userDataDir, extensionsDir, logFile, stop, stopWithLogs };
}

/** Paths of the extension host logs and our output channel's log under a user-data dir (oldest first). */
export function findExthostLogs(userDataDir) {
  const found = [];
  const walk = (dir) => {
    let entries = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/exthost\.log$/i.test(e.name) || /Article Annotator.*\.log$/i.test(e.name)) found.push(p);
    }
  };
  walk(path.join(userDataDir, 'logs'));
  return found.sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs);
}

/** The text of every extension host log (and our output channel), each headed by its path. Logs are flushed on
 * exit: read them after stop({ keepState: true }). */
export function readExthostLogs(userDataDir) {
  return findExthostLogs(userDataDir)
    .map((p) => `--- ${p}\n${fs.readFileSync(p, 'utf8')}`)
    .join('\n');
}
