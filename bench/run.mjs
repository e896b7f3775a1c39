// `npm run bench`: runs every bench/*.bench.mjs (or those named on the command line) in turn, each in a process of
// its own: a benchmark that builds a large estate in memory must not slow the garbage collection of the next one.
import {spawnSync} from 'node:child_process'
import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {ROOT} from './lib.mjs'

const [flag, single] = process.argv.slice(2)
if (flag === '--one') {
  const {default: bench} = await import(path.join(ROOT, 'bench', single))
  await bench()
} else {
  const only = process.argv.slice(2)
  const files = (await readdir(path.join(ROOT, 'bench')))
    .filter((f) => f.endsWith('.bench.mjs'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort()
  console.log(`posattest benchmarks · node ${process.version} · ${new Date().toISOString().slice(0, 10)}`)
  // One broken benchmark is reported and the others still run: a run that stops halfway hides every later figure.
  const failed = []
  for (const file of files) {
    console.log(`\n## ${file.replace('.bench.mjs', '')}`)
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bench/run.mjs'), '--one', file], {stdio: 'inherit', env: process.env})
    if (run.status !== 0) failed.push(file)
  }
  if (failed.length > 0) {
    console.log(`\n${failed.length} benchmark(s) failed: ${failed.join(', ')}`)
    process.exitCode = 1
  }
}
