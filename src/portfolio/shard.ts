import {createHash} from 'node:crypto'
import {UserError} from '../model/errors.js'

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

/** Parses --shard "i/n" (1 ≤ i ≤ n). */
export function parseShard(text: string): Shard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UserError('bad-shard', `--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/4), not ${text}`)
  }
  return {index, count}
}

/**
 * The shard (1-based) a submission belongs to: the first 32 bits of the SHA-256 of its path relative to the
 * portfolio folder, modulo n. It depends on nothing but the path, so adding or removing other files never
 * moves a submission to another shard, and every machine splits a book the same way.
 */
export function shardOf(relativePath: string, count: number): number {
  return (createHash('sha256').update(relativePath, 'utf8').digest().readUInt32BE(0) % count) + 1
}

export function inShard(relativePath: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(relativePath, shard.count) === shard.index
}
