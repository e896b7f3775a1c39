// Bounded work on any input: the files built to exhaust a reader are refused by the built CLI quickly and in
// little memory. Each run is measured from outside (GNU time: wall time and peak RSS of the whole process).
import {spawnSync} from 'node:child_process'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {byteRangeFloodPdf, flateBombPdf, measureNode, objectFloodPdf} from '../../bench/hostile-files.mjs'
import {BIN, tempDir} from '../helpers/run-cli.js'
import {PASSPHRASE, TRIAL_CA, TRIAL_P12} from '../helpers/signing-fixtures.js'

/** Far above what the reader needs (see `npm run bench`), far below what the unbounded reader took (13 s, 3.1 GB). */
const MAX_SECONDS = 5
const MAX_RSS_MB = 1024

let dir: {dir: string; cleanup: () => Promise<void>}
const file = (name: string) => path.join(dir.dir, name)

function measured(args: string[]): {code: number | null; stdout: string; seconds: number; rssMb: number} {
  const run = measureNode([BIN, ...args], {env: {POSATTEST_P12_PASSPHRASE: PASSPHRASE}})
  return {...run, seconds: run.ms / 1000}
}

beforeAll(async () => {
  dir = await tempDir('posattest-bounded-')
  await writeFile(file('ca.pem'), TRIAL_CA)
  await writeFile(file('policy.yaml'), 'schema_version: 1\nname: Bounded\ntrusted_roots:\n  - ca.pem\nrequired_verdict: compliant\n')
  await writeFile(file('bomb.pdf'), flateBombPdf())
  await writeFile(file('flood.pdf'), objectFloodPdf())
  await writeFile(file('byte-range-flood.pdf'), byteRangeFloodPdf())
  // The bomb signed by `posattest sign` (its incremental update): the signature holds, so the attachment is decoded.
  const signed = spawnSync(process.execPath, [BIN, 'sign', file('bomb.pdf'), '--p12', TRIAL_P12, '-o', file('bomb.signed.pdf'), '--signing-time', '2026-11-24T10:00:00Z'], {
    encoding: 'utf8',
    env: {...process.env, POSATTEST_P12_PASSPHRASE: PASSPHRASE},
  })
  expect(signed.status, signed.stderr).toBe(0)
}, 60_000)

afterAll(() => dir?.cleanup())

describe('bounded work through the built CLI', () => {
  it('a signed 2 MB report whose result inflates to 2 GiB: refused as stream-too-large, the inflation stopped at the cap', () => {
    const run = measured(['gate', file('bomb.signed.pdf'), '--policy', file('policy.yaml'), '--now', '2026-11-25', '--format', 'json'])
    expect([run.code, run.stdout.includes('"code": "stream-too-large"')]).toEqual([1, true])
    expect(run.seconds).toBeLessThan(MAX_SECONDS)
    expect(run.rssMb).toBeLessThan(MAX_RSS_MB)
    const verify = measured(['verify', file('bomb.signed.pdf'), '--ca', file('ca.pem'), '--json'])
    expect([verify.code, (JSON.parse(verify.stdout) as {signature: {reasons: Array<{code: string}>}}).signature.reasons[0]?.code]).toEqual([1, 'stream-too-large'])
    expect(verify.rssMb).toBeLessThan(MAX_RSS_MB)
  })

  it('61 MB of 2.4 million tiny objects, most of them unlisted: refused as too-many-objects at the cap', () => {
    const run = measured(['verify', file('flood.pdf'), '--json'])
    expect([run.code, (JSON.parse(run.stdout) as {signature: {reasons: Array<{code: string}>}}).signature.reasons[0]?.code]).toEqual([1, 'too-many-objects'])
    expect(run.seconds).toBeLessThan(MAX_SECONDS)
    expect(run.rssMb).toBeLessThan(MAX_RSS_MB)
  })

  it('a signature dictionary with 100,000 /ByteRange keys: refused as duplicate-key in linear time', () => {
    const run = measured(['verify', file('byte-range-flood.pdf'), '--json'])
    expect([run.code, (JSON.parse(run.stdout) as {signature: {reasons: Array<{code: string}>}}).signature.reasons[0]?.code]).toEqual([1, 'duplicate-key'])
    expect(run.seconds).toBeLessThan(MAX_SECONDS)
    expect(run.rssMb).toBeLessThan(MAX_RSS_MB)
  })
})
