import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readSubmission} from '../../src/gate/load-submission.js'
import {writePdf} from '../helpers/hostile-pdf.js'
import {GATE_FIXTURES} from '../helpers/signed-reports.js'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('readSubmission', () => {
  it('tells empty, unknown, JSON and malformed submissions apart without throwing', async () => {
    // Given / When
    const [empty, binary, notJson, wrongShape] = await Promise.all([
      readSubmission(new Uint8Array(0), {trustedRoots: []}),
      readSubmission(Uint8Array.from([0, 1, 2, 255]), {trustedRoots: []}),
      readSubmission(bytes('{"schema_version": 1,'), {trustedRoots: []}),
      readSubmission(bytes('[1, 2]'), {trustedRoots: []}),
    ])
    // Then
    expect(empty).toEqual({kind: 'unknown', signature: {signed: false, valid: false, trusted: false, problems: []}, problem: 'the file is empty'})
    expect(binary.problem).toBe('neither a PDF report nor a result JSON')
    expect([notJson.kind, notJson.problem]).toEqual(['json', 'the file is not JSON: Expected double-quoted property name in JSON at position 21'])
    expect([wrongShape.kind, wrongShape.problem]).toEqual(['json', 'the file is not a valid posattest result: must be object'])
  })

  it('reads a result JSON as an unsigned submission carrying its result', async () => {
    const json = await readFile(path.join(GATE_FIXTURES, 'result-compliant.json'))
    const submission = await readSubmission(json, {trustedRoots: []})
    expect(submission.kind).toBe('json')
    expect(submission.signature.signed).toBe(false)
    expect(submission.result?.assessment.entity.legal_name).toBe('Lotus Tea House Ltd')
    expect(submission.problem).toBeUndefined()
  })

  it('treats a PDF that is not a posattest report as unsigned and without a result', async () => {
    const pdf = writePdf([{number: 1, body: '<< /Type /Catalog >>'}], {root: 1})
    const submission = await readSubmission(pdf, {trustedRoots: []})
    expect(submission.kind).toBe('pdf')
    expect(submission.signature).toEqual({signed: false, valid: false, trusted: false, problems: [{code: 'no-signature', message: 'no signature found'}]})
    expect(submission.problem).toBe('the PDF carries no posattest-result.json attachment: it is not a posattest report')
  })

  it('refuses a PDF outside the structure posattest writes (here: no cross-reference table) as a failed signature, reading nothing of it', async () => {
    const pdf = bytes('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Names [1 2] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')
    const submission = await readSubmission(pdf, {trustedRoots: []})
    expect([submission.kind, submission.signature.valid, submission.signature.problems.map((p) => p.code), submission.problem]).toEqual([
      'pdf',
      false,
      ['body-syntax'],
      // Nothing is read: the signature's problems are the whole refusal.
      undefined,
    ])
  })
})
