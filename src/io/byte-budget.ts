/**
 * Runs `work` over items, several at once (`concurrency`) while the bytes they hold together stay within `budget`:
 * many small files overlap their reads, large ones are taken one or two at a time, and one larger than the whole
 * budget runs alone. Results come back in the items' order.
 */
export async function withinByteBudget<T, R>(
  items: readonly T[],
  options: {concurrency: number; budget: number; bytesOf: (item: T) => Promise<number>},
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = Array.from({length: items.length})
  let next = 0
  let held = 0
  let waiting: (() => void)[] = []
  const take = async (bytes: number): Promise<void> => {
    while (held > 0 && held + bytes > options.budget) await new Promise<void>((resolve) => waiting.push(resolve))
    held += bytes
  }
  const give = (bytes: number): void => {
    held -= bytes
    const woken = waiting
    waiting = []
    for (const wake of woken) wake()
  }
  await Promise.all(
    Array.from({length: Math.min(options.concurrency, items.length)}, async () => {
      while (next < items.length) {
        const index = next++
        const bytes = await options.bytesOf(items[index]!)
        await take(bytes)
        try {
          results[index] = await work(items[index]!, index)
        } finally {
          give(bytes)
        }
      }
    }),
  )
  return results
}
