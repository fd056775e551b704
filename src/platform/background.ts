/**
 * Work a request starts and does not wait for (e.g. a password-reset mail: the answer must not take longer when the
 * account exists). Each task runs after the current turn of the event loop; a failure is handed to `onError`, never
 * to the request. `settled()` waits for every task started so far, and for those they start: the test helpers wait
 * on it before reading the outbox, and a stopping server before closing the database.
 */
const running = new Set<Promise<void>>();

export function runInBackground(work: () => Promise<void>, onError: (error: unknown) => void): void {
  const task: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
    .then(work)
    .catch(onError)
    .finally(() => running.delete(task));
  running.add(task);
}

export async function settled(): Promise<void> {
  while (running.size > 0) await Promise.allSettled([...running]);
}
