import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {loadAnswersFile} from '../../src/answers/load-answers.js'
import {loadCatalog, type Catalog} from '../../src/catalog/catalog.js'
import {canonicalAnswersJson} from '../../src/evaluation/canonical-json.js'
import {evaluateAssessment, serializeResult} from '../../src/evaluation/evaluate.js'
import {hashEvidenceFiles} from '../../src/evaluation/evidence-hashes.js'
import {deriveReportResult} from '../../src/gate/derive-result.js'
import type {AnswersFile} from '../../src/generated/answers.js'
import {schemaErrors} from '../../src/io/schemas.js'
import {ROOT} from '../helpers/run-cli.js'

const GENERATOR = 'posattest 0.1.0'
const CHAIN = path.join(ROOT, 'examples/chain-larkspur-coffee/answers.yaml')
let catalog: Catalog
let chain: AnswersFile
let hashes: Map<string, string>

beforeAll(async () => {
  catalog = await loadCatalog()
  const loaded = await loadAnswersFile(CHAIN, catalog)
  chain = loaded.answers
  hashes = await hashEvidenceFiles(chain, loaded.baseDir)
})

const evaluate = (answers: AnswersFile) => evaluateAssessment(catalog, answers, {generator: GENERATOR, evidenceHashes: hashes})

describe('evaluating an organisation with sites', () => {
  it('scores each site and the organisation, which is compliant only when every site is', () => {
    const result = evaluate(chain)
    expect(schemaErrors('result', result)).toEqual([])
    expect(result.verdict).toBe('non_compliant')
    expect(result.sites).toHaveLength(14)
    const withGaps = result.sites!.filter((s) => s.verdict === 'non_compliant')
    expect(withGaps.map((s) => [s.id, s.score, s.gaps.map((g) => g.control_id)])).toEqual([
      ['CDF-01', 97.5, ['SEAL-03']],
      ['LDS-01', 96.6, ['SEAL-02']],
    ])
    for (const site of result.sites!.filter((s) => s.verdict === 'compliant')) expect(site.score).toBe(100)
    // The organisation's rows: a gap wherever some site has one, naming the site; its reasons say where.
    const gaps = result.controls.filter((c) => c.finding !== null)
    expect(gaps.map((c) => [c.id, c.finding!.sites, c.finding!.devices])).toEqual([
      ['SEAL-02', ['LDS-01'], ['401-2707-002']],
      ['SEAL-03', ['CDF-01'], ['401-2703-002']],
    ])
    expect(gaps[0]!.finding!.reasons.map((r) => [r.site, r.text.en])).toEqual([
      ['LDS-01', 'Site LDS-01 (Leeds Briggate): The control is answered as not in place.'],
      ['LDS-01', 'Site LDS-01 (Leeds Briggate): Terminal 401-2707-002 was last inspected 51 days before the assessment (at most 30 allowed).'],
    ])
    expect(result.remediation.map((r) => [r.control_id, r.owner, r.sites])).toEqual([
      ['SEAL-02', 'Leeds Briggate manager, Sam Patel', ['LDS-01']],
      ['SEAL-03', 'Cardiff Queen Street supervisor, Owen Price', ['CDF-01']],
    ])
    // Every terminal of every site, in site order; each site's own answers with their evidence fingerprints.
    expect(result.inventory).toHaveLength(36)
    const brs02 = result.sites!.find((s) => s.id === 'BRS-02')!
    expect(brs02.overrides).toEqual(['CUS-05'])
    expect(brs02.controls[0]!.evidence[0]!.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('changing one organisation-wide answer changes every site', () => {
    const before = evaluate(chain)
    const changed = structuredClone(chain)
    changed.controls['TRN-01'] = {status: 'not_in_place', owner: 'Head of Retail Operations', target_date: '2026-12-31'}
    const after = evaluate(changed)
    for (const [i, site] of after.sites!.entries()) {
      expect(site.verdict, site.id).toBe('non_compliant')
      expect(site.score, site.id).toBeLessThan(before.sites![i]!.score)
      expect(site.gaps.map((g) => g.control_id), site.id).toContain('TRN-01')
    }
    const trn01 = after.controls.find((c) => c.id === 'TRN-01')!
    expect(trn01.finding!.sites).toEqual(chain.sites!.map((s) => s.id))
    // The same reason at every site is said once, for the organisation.
    expect(trn01.finding!.reasons).toEqual([{code: 'not_in_place', text: expect.objectContaining({en: 'The control is answered as not in place.'})}])
  })

  it('honours only per-site overrides: an organisation-wide control answered at a site changes nothing', () => {
    const crafted = structuredClone(chain)
    crafted.sites![0]!.controls = {'TRN-01': {status: 'not_in_place', owner: 'x', target_date: '2026-12-31'}}
    const result = evaluate(crafted)
    expect(result.sites![0]!.overrides).toEqual([])
    expect(result.sites![0]!.verdict).toBe('compliant')
  })

  it('a single-site file has no sites in its result', async () => {
    const {answers, baseDir} = await loadAnswersFile(path.join(ROOT, 'examples/merchant-gaps/answers.yaml'), catalog)
    const result = evaluateAssessment(catalog, answers, {generator: GENERATOR, evidenceHashes: await hashEvidenceFiles(answers, baseDir)})
    expect(result).not.toHaveProperty('sites')
    expect(result.controls.every((c) => c.finding === null || !('sites' in c.finding))).toBe(true)
  })

  it("the gate derives a chain's result from its embedded answers, site evidence included", () => {
    const result = evaluate(chain)
    const bytes = (text: string) => Buffer.from(text)
    const derived = deriveReportResult(
      result,
      {result: bytes(serializeResult(result)), answers: bytes(canonicalAnswersJson(chain))},
      {catalogs: [catalog], generator: GENERATOR},
    )
    expect(derived.problem).toBeUndefined()
    expect(serializeResult(derived.result!)).toBe(serializeResult(result))
  })
})
