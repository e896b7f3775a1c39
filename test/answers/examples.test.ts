import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {checkAnswersSource, loadAnswersFile} from '../../src/answers/load-answers.js'
import {controlApplies} from '../../src/catalog/applicability.js'
import {type Catalog, controlsForRole, loadCatalog} from '../../src/catalog/catalog.js'
import {determineSaq} from '../../src/catalog/saq.js'
import {readYamlInput} from '../../src/io/read-input.js'
import {ROOT, runCli} from '../helpers/run-cli.js'

// The README quick start, the report and the gate tests use these files: they must stay valid.
const EXAMPLES = ['merchant-compliant', 'merchant-gaps', 'merchant-p2pe', 'merchant-saq-b', 'merchant-ineligible', 'acquirer', 'chain-larkspur-coffee']

let catalog: Catalog
beforeAll(async () => {
  catalog = await loadCatalog()
})

describe('examples against the shipped catalog', () => {
  test('the examples folder holds exactly the documented examples', async () => {
    const entries = await readdir(path.join(ROOT, 'examples'), {withFileTypes: true})
    expect(entries.filter((e) => e.isDirectory()).map((e) => e.name).sort()).toEqual([...EXAMPLES].sort())
  })

  test.each(EXAMPLES)('%s validates without a problem', async (name) => {
    const source = await readYamlInput(path.join(ROOT, 'examples', name, 'answers.yaml'))
    expect(await checkAnswersSource(source, catalog)).toEqual([])
  })

  test('the compliant merchant answers every applicable control in place, with a CCW and an N/A', async () => {
    const {answers} = await loadAnswersFile(path.join(ROOT, 'examples/merchant-compliant/answers.yaml'), catalog)
    const statuses = Object.values(answers.controls).map((a) => a!.status)
    expect(new Set(statuses)).toEqual(new Set(['in_place', 'in_place_ccw', 'not_applicable']))
    expect(answers.assessment.role).toBe('merchant')
  })

  test('the merchant with gaps has its five gaps, each owned and dated, and a terminal without seals', async () => {
    const {answers} = await loadAnswersFile(path.join(ROOT, 'examples/merchant-gaps/answers.yaml'), catalog)
    const gaps = Object.entries(answers.controls).filter(([, a]) => a!.status === 'not_in_place')
    expect(gaps.map(([id]) => id)).toEqual(['SEAL-02', 'SEAL-03', 'TRN-01', 'INC-02', 'RET-02'])
    for (const [, a] of gaps) expect(a!.owner && a!.target_date! > answers.assessment.date).toBeTruthy()
    expect(answers.inventory.filter((d) => d.state === 'in-use')).toHaveLength(3)
    expect(answers.inventory.filter((d) => !d.seal_ids).map((d) => d.serial)).toEqual(['1240987654'])
    expect(answers.assessment.language).toBe('zh-CN')
  })

  test('each SAQ example answers exactly the controls its SAQ brings in, and confirms every criterion of that SAQ', async () => {
    for (const [name, saq] of [['merchant-p2pe', 'P2PE'], ['merchant-saq-b', 'B'], ['merchant-compliant', 'B-IP']] as const) {
      const {answers} = await loadAnswersFile(path.join(ROOT, 'examples', name, 'answers.yaml'), catalog)
      const determined = determineSaq(catalog, 'merchant', answers.scoping)
      expect(determined?.type, name).toBe(saq)
      const applying = controlsForRole(catalog, 'merchant').filter((c) => controlApplies(c, answers.profile, determined)).map((c) => c.id)
      expect(Object.keys(answers.controls), name).toEqual(applying)
    }
  })

  test('the acquirer answers acquirer controls only', async () => {
    const {answers} = await loadAnswersFile(path.join(ROOT, 'examples/acquirer/answers.yaml'), catalog)
    expect(answers.assessment.role).toBe('acquirer')
    for (const id of Object.keys(answers.controls)) expect(catalog.byId.get(id)!.roles).toContain('acquirer')
  })

  test('the chain has at least 12 sites, its terminals all under them, and exactly two sites with answers of their own that are gaps', async () => {
    const {answers} = await loadAnswersFile(path.join(ROOT, 'examples/chain-larkspur-coffee/answers.yaml'), catalog)
    expect(answers.sites!.length).toBeGreaterThanOrEqual(12)
    expect(answers.inventory).toEqual([])
    const gapSites = answers.sites!.filter((s) => Object.values(s.controls ?? {}).some((a) => a!.status === 'not_in_place'))
    expect(gapSites.map((s) => s.id)).toEqual(['CDF-01', 'LDS-01'])
    for (const s of answers.sites!) for (const id of Object.keys(s.controls ?? {})) expect(catalog.byId.get(id)!.scope, id).toBe('site')
  })

  test('posattest validate accepts all of them in one call', async () => {
    const files = EXAMPLES.map((name) => `examples/${name}/answers.yaml`)
    const r = await runCli(['validate', ...files])
    expect(r).toEqual({code: 0, stdout: `${EXAMPLES.length} files checked, no problems\n`, stderr: ''})
  })
})
