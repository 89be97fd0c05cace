/**
 * A pause for a long computation that runs in steps on the server's one thread: at most every `sliceMs` of work, it
 * returns a promise that resolves after the event loop has run what is waiting (another article's request, a
 * keystroke), and between slices nothing, so that steps go on at full speed.
 */
export function pauseEvery(sliceMs: number, now: () => number = () => performance.now()): () => Promise<void> | undefined {
  let sliceStart = now();
  return () => {
    if (now() - sliceStart < sliceMs) return undefined;
    return new Promise<void>((resolve) => setImmediate(() => {
      sliceStart = now();
      resolve();
    }));
  };
}
