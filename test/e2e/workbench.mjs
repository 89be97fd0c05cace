// Playwright helpers for driving the code-server workbench as a person does (explorer, status bar, palette, editor).
/** @typedef {import('playwright-core').Page} Page */

/** Monaco renders spaces as U+00A0: normalise DOM text before comparing. */
export const norm = (s) => (s ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

/** Polls `fn` until it returns a truthy value; throws with `what` after `timeoutMs`. */
export async function poll(fn, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}${last ? ` (${last.message})` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The workbench URL for `folder`, loading `extensionDevelopmentPath` when given (needs the smoke-test driver option). */
export function workbenchUrl(url, port, folder, extensionDevelopmentPath) {
  let u = `${url}/?folder=${encodeURIComponent(folder)}`;
  if (extensionDevelopmentPath) {
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${extensionDevelopmentPath}`],
      ['skipWelcome', 'true'],
    ];
    u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  }
  return u;
}

/** Waits for the restored workbench with its Explorer listing `fileName`, then opens it with a click. */
export async function openFromExplorer(page, fileName, timeoutMs = 60_000) {
  await page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${fileName}"]`).first();
  await poll(async () => {
    if (await row.isVisible()) return true;
    // Explorer not shown yet: reveal it.
    await page.keyboard.press('Control+Shift+E');
    return false;
  }, timeoutMs, `${fileName} in the Explorer`);
  await row.click();
  await page.locator(`.tabs-container .tab[aria-label^="${fileName}"]`).first().waitFor({ timeout: timeoutMs });
}

/** Text of the status bar language item (e.g. "Article"). */
export async function statusLanguage(page) {
  const item = page.locator('[id="status.editor.mode"]').first();
  return (await item.count()) ? norm(await item.innerText()) : '';
}

/** Runs a command by its palette label (F1, type, wait for the matching row, click it). */
export async function runPaletteCommand(page, label, timeoutMs = 15_000) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ timeout: timeoutMs });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: timeoutMs });
  await row.click();
}

/** The first editor span (Monaco token) whose normalised text equals `text`, on the visible lines. */
export function tokenSpan(page, text) {
  return page
    .locator('.editor-instance .view-lines .view-line span span')
    .filter({ hasText: new RegExp(`^[\\s\\u00a0]*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\u00a0]*$`) })
    .first();
}

/** The first editor span containing `text`. */
export function spanContaining(page, text) {
  return page.locator('.editor-instance .view-lines .view-line span span', { hasText: text }).first();
}

/** Computed CSS colour of a locator's element. */
export function colourOf(locator) {
  return locator.evaluate((el) => getComputedStyle(el).color);
}

/**
 * Finds the `occurrence`-th `text` in the visible editor lines (across token spans, U+00A0 normalised) and returns its
 * box, the computed colour and whether it is bold, of the span holding its first character, or null when not rendered.
 * @returns {Promise<{x: number, y: number, width: number, height: number, colour: string, bold: boolean} | null>}
 */
export function textBox(page, text, occurrence = 0) {
  return page.evaluate(
    ([needle, nth]) => {
      let seen = 0;
      for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
        const nodes = [];
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let full = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n, start: full.length });
          full += n.data.replace(/\u00a0/g, ' ');
        }
        let at = full.indexOf(needle);
        while (at >= 0 && seen < nth) {
          seen++;
          at = full.indexOf(needle, at + 1);
        }
        if (at < 0) continue;
        const locate = (offset) => {
          const hit = nodes.filter((x) => x.start <= offset).pop();
          return { node: hit.node, offset: offset - hit.start };
        };
        const a = locate(at);
        const b = locate(at + needle.length - 1);
        const range = document.createRange();
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset + 1);
        const r = range.getBoundingClientRect();
        const style = getComputedStyle(a.node.parentElement);
        return { x: r.x, y: r.y, width: r.width, height: r.height, colour: style.color, bold: Number(style.fontWeight) >= 600 || style.fontWeight === 'bold' };
      }
      return null;
    },
    [text, occurrence],
  );
}

/** Opens the Outline view and gives its first row keyboard focus, as a person would (the palette, a click, Home). */
export async function focusOutlineTop(page) {
  await runPaletteCommand(page, 'Focus on Outline View');
  const rows = page.locator('.outline-pane .monaco-list-row');
  await poll(async () => (await rows.count()) > 0, 30_000, 'outline rows');
  const focused = page.locator('.outline-pane .monaco-list-row.focused').first();
  await poll(async () => {
    if (!(await focused.count())) await rows.first().click();
    await page.keyboard.press('Home');
    return (await focused.count()) > 0 && (await focused.getAttribute('data-index')) === '0';
  }, 10_000, 'keyboard focus on the first Outline row');
}

/**
 * The Outline's rows from the focused one down, as {label, level}: the tree is virtualised and the pane small, so it
 * is walked with the keyboard, reading the focused row each step. Stops at the end, or on the row `until` accepts
 * (which keeps the focus, for a screenshot).
 * @returns {Promise<{label: string, level: number}[]>}
 */
export async function walkOutline(page, until = () => false, limit = 400) {
  const focused = page.locator('.outline-pane .monaco-list-row.focused').first();
  const rows = [];
  let previous = null;
  for (let i = 0; i < limit; i++) {
    const index = await focused.getAttribute('data-index', { timeout: 2000 }).catch(() => null);
    if (index === previous) break; // ArrowDown no longer moves: end of the list
    const row = {
      label: norm(await focused.innerText({ timeout: 2000 }).catch(() => '')),
      level: Number(await focused.getAttribute('aria-level', { timeout: 2000 }).catch(() => 0)),
    };
    rows.push(row);
    if (until(row, rows)) break;
    previous = index;
    await page.keyboard.press('ArrowDown');
  }
  return rows;
}

/** The Outline's groups (its top rows) with the labels of the rows under each, in order. */
export function outlineGroups(rows) {
  const groups = [];
  for (const row of rows) {
    if (row.level === 1) groups.push({ label: row.label, children: [] });
    else if (row.level === 2 && groups.length) groups[groups.length - 1].children.push(row.label);
  }
  return groups;
}
