/**
 * Run `work` over `items` with at most `concurrency` at a time; results keep the items' order.
 * `onDone` is told as each finishes (for a progress bar).
 * @example await runPool(files, 2, (f) => runJobInWorker(jobFor(f)))
 */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  onDone: (item: T, result: R) => void = () => undefined
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      const item = items[index] as T;
      const result = await work(item, index);
      results[index] = result;
      onDone(item, result);
    }
  };
  const lanes = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
