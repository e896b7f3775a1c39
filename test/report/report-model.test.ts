import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {AssessmentResult} from '../../src/generated/result.js'
import {buildReportModel, formatScore} from '../../src/report/report-model.js'
import {loadReportTemplates} from '../../src/report/templates.js'
import {FIXTURES} from '../helpers/run-cli.js'

const fixture = async () => JSON.parse(await readFile(path.join(FIXTURES, 'report/result.json'), 'utf8')) as AssessmentResult
const model = async (lang: 'en' | 'zh-CN', change?: (r: AssessmentResult) => void) => {
  const result = await fixture()
  change?.(result)
  return buildReportModel(result, {lang, reportDate: '2026-03-20', labels: (await loadReportTemplates(lang)).labels})
}

describe('buildReportModel', () => {
  it('flags PTS approvals expired or expiring within 12 months of the assessment date, but not of retired terminals', async () => {
    const m = await model('en')
    expect(m.inventory.map((d) => [d.serial, d.pts_state, d.pts_days_left])).toEqual([
      ['60-114-880', 'current', 1141],
      ['60-114-881', 'current', 1141],
      ['60-114-882', 'expired', -320],
      ['60-114-903', 'expiring', 198],
      ['K-2201-0007', 'expiring', 349],
      ['K-2201-0008', 'expiring', 349],
      ['60-114-910', 'current', 1141],
      ['60-099-412', 'current', -320],
    ])
    expect(m.inventory_counts).toEqual({total: 8, in_use: 6, spare: 1, in_repair: 0, retired: 1, expired: 1, expiring: 3})
  })

  it('counts answers, gaps and priorities', async () => {
    expect((await model('en')).counts).toEqual({
      applicable: 17,
      satisfied: 11,
      gaps: 6,
      excluded: 3,
      in_place: 11,
      in_place_ccw: 1,
      not_applicable: 2,
      not_in_place: 2,
      unanswered: 1,
      p1: 2,
      p2: 4,
      p3: 0,
      p4: 0,
    })
  })

  it('shows texts in the report language and lists in its punctuation', async () => {
    const zh = await model('zh-CN')
    expect(zh.domains.map((d) => d.title)).toEqual(['设备保管', '防拆封条与检查', '授权维修', '软件与固件更新', '加密', '员工培训', '事件响应', '数据保留与销毁'])
    expect(zh.excluded).toBe('ENC-03、RET-03、RET-04')
    expect(zh.controls.find((c) => c.id === 'SEAL-02')!.reasons).toEqual([
      '最新证据日期为 2025-09-30，早于评估日 167 天；最多允许 90 天。',
      '终端 60-114-903 的最近一次检查早于评估日 120 天（最多允许 30 天）。',
    ])
    expect((await model('en')).excluded).toBe('ENC-03, RET-03, RET-04')
  })

  it("puts the owner's target date beside the due date and flags it when it is later", async () => {
    const m = await model('en', (r) => {
      r.controls.find((c) => c.id === 'CUS-02')!.target_date = '2026-06-30'
    })
    expect(m.remediation.map((r) => [r.control_id, r.due_date, r.target_date, r.target_after_due])).toEqual([
      ['SEAL-02', '2026-04-15', undefined, false],
      ['TRN-01', '2026-04-15', undefined, false],
      ['CUS-02', '2026-04-30', '2026-06-30', true],
      ['CUS-04', '2026-05-15', undefined, false],
      ['INC-02', '2026-05-15', '2026-05-15', false],
      ['RET-02', '2026-05-15', undefined, false],
    ])
  })

  it('works out the score change since the previous assessment, and none without one', async () => {
    expect((await model('en')).changes?.score_delta_text).toBe('−2.7')
    expect((await model('en', (r) => (r.changes!.previous_score = 65.5))).changes?.score_delta_text).toBe('±0')
    expect((await model('en', (r) => (r.changes!.previous_score = 50))).changes?.score_delta_text).toBe('+15.5')
    expect((await model('en', (r) => delete r.changes)).changes).toBeNull()
  })

  it('prints whole scores without a decimal', () => {
    expect([formatScore(100), formatScore(42.9), formatScore(0), formatScore(70)]).toEqual(['100', '42.9', '0', '70'])
  })
})
