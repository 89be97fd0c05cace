/**
 * Runs keyed commands one after another. A person stepping or reviewing at keyboard speed presses a key again before
 * the server has answered the first press: the second press must start from where the first one moved the cursor, not
 * from the same place again. A task that fails does not stop the ones after it. Plain state, no `vscode` import.
 */
export class Turns {
  private pending: Promise<void> = Promise.resolve();

  run(task: () => Promise<void>): Promise<void> {
    const run = this.pending.then(task, task);
    this.pending = run.catch(() => undefined);
    return run;
  }
}
