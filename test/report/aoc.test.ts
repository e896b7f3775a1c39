import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {AssessmentResult, ControlResult} from '../../src/generated/result.js'
import {type AocLabels, buildAocView, principalRequirement} from '../../src/report/aoc.js'
import {tool} from '../helpers/pdf-tools.js'
import {ROOT, runCli, tempDir} from '../helpers/run-cli.js'

const LABELS = JSON.parse(await readFile(path.join(ROOT, 'templates/en/labels.json'), 'utf8')).aoc as AocLabels

function control(id: string, pci: string[], gap: boolean): ControlResult {
  return {
    id,
    domain: 'seals',
    title: {en: `${id} title`},
    severity: 'high',
    pci_dss: pci,
    status: gap ? 'not_in_place' : 'in_place',
    evidence: [],
    finding: gap ? {reasons: [{code: 'not_in_place', text: {en: 'not in place'}}], devices: []} : null,
  }
}

function result(controls: ControlResult[], remediation: [string, string][] = []): AssessmentResult {
  return {
    schema_version: 1,
    generator: 'posattest test',
    catalog: {id: 'posattest-pos-terminals', version: '1.1.0'},
    assessment: {
      entity: {legal_name: 'Demo Ltd'},
      role: 'merchant',
      date: '2026-11-20',
      period: {start: '2025-11-21', end: '2026-11-20'},
      assessor: {name: 'A', title: 'B', email: 'a@example.com'},
      language: 'en',
    },
    profile: {},
    inventory: [
      {serial: 'T1', make: 'PAX', model: 'A80', pts_approval: '4-1', pts_expiry: '2029-01-31', state: 'in-use'},
      {serial: 'T2', make: 'PAX', model: 'A80', pts_approval: '4-1', pts_expiry: '2029-01-31', state: 'in-use'},
      {serial: 'T3', make: 'PAX', model: 'A80', pts_approval: '4-1', pts_expiry: '2029-01-31', state: 'retired'},
    ],
    controls,
    excluded: [],
    scores: {overall: 50, domains: []},
    verdict: controls.some((c) => c.finding) ? 'non_compliant' : 'compliant',
    remediation: remediation.map(([control_id, due_date]) => ({
      control_id,
      domain: 'seals',
      title: {en: control_id},
      severity: 'high',
      priority: 'P2',
      steps: [{en: 'fix'}],
      due_date,
    })),
  }
}

describe('principalRequirement', () => {
  it.each([
    ['9.5.1.2.1', '9'],
    ['12.10.1', '12'],
    ['A2.1.1', 'A2'],
  ])('%s belongs to requirement %s', (id, principal) => {
    expect(principalRequirement(id)).toBe(principal)
  })
})

describe('buildAocView', () => {
  it('gives Part 4 one row per requirement cited, not compliant exactly where a gap cites it, with the latest due date', () => {
    const r = result(
      [control('SEAL-01', ['9.5.1.2', '12.6.1'], true), control('SEAL-02', ['9.5.1.1'], true), control('RET-01', ['3.2.1', 'A2.1.1'], false)],
      [
        ['SEAL-01', '2026-12-20'],
        ['SEAL-02', '2027-01-19'],
      ],
    )
    const view = buildAocView(r, 'en', LABELS, ', ')
    expect(view.requirements.map((row) => [row.requirement, row.compliant, row.remediation_date ?? null])).toEqual([
      ['3', true, null],
      ['9', false, '2027-01-19'],
      ['12', false, '2026-12-20'],
      ['A2', true, null],
    ])
    expect(view.requirements[1]!.actions).toBe('SEAL-01 SEAL-01 title (2026-12-20)\nSEAL-02 SEAL-02 title (2027-01-19)')
    expect(view.target_date).toBe('2027-01-19')
  })

  it('lists the terminal models in use with their approval and expiry, counting the terminals', () => {
    const view = buildAocView(result([]), 'en', LABELS, ', ')
    expect(view.devices).toEqual([{model: 'PAX A80', approval: '4-1', expiry: '2029-01-31', in_use: 2}])
    expect(view.target_date).toBeUndefined()
    expect(view.acknowledgements.every((a) => a.confirmed === undefined)).toBe(true)
  })

  it('names the criteria the SAQ was chosen on, or those that failed', () => {
    const eligible = {...result([]), saq: {type: 'B' as const, criteria: [{id: 'P2PE.1', met: false}, {id: 'B.1', met: true}, {id: 'B.2', met: true}], unmet: [{saq: 'P2PE' as const, criteria: ['P2PE.1']}]}}
    expect(buildAocView(eligible, 'en', LABELS, ', ').saq).toEqual({determined: true, eligible: true, label: 'SAQ B', confirmed: 'B.1, B.2', unmet: ['SAQ P2PE: P2PE.1']})
    const ineligible = {...result([]), saq: {type: 'ineligible' as const, criteria: [], unmet: [{saq: 'B' as const, criteria: ['B.1', 'B.2']}]}}
    expect(buildAocView(ineligible, 'en', LABELS, ', ').saq).toMatchObject({determined: true, eligible: false, unmet: ['SAQ B: B.1, B.2']})
  })
})

