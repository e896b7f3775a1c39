// Generates src/generated/*.ts from schemas/*.schema.json: the schemas are the single source of truth.
// `node scripts/generate-types.mjs --check` fails when a generated file is out of date (used by the tests).
import {compileFromFile} from 'json-schema-to-typescript'
import {readFile, writeFile, mkdir} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import path from 'node:path'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const schemas = ['catalog', 'catalog-meta', 'answers', 'result', 'policy']
const check = process.argv.includes('--check')
const banner = '/* This file is generated from schemas/ by scripts/generate-types.mjs: do not edit. */'

let stale = 0
await mkdir(path.join(root, 'src/generated'), {recursive: true})
for (const name of schemas) {
  const file = path.join(root, 'schemas', `${name}.schema.json`)
  try {
    await readFile(file)
  } catch {
    continue
  }
  const ts = await compileFromFile(file, {
    bannerComment: banner,
    cwd: path.join(root, 'schemas'),
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
    style: {semi: false, singleQuote: true, printWidth: 120},
    declareExternallyReferenced: true,
  })
  const out = path.join(root, 'src/generated', `${name}.ts`)
  const current = await readFile(out, 'utf8').catch(() => '')
  if (current === ts) continue
  if (check) {
    console.error(`out of date: src/generated/${name}.ts (run npm run gen:types)`)
    stale++
  } else {
    await writeFile(out, ts)
    console.log(`wrote src/generated/${name}.ts`)
  }
}
process.exit(stale ? 1 : 0)
