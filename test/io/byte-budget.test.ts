import {setTimeout as sleep} from 'node:timers/promises'
import {describe, expect, it} from 'vitest'
import {withinByteBudget} from '../../src/io/byte-budget.js'

/** Runs items of the given sizes, each taking a few ms; records the most bytes and items held at once. */
async function run(sizes: number[], budget: number, concurrency = 16) {
  let held = 0
  let running = 0
  const peak = {bytes: 0, items: 0}
  const order: number[] = []
  const results = await withinByteBudget(sizes, {concurrency, budget, bytesOf: async (size) => size}, async (size, index) => {
    held += size
    running++
    peak.bytes = Math.max(peak.bytes, held)
    peak.items = Math.max(peak.items, running)
    await sleep((index % 3) * 5)
    held -= size
    running--
    order.push(index)
    return size * 2
  })
  return {results, peak, order}
}

describe('withinByteBudget', () => {
  it('gives the results in the items order, however they finish', async () => {
    const {results, order} = await run([5, 1, 3, 2, 4, 6], 100)
    expect(results).toEqual([10, 2, 6, 4, 8, 12])
    expect(order).not.toEqual([0, 1, 2, 3, 4, 5])
  })

  it('runs small items side by side, up to the concurrency', async () => {
    const {peak} = await run(Array(40).fill(1), 100, 16)
    expect(peak.items).toBe(16)
  })

  it('never holds more than the budget at once, and runs an item larger than the budget alone', async () => {
    const {peak} = await run([40, 40, 10, 30, 30, 5, 5], 64)
    expect(peak.bytes).toBeLessThanOrEqual(64)
    const alone = await run([10, 100, 10, 10], 64)
    expect(alone.peak.bytes).toBe(100)
    expect(alone.results).toEqual([20, 200, 20, 20])
  })
})
