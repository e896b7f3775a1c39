import {readFileSync} from 'node:fs'
import path from 'node:path'
import Handlebars from 'handlebars'
import {beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {type Catalog, loadCatalog} from '../../src/catalog/catalog.js'
import {UserError} from '../../src/model/errors.js'
import {
  ASSESSMENT_KEYS,
  ENTITY_KEYS,
  evaluateAssessment,
  PROFILE_KEYS,
  serializeResult,
} from '../../src/evaluation/evaluate.js'
import {weightedScore} from '../../src/evaluation/scores.js'
import type {AnswersFile} from '../../src/generated/answers.js'
import type {AssessmentResult, ControlResult} from '../../src/generated/result.js'
import {schemaDocument, schemaErrors} from '../../src/io/schemas.js'
import {FIXTURES} from '../helpers/run-cli.js'

const DIR = path.join(FIXTURES, 'evaluation')
const HASHES = new Map([
  ['evidence/inventory.csv', '7717d5f2f59d14249b82d8421a85b2c89ea15ecbacdfeed084c9f546170ad81c'],
  ['evidence/review.txt', 'f012857e00224b0ff0b49517c6cdaae1fda93d7370aa91cb1d39cd9def8ef4a7'],
])
const OPTIONS = {generator: 'posattest test', evidenceHashes: HASHES}

let catalog: Catalog
beforeAll(async () => {
  catalog = await loadCatalog(path.join(DIR, 'catalog'))
})

function answers(name: 'compliant' | 'gaps'): AnswersFile {
  return parse(readFileSync(path.join(DIR, `${name}.yaml`), 'utf8')) as AnswersFile
}

function control(result: AssessmentResult, id: string): ControlResult {
  const found = result.controls.find((c) => c.id === id)
  if (!found) throw new Error(`${id} is not in the result`)
  return found
}

const codes = (c: ControlResult) => c.finding?.reasons.map((r) => r.code) ?? []

describe('fixtures', () => {
  it('are valid answers files', () => {
    expect(schemaErrors('answers', answers('compliant'))).toEqual([])
    expect(schemaErrors('answers', answers('gaps'))).toEqual([])
  })
})

describe('evaluateAssessment on a compliant merchant', () => {
  it('satisfies every applicable control and scores 100', () => {
    const result = evaluateAssessment(catalog, answers('compliant'), OPTIONS)
    expect(result.verdict).toBe('compliant')
    expect(result.controls.map((c) => [c.id, c.status, c.finding])).toEqual([
      ['CUS-01', 'in_place', null],
      ['CUS-03', 'in_place', null],
      ['SEAL-01', 'in_place', null],
      ['SEAL-03', 'in_place', null],
      ['RET-01', 'not_applicable', null],
      ['RET-02', 'in_place_ccw', null],
      ['RET-03', 'in_place', null],
    ])
    // SEAL-02 needs mobile terminals, INC-01 unattended ones; CUS-02 is acquirer-only, so it is neither.
    expect(result.excluded).toEqual(['SEAL-02', 'INC-01'])
    expect(result.scores).toEqual({
      overall: 100,
      domains: [
        {domain: 'device-custody', title: {en: 'Device custody', 'zh-CN': '设备保管'}, score: 100, applicable: 2, satisfied: 2, gaps: 0},
        {domain: 'seals', title: {en: 'Tamper seals and inspection', 'zh-CN': '防拆封条与检查'}, score: 100, applicable: 2, satisfied: 2, gaps: 0},
        {domain: 'retention', title: {en: 'Data retention and disposal', 'zh-CN': '数据保留与销毁'}, score: 100, applicable: 3, satisfied: 3, gaps: 0},
        {domain: 'incident-response', title: {en: 'Incident response', 'zh-CN': '事件响应'}, score: 100, applicable: 0, satisfied: 0, gaps: 0},
      ],
    })
    expect(result.remediation).toEqual([])
    expect('changes' in result).toBe(false)
  })

  it('records the hash of path evidence and leaves url evidence unhashed', () => {
    const result = evaluateAssessment(catalog, answers('compliant'), OPTIONS)
    expect(control(result, 'CUS-01').evidence).toEqual([
      {
        path: 'evidence/inventory.csv',
        date: '2025-03-01',
        description: 'Inventory export',
        sha256: '7717d5f2f59d14249b82d8421a85b2c89ea15ecbacdfeed084c9f546170ad81c',
      },
    ])
    expect(control(result, 'SEAL-01').evidence).toEqual([{url: 'https://intranet.example/inspections/2025-03', date: '2025-03-10'}])
  })

  it('does not check retired terminals (T9 has no seals, location or PTS approval)', () => {
    const result = evaluateAssessment(catalog, answers('compliant'), OPTIONS)
    expect(control(result, 'SEAL-01').finding).toBeNull()
    expect(control(result, 'CUS-01').finding).toBeNull()
  })
})

describe('evaluateAssessment on a merchant with gaps', () => {
  let result: AssessmentResult
  beforeAll(() => {
    result = evaluateAssessment(catalog, answers('gaps'), OPTIONS)
  })

  it('scores each domain and overall by severity weight', () => {
    expect(result.verdict).toBe('non_compliant')
    // device-custody: CUS-01 critical (4) and CUS-03 low (1) both gaps → 0.
    // seals: SEAL-03 medium (2) of SEAL-01 high (3) + SEAL-02 medium (2) + SEAL-03 → 2/7 = 28.57 → 28.6.
    // retention: all gaps → 0. overall: 2 of 4+1+3+2+2+1+2+1 = 16 → 12.5.
    expect(result.scores.overall).toBe(12.5)
    expect(result.scores.domains.map((d) => [d.domain, d.score, d.applicable, d.satisfied, d.gaps])).toEqual([
      ['device-custody', 0, 2, 0, 2],
      ['seals', 28.6, 3, 1, 2],
      ['retention', 0, 3, 0, 3],
      ['incident-response', 100, 0, 0, 0],
    ])
    expect(result.excluded).toEqual(['INC-01'])
  })

  it('gives each gap its reasons and failing devices', () => {
    expect(result.controls.map((c) => [c.id, c.status, codes(c), c.finding?.devices ?? null])).toEqual([
      ['CUS-01', 'in_place', ['evidence_stale', 'device_check_failed', 'device_check_failed'], ['T2']],
      ['CUS-03', 'in_place', ['evidence_missing'], []],
      ['SEAL-01', 'in_place', ['device_check_failed', 'device_check_failed', 'device_check_failed'], ['T2', 'T3']],
      ['SEAL-02', 'not_in_place', ['not_in_place'], []],
      ['SEAL-03', 'in_place', [], null],
      ['RET-01', 'not_applicable', ['justification_missing'], []],
      ['RET-02', 'in_place_ccw', ['ccw_missing'], []],
      ['RET-03', 'unanswered', ['unanswered'], []],
    ])
  })

  it('explains stale evidence and device problems in English and Chinese', () => {
    expect(control(result, 'CUS-01').finding!.reasons.map((r) => r.text)).toEqual([
      {
        en: 'The newest evidence is dated 2024-02-20, 405 days before the assessment; at most 365 days are allowed.',
        'zh-CN': '最新证据的日期为 2024-02-20，早于评估日 405 天，超过允许的 365 天。',
      },
      {en: 'Terminal T2 has no location in the inventory.', 'zh-CN': '终端 T2 在清单中缺少位置。'},
      {en: 'Terminal T2 has a PTS approval that expired on 2024-12-31.', 'zh-CN': '终端 T2 的 PTS 认证已于 2024-12-31 过期。'},
    ])
    expect(control(result, 'SEAL-01').finding!.reasons.map((r) => r.text)).toEqual([
      {en: 'Terminal T2 has no tamper-evident seal ids recorded.', 'zh-CN': '终端 T2 未记录防拆封条编号。'},
      {en: 'Terminal T3 has no tamper-evident seal ids recorded.', 'zh-CN': '终端 T3 未记录防拆封条编号。'},
      {
        en: 'Terminal T3 was last inspected 120 days before the assessment (at most 90 allowed).',
        'zh-CN': '终端 T3 最近一次检查早于评估日 120 天（最多允许 90 天）。',
      },
    ])
    expect(control(result, 'CUS-03').finding!.reasons[0]!.text).toEqual({
      en: 'Required evidence is missing: The signed review.',
      'zh-CN': '缺少所需证据：签字的审查记录。',
    })
  })

  it('names the blank worksheet rows of an incomplete CCW', () => {
    expect(control(result, 'RET-02').finding!.reasons[0]!.text).toEqual({
      en: 'The control is marked in place with a compensating control, but the Compensating Controls Worksheet (Appendix B) is incomplete: validation, maintenance are empty.',
      'zh-CN': '该控制项被标记为“通过补偿性控制落实”，但补偿性控制工作表（附录 B）不完整：补偿性控制的验证、补偿性控制的维护为空。',
    })
  })

  it('plans remediation by priority, then catalog order, with due dates from the assessment date', () => {
    expect(result.remediation.map((r) => [r.control_id, r.priority, r.due_date, r.owner ?? null])).toEqual([
      ['CUS-01', 'P1', '2025-04-30', null],
      ['SEAL-01', 'P2', '2025-04-14', 'Shift lead'],
      // SEAL-02's owner aims for 2025-09-30; the catalog's 60-day deadline stands.
      ['SEAL-02', 'P3', '2025-05-30', 'Shift lead'],
      ['RET-02', 'P3', '2025-05-30', null],
      ['CUS-03', 'P4', '2025-06-29', 'Mei Chan'],
      ['RET-01', 'P4', '2025-06-29', null],
      ['RET-03', 'P4', '2025-07-29', null],
    ])
    expect(control(result, 'SEAL-02').target_date).toBe('2025-09-30')
  })

  it('renders the steps for this answer in both languages', () => {
    const steps = (id: string) => result.remediation.find((r) => r.control_id === id)!.steps
    expect(steps('SEAL-01')).toEqual([
      {en: 'Fit tamper-evident seals on T2, T3 and record their ids.', 'zh-CN': '为终端 T2、T3 加装防拆封条并记录封条编号。'},
      {en: 'Inspect 2 of 3 terminals in use.', 'zh-CN': '检查在用 3 台终端中的 2 台。'},
      {
        en: 'Tell Harbour Bank about SEAL-01 (Terminals are sealed and inspected) by 2025-04-14.',
        'zh-CN': '在 2025-04-14 前将 SEAL-01（终端已加封并定期检查）告知Harbour Bank。',
      },
    ])
    expect(steps('CUS-01')).toEqual([
      {en: 'Complete the inventory entries of 1 terminal(s): T2.', 'zh-CN': '补全 1 台终端的清单记录：T2。'},
      {en: 'T2 is at an unknown location.', 'zh-CN': 'T2 位于未知位置。'},
    ])
    expect(steps('SEAL-02')).toEqual([
      {
        en: 'Status not_in_place: Shift lead introduces a shift checklist (target 2025-09-30).',
        'zh-CN': '状态 not_in_place：Shift lead推行交班检查表（目标日期 2025-09-30）。',
      },
    ])
    expect(steps('CUS-03')).toEqual([
      {
        en: 'Mei Chan reviews the inventory of Lotus Tea House Ltd by 2025-06-29.',
        'zh-CN': 'Mei Chan在 2025-06-29 前审查Lotus Tea House Ltd的终端清单。',
      },
    ])
  })

  it('validates against the result schema', () => {
    expect(schemaErrors('result', result)).toEqual([])
  })
})

describe('evaluateAssessment rules', () => {
  function evaluateWith(change: (a: AnswersFile) => void, base: 'compliant' | 'gaps' = 'compliant') {
    const a = answers(base)
    change(a)
    return evaluateAssessment(catalog, a, OPTIONS)
  }

  it('counts not applicable with a blank justification as a gap', () => {
    const result = evaluateWith((a) => (a.controls['RET-01']!.justification = '   '))
    expect(codes(control(result, 'RET-01'))).toEqual(['justification_missing'])
    expect(result.verdict).toBe('non_compliant')
    // RET-01 is low (1) of 4+1+3+2+1+2+1 = 14 → 13/14 = 92.86 → 92.9.
    expect(result.scores.overall).toBe(92.9)
  })

  it('accepts a justified not-applicable answer even when its device checks fail', () => {
    const result = evaluateWith((a) => {
      a.inventory[0]!.seal_ids = []
      a.controls['SEAL-01'] = {status: 'not_applicable', justification: 'Terminals are locked in a cabinet between uses.'}
    })
    expect(control(result, 'SEAL-01').finding).toBeNull()
  })

  it('reports a missing worksheet for in_place_ccw without one', () => {
    const result = evaluateWith((a) => delete a.controls['RET-02']!.ccw)
    expect(control(result, 'RET-02').finding!.reasons).toEqual([
      {
        code: 'ccw_missing',
        text: {
          en: 'The control is marked in place with a compensating control, but the Compensating Controls Worksheet (Appendix B) is missing.',
          'zh-CN': '该控制项被标记为“通过补偿性控制落实”，但缺少补偿性控制工作表（附录 B）。',
        },
      },
    ])
  })

  it('counts an exception whose review_by passed before the assessment as a gap of its own, saying the date', () => {
    // The assessment is dated 2025-03-31.
    const result = evaluateWith((a) => {
      a.controls['RET-01']!.review_by = '2025-03-30'
      a.controls['RET-02']!.review_by = '2025-03-01'
    })
    expect(control(result, 'RET-01').review_by).toBe('2025-03-30')
    expect(control(result, 'RET-01').finding!.reasons).toEqual([
      {
        code: 'exception_expired',
        text: {
          en: 'The control is answered Not Applicable, but the exception was to be reviewed by 2025-03-30, before the assessment date 2025-03-31: review it and give a new review date.',
          'zh-CN': '该控制项的回答为“不适用”，但该例外应在 2025-03-30 前复核，早于评估日 2025-03-31：请重新复核并给出新的复核日期。',
        },
      },
    ])
    expect(codes(control(result, 'RET-02'))).toEqual(['exception_expired'])
    expect(control(result, 'RET-02').finding!.reasons[0]!.text.en).toContain('answered In Place with CCW')
    expect(result.verdict).toBe('non_compliant')
    expect(result.remediation.map((r) => r.control_id)).toEqual(['RET-02', 'RET-01'])
    expect(schemaErrors('result', result)).toEqual([])
  })

  it('keeps an exception reviewed on or after the assessment date, and one without review_by, as before', () => {
    const onTheDay = evaluateWith((a) => {
      a.controls['RET-01']!.review_by = '2025-03-31'
      a.controls['RET-02']!.review_by = '2026-03-31'
    })
    expect(onTheDay.verdict).toBe('compliant')
    expect([control(onTheDay, 'RET-01').review_by, control(onTheDay, 'RET-02').review_by]).toEqual(['2025-03-31', '2026-03-31'])
    // Without review_by nothing changes: no key in the result, no finding.
    const without = evaluateAssessment(catalog, answers('compliant'), OPTIONS)
    expect(without.controls.some((c) => 'review_by' in c)).toBe(false)
  })

  it('reports both an incomplete and an expired exception', () => {
    const result = evaluateWith((a) => Object.assign(a.controls['RET-01']!, {justification: '', review_by: '2024-01-01'}))
    expect(codes(control(result, 'RET-01'))).toEqual(['justification_missing', 'exception_expired'])
  })

  it('treats a null status and an absent answer alike as unanswered', () => {
    const result = evaluateWith((a) => {
      a.controls['SEAL-03'] = {status: null, notes: 'ask the owner'}
      delete a.controls['RET-03']
    })
    expect([control(result, 'SEAL-03').status, codes(control(result, 'SEAL-03'))]).toEqual(['unanswered', ['unanswered']])
    expect(control(result, 'SEAL-03').notes).toBe('ask the owner')
    expect([control(result, 'RET-03').status, codes(control(result, 'RET-03'))]).toEqual(['unanswered', ['unanswered']])
  })

  it('accepts evidence exactly max_age_days old and rejects one day more', () => {
    // SEAL-01 allows 90 days: 2024-12-31 is 90 days before 2025-03-31.
    const atLimit = evaluateWith((a) => (a.controls['SEAL-01']!.evidence = [{url: 'https://x.example/log', date: '2024-12-31'}]))
    expect(control(atLimit, 'SEAL-01').finding).toBeNull()
    const over = evaluateWith((a) => (a.controls['SEAL-01']!.evidence = [{url: 'https://x.example/log', date: '2024-12-30'}]))
    expect(control(over, 'SEAL-01').finding!.reasons.map((r) => r.text.en)).toEqual([
      'The newest evidence is dated 2024-12-30, 91 days before the assessment; at most 90 days are allowed.',
    ])
  })

  it('judges freshness by the newest of several evidence items', () => {
    const result = evaluateWith(
      (a) =>
        (a.controls['SEAL-01']!.evidence = [
          {url: 'https://x.example/old', date: '2023-01-01'},
          {url: 'https://x.example/new', date: '2025-03-01'},
        ]),
    )
    expect(control(result, 'SEAL-01').finding).toBeNull()
  })

  it('ignores the age of evidence a control does not require', () => {
    const result = evaluateWith((a) => (a.controls['SEAL-03']!.evidence = [{url: 'https://x.example/photo', date: '2020-01-01'}]))
    expect(control(result, 'SEAL-03').finding).toBeNull()
  })

  it('counts path evidence whose file was not hashed as missing, naming the file', () => {
    const a = answers('compliant')
    const result = evaluateAssessment(catalog, a, {generator: 'posattest test', evidenceHashes: new Map()})
    expect(control(result, 'CUS-01').evidence[0]).toEqual({path: 'evidence/inventory.csv', date: '2025-03-01', description: 'Inventory export'})
    expect(control(result, 'CUS-01').finding!.reasons).toEqual([
      {
        code: 'evidence_missing',
        text: {
          en: 'Required evidence is missing: the evidence file evidence/inventory.csv could not be read. Required: The inventory export.',
          'zh-CN': '缺少所需证据：证据文件 evidence/inventory.csv 无法读取。要求：终端清单导出文件。',
        },
      },
    ])
  })

  it('checks PTS approval number and expiry, firmware-free checks pass without firmware', () => {
    const result = evaluateWith((a) => {
      delete a.inventory[0]!.pts_approval
      delete a.inventory[1]!.pts_expiry
      delete a.inventory[1]!.firmware
    })
    expect(control(result, 'CUS-01').finding).toEqual({
      reasons: [
        {
          code: 'device_check_failed',
          text: {en: 'Terminal T1 has no PCI PTS approval number.', 'zh-CN': '终端 T1 缺少 PCI PTS 认证编号。'},
        },
        {
          code: 'device_check_failed',
          text: {en: 'Terminal T2 has no PTS approval expiry date.', 'zh-CN': '终端 T2 缺少 PTS 认证到期日。'},
        },
      ],
      devices: ['T1', 'T2'],
    })
  })

  describe('the inspection interval of the merchant\'s own risk analysis (interval_fact)', () => {
    // SEAL-01 of the fixture allows 90 days; here it also names the profile fact, as the shipped SEAL-02 does.
    const withFact = (change: (a: AnswersFile) => void) => {
      const seal = catalog.byId.get('SEAL-01')!
      seal.interval_fact = 'inspection_interval_days'
      try {
        return evaluateWith(change)
      } finally {
        delete seal.interval_fact
      }
    }
    const inspectionTexts = (result: AssessmentResult) =>
      (control(result, 'SEAL-01').finding?.reasons ?? []).filter((r) => r.code === 'device_check_failed').map((r) => r.text.en)

    it('checks the terminals against the interval the profile sets, not the catalog\'s', () => {
      // Inspected 21 days before the assessment: within 90, not within 14.
      const result = withFact((a) => Object.assign(a.profile, {inspection_interval_days: 14}))
      expect(inspectionTexts(result)).toEqual([
        'Terminal T1 was last inspected 21 days before the assessment (at most 14 allowed).',
        'Terminal T2 was last inspected 21 days before the assessment (at most 14 allowed).',
      ])
    })

    it('a longer interval of the risk analysis is the one applied; without the fact the catalog\'s holds', () => {
      const stale = (a: AnswersFile) => {
        for (const d of a.inventory) if (d.last_inspection) d.last_inspection = '2024-12-01'
      }
      expect(inspectionTexts(withFact((a) => (stale(a), Object.assign(a.profile, {inspection_interval_days: 180}))))).toEqual([])
      expect(inspectionTexts(withFact(stale))).toEqual([
        'Terminal T1 was last inspected 120 days before the assessment (at most 90 allowed).',
        'Terminal T2 was last inspected 120 days before the assessment (at most 90 allowed).',
      ])
    })
  })

  it('reports a terminal never inspected', () => {
    const result = evaluateWith((a) => delete a.inventory[1]!.last_inspection)
    expect(control(result, 'SEAL-01').finding!.reasons.map((r) => r.text)).toEqual([
      {en: 'Terminal T2 has no inspection recorded.', 'zh-CN': '终端 T2 没有检查记录。'},
    ])
  })

  it('lists failing devices for an unanswered control, with the reasons after the status reason', () => {
    const result = evaluateWith((a) => {
      delete a.controls['SEAL-01']
      a.inventory[1]!.seal_ids = []
    })
    expect(control(result, 'SEAL-01').finding!.devices).toEqual(['T2'])
    expect(codes(control(result, 'SEAL-01'))).toEqual(['unanswered', 'device_check_failed'])
  })

  it('drops a conditional step that renders empty', () => {
    const result = evaluateWith((a) => (a.controls['SEAL-01'] = {status: 'not_in_place', owner: 'Mei Chan'}))
    expect(result.remediation.find((r) => r.control_id === 'SEAL-01')!.steps).toEqual([
      {en: 'Fit tamper-evident seals on  and record their ids.', 'zh-CN': '为终端  加装防拆封条并记录封条编号。'},
      {
        en: 'Tell Harbour Bank about SEAL-01 (Terminals are sealed and inspected) by 2025-04-14.',
        'zh-CN': '在 2025-04-14 前将 SEAL-01（终端已加封并定期检查）告知Harbour Bank。',
      },
    ])
  })

  it('renders {{count}} of an empty list as 0', () => {
    const result = evaluateWith((a) => delete a.controls['CUS-01'])
    expect(result.remediation[0]!.steps).toEqual([
      {en: 'Complete the inventory entries of 0 terminal(s): .', 'zh-CN': '补全 0 台终端的清单记录：。'},
    ])
  })

  it('evaluates the controls of the acquirer role', () => {
    const result = evaluateWith((a) => (a.assessment.role = 'acquirer'))
    expect(result.controls.map((c) => [c.id, c.status])).toEqual([
      ['CUS-01', 'in_place'],
      ['CUS-02', 'unanswered'],
    ])
    expect(result.excluded).toEqual([])
    expect(result.scores.overall).toBe(57.1)
  })

  it('registers its template helpers on its own Handlebars instance only', () => {
    evaluateAssessment(catalog, answers('gaps'), OPTIONS)
    expect(Handlebars.helpers.serials).toBeUndefined()
    expect(Handlebars.helpers.count).toBeUndefined()
  })

  it('reports a broken step template as a catalog error', () => {
    const broken: Catalog = {
      ...catalog,
      controls: catalog.controls.map((c) =>
        c.id === 'RET-03' ? {...c, remediation: {...c.remediation, steps: [{en: 'Write {{#if}} down', 'zh-CN': '写'}]}} : c,
      ),
    }
    const run = () => evaluateAssessment(broken, answers('gaps'), OPTIONS)
    expect(run).toThrow(UserError)
    expect(run).toThrow(/^catalog control RET-03: remediation step 1 \(en\) is not a valid template: /)
  })

  it('does not change its input', () => {
    const a = answers('gaps')
    const before = JSON.stringify(a)
    const result = evaluateAssessment(catalog, a, OPTIONS)
    result.inventory[2]!.seal_ids!.push('S-999')
    expect(JSON.stringify(a)).toBe(before)
  })
})

describe('changes since a previous result', () => {
  it('lists resolved, new, still open, added and removed controls', () => {
    const previous = evaluateAssessment(catalog, answers('gaps'), OPTIONS)
    const now = answers('compliant')
    delete now.controls['CUS-03'] // still open
    now.controls['SEAL-03'] = {status: 'not_in_place'} // a new gap
    now.profile.unattended_terminals = true // INC-01 joins the scope
    const result = evaluateAssessment(catalog, now, {...OPTIONS, previous})
    expect(result.changes).toEqual({
      previous_date: '2025-03-31',
      previous_verdict: 'non_compliant',
      previous_score: 12.5,
      resolved: ['CUS-01', 'SEAL-01', 'RET-01', 'RET-02', 'RET-03'],
      new_gaps: ['SEAL-03', 'INC-01'],
      still_open: ['CUS-03'],
      added_controls: ['INC-01'],
      removed_controls: ['SEAL-02'],
    })
    expect(schemaErrors('result', result)).toEqual([])
  })
})

describe('determinism', () => {
  it('gives byte-identical output for the same input', () => {
    const first = serializeResult(evaluateAssessment(catalog, answers('gaps'), OPTIONS))
    const second = serializeResult(evaluateAssessment(catalog, answers('gaps'), OPTIONS))
    expect(second).toBe(first)
    expect(first.endsWith('}\n')).toBe(true)
    expect(first.split('\n')[1]).toBe('  "schema_version": 1,')
  })

  it('writes answer objects in schema key order, whatever the YAML order', () => {
    const a = answers('compliant')
    const shuffled = answers('compliant')
    const reverse = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T
    shuffled.assessment = reverse({...shuffled.assessment, entity: reverse(shuffled.assessment.entity)})
    shuffled.profile = reverse(shuffled.profile)
    shuffled.inventory = shuffled.inventory.map(reverse)
    shuffled.controls['RET-02']!.ccw = reverse(shuffled.controls['RET-02']!.ccw!)
    expect(serializeResult(evaluateAssessment(catalog, shuffled, OPTIONS))).toBe(serializeResult(evaluateAssessment(catalog, a, OPTIONS)))
  })

  it('orders copied keys exactly as the answers schema lists them', () => {
    const defs = schemaDocument('answers').$defs
    expect(ASSESSMENT_KEYS).toEqual(Object.keys(defs.assessment.properties))
    expect(ENTITY_KEYS).toEqual(Object.keys(defs.assessment.properties.entity.properties))
    expect(PROFILE_KEYS).toEqual(Object.keys(defs.profile.properties))
  })

  it('builds result objects in the result schema key order', () => {
    const result = evaluateAssessment(catalog, answers('gaps'), {...OPTIONS, previous: evaluateAssessment(catalog, answers('gaps'), OPTIONS)})
    const schema = schemaDocument('result')
    const inOrder = (value: object, properties: Record<string, unknown>) => {
      const order = Object.keys(properties)
      const keys = Object.keys(value)
      expect(keys).toEqual(order.filter((k) => keys.includes(k)))
    }
    inOrder(result, schema.properties)
    for (const c of result.controls) inOrder(c, schema.$defs.controlResult.properties)
    for (const r of result.remediation) inOrder(r, schema.$defs.remediationItem.properties)
    for (const d of result.scores.domains) inOrder(d, schema.$defs.domainScore.properties)
    inOrder(result.changes!, schema.$defs.changes.properties)
  })
})

describe('weightedScore', () => {
  it('rounds half up to one decimal and scores nothing applicable as 100', () => {
    expect(weightedScore(0, 0)).toBe(100)
    expect(weightedScore(0, 5)).toBe(0)
    expect(weightedScore(5, 5)).toBe(100)
    expect(weightedScore(1, 3)).toBe(33.3)
    expect(weightedScore(2, 3)).toBe(66.7)
    expect(weightedScore(1, 16)).toBe(6.3) // 6.25
    expect(weightedScore(1, 8)).toBe(12.5)
    expect(weightedScore(1, 2000)).toBe(0.1) // 0.05
    expect(weightedScore(1, 2001)).toBe(0)
    expect(weightedScore(1999, 2000)).toBe(100) // 99.95
  })
})

describe('evaluateAssessment with SAQ scoping', () => {
  /** The fixture catalog scoping SAQ B (one criterion) and B-IP (two); SEAL-03 serves only B-IP. */
  const scoped = (): Catalog => ({
    ...catalog,
    meta: {
      ...catalog.meta,
      saq_types: [
        {id: 'B', title: {en: 'SAQ B'}, criteria: [{id: 'B.1', text: {en: 'dial-out only'}}]},
        {id: 'B-IP', title: {en: 'SAQ B-IP'}, criteria: [{id: 'B-IP.1', text: {en: 'PTS on IP'}}, {id: 'B-IP.2', text: {en: 'isolated'}}]},
      ],
    },
    controls: catalog.controls.map((c) => ({...c, saq_types: c.id === 'SEAL-03' ? ['B-IP'] : ['B', 'B-IP']})),
  })
  const withScoping = (scoping: Record<string, boolean | null>): AnswersFile => ({...answers('compliant'), scoping})

  it('records the SAQ and leaves out the controls that do not serve it', () => {
    const result = evaluateAssessment(scoped(), withScoping({'B.1': true, 'B-IP.1': false, 'B-IP.2': false}), OPTIONS)
    expect(result.saq).toEqual({
      type: 'B',
      criteria: [
        {id: 'B.1', met: true},
        {id: 'B-IP.1', met: false},
        {id: 'B-IP.2', met: false},
      ],
      unmet: [],
    })
    expect(result.controls.map((c) => c.id)).not.toContain('SEAL-03')
    expect(result.excluded).toContain('SEAL-03')
    expect(result.verdict).toBe('compliant')
  })

  it('keeps the control under the SAQ it serves', () => {
    const result = evaluateAssessment(scoped(), withScoping({'B.1': false, 'B-IP.1': true, 'B-IP.2': true}), OPTIONS)
    expect(result.saq?.type).toBe('B-IP')
    expect(result.saq?.unmet).toEqual([{saq: 'B', criteria: ['B.1']}])
    expect(result.controls.map((c) => c.id)).toContain('SEAL-03')
  })

  it('makes an ineligible setup non-compliant even with every control in place, and says which criteria failed', () => {
    const result = evaluateAssessment(scoped(), withScoping({'B.1': false, 'B-IP.1': true, 'B-IP.2': null}), OPTIONS)
    expect(result.saq).toMatchObject({type: 'ineligible', unmet: [{saq: 'B', criteria: ['B.1']}, {saq: 'B-IP', criteria: ['B-IP.2']}]})
    expect(result.controls.every((c) => c.finding === null)).toBe(true)
    expect(result.verdict).toBe('non_compliant')
    expect(schemaErrors('result', result)).toEqual([])
  })

  it('determines no SAQ, and changes nothing, for answers without scoping', () => {
    const plain = evaluateAssessment(catalog, answers('compliant'), OPTIONS)
    const result = evaluateAssessment(scoped(), answers('compliant'), OPTIONS)
    expect(result.saq).toBeUndefined()
    expect(serializeResult(result)).toBe(serializeResult(plain))
  })
})
