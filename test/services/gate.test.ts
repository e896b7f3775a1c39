import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {dayOfJudgement, gate, judgeContext, judgeSubmissionFile, loadGatePolicy, readSubmissionFile} from '../../src/services/gate.js'
import {judgeFile} from '../../src/services/portfolio-worker.js'
import {COMPLIANT, GAPS, makeBook, NOW, type Book} from '../helpers/service-fixtures.js'

let book: Book
beforeAll(async () => (book = await makeBook([{name: 'compliant.pdf', answers: COMPLIANT}, {name: 'gaps.pdf', answers: GAPS}])))
afterAll(async () => book.cleanup())

describe('the gate service', () => {
  it('loads the policy, reads, verifies, derives and judges: a compliant report passes, exit 0', async () => {
    const {report, exitCode} = await gate({submission: book.at('book', 'compliant.pdf'), policy: book.policy, now: NOW})
    expect(exitCode).toBe(0)
    expect(report).toMatchObject({outcome: 'pass', now: NOW, signed: true, verdict: 'compliant', assessment_date: '2026-11-20'})
  })

  it('fails the report with gaps with its reasons, exit 1', async () => {
    const {report, exitCode} = await gate({submission: book.at('book', 'gaps.pdf'), policy: book.policy, now: NOW})
    expect(exitCode).toBe(1)
    expect(report.outcome).toBe('fail')
    expect(report.reasons.map((r) => r.rule)).toContain('verdict')
  })

  it('is what the portfolio worker runs: the same verdict for the same file', async () => {
    const loaded = await loadGatePolicy(book.policy)
    for (const name of ['compliant.pdf', 'gaps.pdf']) {
      const file = book.at('book', name)
      const {report} = await gate({submission: file, policy: book.policy, now: NOW})
      const {verdict} = await judgeSubmissionFile(await readSubmissionFile(file), judgeContext(loaded, NOW))
      const {row, cacheable} = await judgeFile({path: file, file: name}, judgeContext(loaded, NOW))
      expect(cacheable).toBe(true)
      expect([verdict.outcome, row.outcome]).toEqual([report.outcome, report.outcome])
      expect(row.reasons).toEqual(report.reasons)
    }
  })

  it('a file the worker cannot read is its own error row, named as the portfolio names it', async () => {
    const loaded = await loadGatePolicy(book.policy)
    const {row, cacheable} = await judgeFile({path: book.at('book', 'missing.pdf'), file: 'missing.pdf'}, judgeContext(loaded, NOW))
    expect(cacheable).toBe(false)
    expect(row).toMatchObject({file: 'missing.pdf', outcome: 'error', sha256: null})
    expect(row.reasons[0]!.message).toBe('missing.pdf: no such file or directory')
  })

  it('refuses a policy under which nothing could pass', async () => {
    await expect(gate({submission: book.at('book', 'compliant.pdf'), policy: book.at('keys', 'none.yaml')})).rejects.toMatchObject({code: 'file-not-found'})
    const {writeFile} = await import('node:fs/promises')
    await writeFile(book.at('untrusting.yaml'), 'schema_version: 1\nname: nobody\n')
    await expect(loadGatePolicy(book.at('untrusting.yaml'))).rejects.toMatchObject({code: 'no-trusted-root', exitCode: 2})
  })

  it('judges on the day given, else today (UTC)', () => {
    expect(dayOfJudgement('2026-12-01')).toBe('2026-12-01')
    expect(dayOfJudgement(undefined, () => new Date('2026-12-31T23:30:00-05:00'))).toBe('2027-01-01')
  })
})
