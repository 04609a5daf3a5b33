/**
 * One request to a fresh Web Worker and its one answer; the worker ends with
 * the answer, on an error or when `signal` aborts (then the answer is null).
 * For reading a large file off the main thread (the page keeps responding).
 */
export async function workerOnce<Request, Answer>(
  makeWorker: () => Worker,
  request: Request,
  transfer: Transferable[],
  failed: Answer,
  signal?: AbortSignal,
): Promise<Answer | null> {
  const worker = makeWorker();
  try {
    return await new Promise<Answer | null>((resolve) => {
      if (signal?.aborted) return resolve(null);
      signal?.addEventListener("abort", () => resolve(null), { once: true });
      worker.onmessage = (event: MessageEvent<Answer>) => resolve(event.data);
      worker.onerror = () => resolve(failed);
      worker.postMessage(request, transfer);
    });
  } finally {
    worker.terminate();
  }
}
