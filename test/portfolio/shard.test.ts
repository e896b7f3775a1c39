import {describe, expect, it} from 'vitest'
import {inShard, parseShard, shardOf} from '../../src/portfolio/shard.js'

describe('parseShard', () => {
  it('reads i/n and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({index: 2, count: 4})
    expect(parseShard('1/1')).toEqual({index: 1, count: 1})
    for (const bad of ['0/2', '3/2', '1/0', '1', 'a/b', '1/2/3', ' 1/2']) {
      expect(() => parseShard(bad)).toThrow(`--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/4), not ${bad}`)
    }
  })
})

describe('shardOf', () => {
  const files = Array.from({length: 2000}, (_, i) => `region-${i % 7}/merchant-${i}.pdf`)

  it('is the first 32 bits of the SHA-256 of the relative path, modulo n, plus one', () => {
    // sha256("a.pdf") starts with a7949e62 = 2811534946, which is 1 modulo 3: shard 2 of 3.
    expect(shardOf('a.pdf', 3)).toBe(2)
    expect(shardOf('a.pdf', 1)).toBe(1)
  })

  it('puts every file in exactly one shard, in roughly equal parts', () => {
    const sizes = [1, 2, 3, 4].map((index) => files.filter((f) => inShard(f, {index, count: 4})).length)
    expect(sizes.reduce((a, b) => a + b)).toBe(files.length)
    for (const size of sizes) expect(Math.abs(size - 500)).toBeLessThan(80)
  })

  it('keeps each file in its shard when other files are added', () => {
    const before = new Map(files.slice(0, 1000).map((f) => [f, shardOf(f, 5)]))
    const after = new Map(files.map((f) => [f, shardOf(f, 5)]))
    for (const [file, shard] of before) expect(after.get(file)).toBe(shard)
  })
})