/** The merchant examples under examples/ (folders with an answers.yaml for a merchant). */
async function merchantExamples(): Promise<string[]> {
  const names: string[] = []
  for (const entry of await readdir(path.join(ROOT, 'examples'), {withFileTypes: true})) {
    if (!entry.isDirectory()) continue
    const text = await readFile(path.join(ROOT, 'examples', entry.name, 'answers.yaml'), 'utf8').catch(() => '')
    if (/\n {2}role: merchant\n/.test(text)) names.push(entry.name)
  }
  return names.sort()
}

const PARTS = {
  en: ['7. Attestation of Compliance', 'Part 1. Contact information', 'Part 1a. Assessed merchant', 'Part 1b. Assessor', 'Part 2. Executive summary', 'Part 2e. PCI-validated products', 'Part 2h. Eligibility to complete the SAQ', 'Part 3. PCI DSS validation', 'Part 3a. Merchant acknowledgement', 'Part 3b. Merchant executive officer', 'Part 4. Action plan for non-compliant requirements'],
  'zh-CN': ['7. 合规证明（AOC）', '第 1 部分　联系信息', '第 1a 部分　被评估商户', '第 1b 部分　评估人', '第 2 部分　执行摘要', '第 2e 部分　经 PCI 验证的产品', '第 2h 部分　填写该 SAQ 的资格', '第 3 部分　PCI DSS 验证', '第 3a 部分　商户确认', '第 3b 部分　商户高级管理人员', '第 4 部分　不合规要求的行动计划'],
} as const

/** Part 4's rows as pdftotext lays them out: requirement, then Yes/No (是/否) further along the line. */
function part4Rows(text: string): Map<string, boolean> {
  const part4 = text.slice(text.lastIndexOf('Part 4. Action plan') >= 0 ? text.lastIndexOf('Part 4. Action plan') : text.lastIndexOf('第 4 部分'))
  const rows = new Map<string, boolean>()
  for (const line of part4.split('\n')) {
    const m = /^(\d{1,2}|A\d)\s{2,}.*?\s{2,}(Yes|No|是|否)(\s|$)/.exec(line)
    if (m) rows.set(m[1]!, m[2] === 'Yes' || m[2] === '是')
  }
  return rows
}

describe('the AOC in the report of every merchant example', async () => {
  let tmp: {dir: string; cleanup: () => Promise<void>}
  beforeAll(async () => {
    tmp = await tempDir()
  })
  afterAll(() => tmp.cleanup())
  const examples = await merchantExamples()

  it('covers at least the two merchant examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2)
  })

  describe.each(examples)('%s', (name) => {
    it.each(['en', 'zh-CN'] as const)('shows every AOC part in %s, and Part 4 says No exactly for the requirements with gaps', async (lang) => {
      const answers = path.join('examples', name, 'answers.yaml')
      const pdf = path.join(tmp.dir, `${name}-${lang}.pdf`)
      const json = path.join(tmp.dir, `${name}.json`)
      expect((await runCli(['report', answers, '-o', pdf, '--lang', lang, '--date', '2026-11-20'])).code).toBeLessThanOrEqual(1)
      expect((await runCli(['evaluate', answers, '-o', json])).code).toBeLessThanOrEqual(1)
      const text = (await tool('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, '-'])).stdout
      // Headings as words: the layout spaces a full-width space out.
      const words = text.replace(/[\s\u3000]+/g, ' ')
      for (const heading of PARTS[lang]) expect(words).toContain(heading.replace(/[\s\u3000]+/g, ' '))
      const result = JSON.parse(await readFile(json, 'utf8')) as AssessmentResult
      const cited = new Set(result.controls.flatMap((c) => (c.pci_dss ?? []).map(principalRequirement)))
      const failing = new Set(result.controls.filter((c) => c.finding).flatMap((c) => (c.pci_dss ?? []).map(principalRequirement)))
      const rows = part4Rows(text)
      expect([...rows.keys()].sort()).toEqual([...cited].sort())
      expect([...rows].filter(([, ok]) => !ok).map(([r]) => r).sort()).toEqual([...failing].sort())
    })
  })
})
