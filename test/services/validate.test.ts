import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/run-cli.js'
import {validate} from '../../src/services/validate.js'
import {COMPLIANT, GAPS} from '../helpers/service-fixtures.js'

const INVALID = path.join(ROOT, 'test', 'fixtures', 'answers', 'invalid')

describe('the validate service', () => {
  it('checks several files with one catalog: all valid, exit 0', async () => {
    const {report, exitCode} = await validate({files: [COMPLIANT, GAPS], version: 'test'})
    expect(exitCode).toBe(0)
    expect(report).toMatchObject({tool: 'posattest validate', version: 'test', files: [COMPLIANT, GAPS]})
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('an assessment dated after --today is an error', async () => {
    const {report, exitCode} = await validate({files: [COMPLIANT], today: '2026-11-19', version: 'test'})
    expect(exitCode).toBe(1)
    expect(report.diagnostics.map((d) => d.rule)).toContain('future-date')
  })

  it('one unreadable file among several is a line of the report (exit 2); alone it is a UserError', async () => {
    const missing = path.join(INVALID, 'no-such.yaml')
    const {report, exitCode} = await validate({files: [COMPLIANT, missing], version: 'test'})
    expect(exitCode).toBe(2)
    expect(report.diagnostics).toContainEqual(expect.objectContaining({file: missing, rule: 'file-unreadable', message: 'no such file or directory'}))
    await expect(validate({files: [missing], version: 'test'})).rejects.toMatchObject({code: 'file-not-found'})
  })
})
