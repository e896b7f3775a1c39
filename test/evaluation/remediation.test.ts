import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Handlebars from 'handlebars'
import {beforeAll, describe, expect, it, vi} from 'vitest'
import {parse} from 'yaml'
import type {PrecompiledSteps} from '../../src/evaluation/remediation.js'
import type {AnswersFile} from '../../src/generated/answers.js'
import {type Catalog, loadCatalog} from '../../src/catalog/catalog.js'
import {LANGUAGES} from '../../src/model/language.js'

let catalog: Catalog
beforeAll(async () => {
  catalog = await loadCatalog()
})

// createStepRenderer gives a step without a mustache back as written instead of calling Handlebars: this is the
// fact that rests on, for the catalog's own texts and for texts made to look like templates without being one.
describe('a remediation step without a mustache', () => {
  const render = (text: string) => Handlebars.create().compile(text, {noEscape: true, strict: false})({devices: [1], entity: {legal_name: 'x'}})

  it('is rendered by Handlebars as exactly its text, for every such step of the shipped catalog', () => {
    const texts = catalog.controls.flatMap((c) => c.remediation.steps.flatMap((s) => LANGUAGES.map((l) => s[l]).filter((t): t is string => t !== undefined)))
    const plain = texts.filter((t) => !t.includes('{{'))
    expect(plain.length).toBeGreaterThan(50)
    for (const text of plain) expect(render(text)).toBe(text)
  })

  it('is rendered as exactly its text when it only looks like a template', () => {
    for (const text of ['a } b }} c', '{ devices }', '\\{ x', 'a\\\\b', 'line\r\nnext\n\n', '  padded  ', '{#if}', '{{', '更换封条、记录编号'].filter((t) => !t.includes('{{'))) {
      expect(render(text)).toBe(text)
    }
  })
})

// The CLI bundle hands the build's precompiled steps (templates/precompiled.cjs) to createStepRenderer. Each test
// gets fresh modules, since compiled steps are kept per process.
describe('precompiled remediation steps', () => {
  const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  const examples = readdirSync(path.join(ROOT, 'examples'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(ROOT, 'examples', entry.name, 'answers.yaml'))
  const OPTIONS = {generator: 'posattest test', evidenceHashes: new Map<string, string>()}

  /**
   * Every example evaluated with fresh modules, precompiled steps given or not, and how many steps Handlebars parsed.
   * With setupEveryCall, each template is handed over without its `_setup`, so Handlebars sets up every call itself.
   */
  async function evaluateExamples(precompiled: boolean, {setupEveryCall = false} = {}): Promise<{results: string[]; compiled: number}> {
    vi.resetModules()
    const remediation = await import('../../src/evaluation/remediation.js')
    const {evaluateAssessment} = await import('../../src/evaluation/evaluate.js')
    if (precompiled) remediation.providePrecompiledSteps(() => createRequire(import.meta.url)('../../templates/precompiled.cjs') as PrecompiledSteps)
    let compiled = 0
    const create = vi.spyOn(Handlebars, 'create').mockImplementation(() => {
      const env = originalCreate.call(Handlebars)
      const parseSource = env.parse.bind(env)
      env.parse = ((...args: Parameters<typeof env.parse>) => (compiled++, parseSource(...args))) as typeof env.parse
      if (setupEveryCall) {
        const template = env.template.bind(env)
        env.template = ((spec: Parameters<typeof env.template>[0]) => {
          const fn = template(spec)
          return (context: unknown) => fn(context)
        }) as typeof env.template
      }
      return env
    })
    try {
      const results = examples.map((file) => JSON.stringify(evaluateAssessment(catalog, parse(readFileSync(file, 'utf8')) as AnswersFile, OPTIONS)))
      return {results, compiled}
    } finally {
      create.mockRestore()
    }
  }
  const originalCreate = Handlebars.create

  it('give the same results as the steps compiled from their texts, compiling none of the shipped ones', async () => {
    const fromSources = await evaluateExamples(false)
    const fromBuild = await evaluateExamples(true)
    expect(fromSources.compiled).toBeGreaterThan(10)
    expect(fromBuild.compiled).toBe(0)
    expect(fromBuild.results).toEqual(fromSources.results)
    // The examples have gaps, so the steps were rendered at all.
    expect(fromBuild.results.some((r) => r.includes('"remediation":[{'))).toBe(true)
  })

  it('are set up once each and still give the results of a setup on every call', async () => {
    const everyCall = await evaluateExamples(false, {setupEveryCall: true})
    const once = await evaluateExamples(false)
    expect(once.results).toEqual(everyCall.results)
    // Both languages' helpers were used (the list separators differ), by more than one evaluation.
    expect(once.results.filter((r) => r.includes('、')).length).toBeGreaterThan(1)
  })

  it('are used only for the text they were made from, by the same handlebars', async () => {
    vi.resetModules()
    const remediation = await import('../../src/evaluation/remediation.js')
    const {evaluateAssessment} = await import('../../src/evaluation/evaluate.js')
    const spec = new Function(`return ${Handlebars.precompile('WRONG', {noEscape: true, strict: false})}`)()
    const wrong: PrecompiledSteps = {HANDLEBARS_VERSION: '0.0.0', REMEDIATION: {}}
    // A spec under every shipped step's hash but from another handlebars version is never used.
    const {createHash} = await import('node:crypto')
    for (const control of catalog.controls) {
      for (const step of control.remediation.steps) for (const text of Object.values(step).filter((t): t is string => t !== undefined)) (wrong.REMEDIATION as Record<string, unknown>)[createHash('sha256').update(text).digest('hex')] = spec
    }
    remediation.providePrecompiledSteps(() => wrong)
    const result = JSON.stringify(evaluateAssessment(catalog, parse(readFileSync(examples.find((f) => f.includes('merchant-gaps'))!, 'utf8')) as AnswersFile, OPTIONS))
    expect(result).not.toContain('WRONG')
  })
})
