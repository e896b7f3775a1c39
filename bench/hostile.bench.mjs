// Hostile files through the built CLI: a signed Flate bomb (2 MB inflating to 2 GiB), 2.4 million tiny objects
// (61 MB), a signature dictionary with 100,000 /ByteRange keys (2.3 MB). Wall time and peak RSS of the whole
// process (GNU time), beside a process that only reads the same file and hashes it with SHA-256.
import {spawnSync} from 'node:child_process'
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {OUT} from './fixtures.mjs'
import {byteRangeFloodPdf, flateBombPdf, measureNode, objectFloodPdf} from './hostile-files.mjs'
import {BIN, median, printComparison, ROOT} from './lib.mjs'

const PASSPHRASE = 'posattest-bench'
const HASH = "const b=require('fs').readFileSync(process.argv[1]);require('crypto').createHash('sha256').update(b).digest('hex')"

/** Median wall time (ms) and peak RSS (MB) of `runs` runs of node with `args`. */
function measure(args, {runs, env = {}}) {
  const results = Array.from({length: runs}, () => measureNode(args, {env, cwd: ROOT}))
  return {ms: median(results.map((r) => r.ms)), mb: median(results.map((r) => r.rssMb))}
}

function run(args, env = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {cwd: ROOT, env: {...process.env, ...env}, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`posattest ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`)
}

export default async function hostile() {
  const runs = Number(process.env.BENCH_RUNS ?? 3)
  const dir = path.join(OUT, 'hostile')
  await rm(dir, {recursive: true, force: true})
  await mkdir(dir, {recursive: true})
  const at = (name) => path.join(dir, name)
  const env = {POSATTEST_P12_PASSPHRASE: PASSPHRASE}

  // Untimed setup: a trial identity and a policy trusting it; the three files; the bomb signed by `posattest sign`.
  run(['keygen', '-o', at('keys'), '--cn', 'posattest bench signer', '--date', '2026-01-01', '--days', '3650', '--force'], env)
  await writeFile(at('policy.yaml'), `schema_version: 1\nname: Bench\ntrusted_roots:\n  - keys/ca.pem\nrequired_verdict: compliant\n`)
  await writeFile(at('bomb.pdf'), flateBombPdf())
  run(['sign', at('bomb.pdf'), '--p12', at('keys/signer.p12'), '-o', at('bomb.signed.pdf'), '--signing-time', '2026-11-24T10:00:00Z'], env)
  await writeFile(at('flood.pdf'), objectFloodPdf())
  await writeFile(at('byte-range-flood.pdf'), byteRangeFloodPdf())

  const cases = [
    ['hostile: gate, signed 2 GiB Flate bomb', 'bomb.signed.pdf', ['gate', at('bomb.signed.pdf'), '--policy', at('policy.yaml'), '--now', '2026-11-25']],
    ['hostile: verify, 2.4 M tiny objects', 'flood.pdf', ['verify', at('flood.pdf')]],
    ['hostile: verify, 100,000 /ByteRange keys', 'byte-range-flood.pdf', ['verify', at('byte-range-flood.pdf')]],
  ]
  for (const [name, file, args] of cases) {
    const bytes = (await readFile(at(file))).length
    const project = measure([BIN, ...args], {runs, env})
    const baseline = measure(['-e', HASH, at(file)], {runs})
    const label = `read+SHA-256 (${(bytes / 1e6).toFixed(1)} MB)`
    printComparison(`${name} (time)`, project.ms, {label, value: baseline.ms})
    printComparison(`${name} (peak RSS)`, project.mb, {label, value: baseline.mb}, 'MB')
  }
}
