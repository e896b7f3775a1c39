// `npm run bench`: runs every bench/*.bench.mjs (or those named on the command line) in turn.
import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {ROOT} from './lib.mjs'

const only = process.argv.slice(2)
const files = (await readdir(path.join(ROOT, 'bench')))
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
console.log(`posattest benchmarks · node ${process.version} · ${new Date().toISOString().slice(0, 10)}`)
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.mjs', '')}`)
  const {default: bench} = await import(path.join(ROOT, 'bench', file))
  await bench()
}
