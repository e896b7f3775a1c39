import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/run-cli.js'

const SRC = path.join(ROOT, 'src')

/** Every .ts file below a folder of src/. */
function sources(folder: string): string[] {
  const dir = path.join(SRC, folder)
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return sources(path.relative(SRC, file))
    return file.endsWith('.ts') ? [file] : []
  })
}

/** What a source file imports, as paths relative to src/ (packages and node: modules as written). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(([, spec]) =>
    spec!.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), spec!)).replace(/\.js$/, '.ts') : spec!,
  )
}

/** The imports of a folder that fall outside what it may import. */
function violations(folder: string, allowed: (target: string) => boolean): string[] {
  return sources(folder).flatMap((file) =>
    importsOf(file)
      .filter((target) => !allowed(target))
      .map((target) => `${path.relative(SRC, file)} imports ${target}`),
  )
}

const BELOW_MODEL = ['model/', 'generated/', 'diagnostics/', 'errors.ts', 'control-characters.ts', 'pan.ts']

describe('the model layer', () => {
  it('imports only itself, the generated types, errors, control characters, card numbers and diagnostics', () => {
    expect(violations('model', (t) => t.startsWith('node:') || BELOW_MODEL.some((b) => t === b || t.startsWith(b)))).toEqual([])
  })

  it('is below the stages: the catalog imports neither answers nor evaluation, answers never evaluation', () => {
    expect(violations('catalog', (t) => !t.startsWith('answers/') && !t.startsWith('evaluation/'))).toEqual([])
    expect(violations('answers', (t) => !t.startsWith('evaluation/'))).toEqual([])
  })
})
