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

/**
 * A schema that $refs another (result → answers, catalog) gets the referenced types declared again by
 * json-schema-to-typescript. Declared twice, one type could drift from the other in review; so a declaration
 * that an earlier file already holds, word for word, is re-exported from there instead.
 */
function declarations(ts) {
  // Top-level blocks: an optional /** comment */ and an `export` declaration up to the next top-level block.
  const blocks = []
  const lines = ts.split('\n')
  let start = -1
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i]
    const opens = line === undefined || line.startsWith('/**') || (line.startsWith('export ') && !lines[i - 1]?.endsWith('*/'))
    if (opens) {
      if (start >= 0) blocks.push(lines.slice(start, i).join('\n').replace(/\n+$/, ''))
      start = i
    }
  }
  return blocks.map((text) => ({text, name: /^export (?:interface|type) (\w+)/m.exec(text)?.[1]})).filter((b) => b.name)
}

function reuseDeclared(ts, earlier) {
  // The generator writes a titled string (ShortText) by its name in one file and as `string` in another.
  const stringAliases = [...earlier.values()].filter((b) => /^export type \w+ = string$/m.test(b.text)).map((b) => b.name)
  const plain = (text) => stringAliases.reduce((t, alias) => t.replace(new RegExp(`\\b${alias}\\b(?!\\s*=)`, 'g'), 'string'), text)
  const reused = new Map()
  let out = ts
  for (const block of declarations(ts)) {
    const from = earlier.get(block.name)
    if (from && plain(from.text) === plain(block.text)) {
      out = out.replace(block.text + '\n', '')
      reused.set(from.file, [...(reused.get(from.file) ?? []), block.name])
    }
  }
  const reexports = [...reused].map(([file, names]) => `export type {${names.sort().join(', ')}} from './${file}.js'`)
  if (reexports.length === 0) return ts
  const headerEnd = out.indexOf('\n', out.indexOf(banner)) + 1
  // Import only what the rest of the file still names; the re-exports keep the file's exports as they were.
  const imports = [...reused]
    .map(([file, names]) => [file, names.filter((n) => new RegExp(`\\b${n}\\b`).test(out))])
    .filter(([, names]) => names.length > 0)
    .map(([file, names]) => `import type {${names.sort().join(', ')}} from './${file}.js'`)
  return out.slice(0, headerEnd) + '\n' + [...imports, ...reexports].join('\n') + '\n' + out.slice(headerEnd)
}

let stale = 0
const declared = new Map()
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
  }).then((generated) => reuseDeclared(generated, declared))
  for (const block of declarations(ts)) if (!declared.has(block.name)) declared.set(block.name, {...block, file: name})
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
