import {describe, expect, it} from 'vitest'
import {UserError} from '../../src/model/errors.js'
import {EMBEDDED_RESULT_NAME, readEmbeddedFile, summarizeEmbeddedResult} from '../../src/signing/embedded-result.js'
import {signPdf} from '../../src/signing/sign.js'
import {verifySignature} from '../../src/signing/verify.js'
import {writePdf} from '../helpers/hostile-pdf.js'
import {makeReportPdf, RESULT_JSON, SIGNING_TIME, TRIAL_CA, trialIdentity} from '../helpers/signing-fixtures.js'

const placeholder = {name: 'Test Signer 测试', reason: 'Annual attestation', location: 'Shanghai'}

describe('readEmbeddedFile', () => {
  it('gives back the embedded result byte for byte from a signed report whose signature holds (what the gate reads)', async () => {
    const signed = await signPdf(await makeReportPdf({placeholder}), trialIdentity(), SIGNING_TIME)
    const verification = await verifySignature(signed, {trustedRoots: [TRIAL_CA]})
    expect([verification.valid, verification.trusted, verification.coversWholeFile]).toEqual([true, true, true])
    const bytes = await readEmbeddedFile(signed, EMBEDDED_RESULT_NAME)
    expect(Buffer.from(bytes!).equals(RESULT_JSON)).toBe(true)
  })

  it('reads an unsigned PDF too, and says undefined for a name that is not attached', async () => {
    const pdf = await makeReportPdf()
    expect(Buffer.from((await readEmbeddedFile(pdf, 'posattest-result.json'))!).equals(RESULT_JSON)).toBe(true)
    expect(await readEmbeddedFile(pdf, 'answers.yaml')).toBeUndefined()
  })

  it('is a one-line error for bytes that are not a PDF', async () => {
    await expect(readEmbeddedFile(Buffer.from('not a pdf at all'), EMBEDDED_RESULT_NAME, 'x.pdf')).rejects.toThrow(
      /^x\.pdf: cannot be parsed to read its attachments: /,
    )
  })

  it('is a one-line error, not a TypeError, for a PDF cut short before its trailer (no catalog)', async () => {
    const pdf = await makeReportPdf()
    const error = await readEmbeddedFile(pdf.subarray(0, Math.floor(pdf.length / 2)), EMBEDDED_RESULT_NAME, 'cut.pdf').catch((thrown) => thrown)
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toMatch(/^cut\.pdf: cannot be parsed to read its attachments: .* \[[a-z-]+\]$/)
  })

  it('is a one-line error for a catalog whose /Names is not a dictionary', async () => {
    const pdf = writePdf([{number: 1, body: '<< /Type /Catalog /Names [1 2] /AF [] >>'}, {number: 2, body: '(posattest-result.json)'}], {root: 1})
    const error = await readEmbeddedFile(pdf, EMBEDDED_RESULT_NAME, 'names.pdf').catch((thrown) => thrown)
    expect(error).toBeInstanceOf(UserError)
    expect(error.message).toBe('names.pdf: cannot be parsed to read its attachments: the PDF names a posattest attachment but has no /EmbeddedFiles name tree [result-missing]')
  })
})

describe('summarizeEmbeddedResult', () => {
  it('picks entity, role, assessment date, verdict, score and the number of gaps', () => {
    expect(summarizeEmbeddedResult(RESULT_JSON)).toEqual({
      entity: 'Golden Dragon Catering (Shanghai) Co., Ltd.',
      role: 'merchant',
      assessmentDate: '2026-03-16',
      verdict: 'non_compliant',
      score: 65.5,
      gaps: 6,
    })
  })

  it('shows missing fields as null and rejects bytes that are not JSON', () => {
    expect(summarizeEmbeddedResult(Buffer.from('{"verdict":"compliant"}'))).toEqual({
      entity: null,
      role: null,
      assessmentDate: null,
      verdict: 'compliant',
      score: null,
      gaps: null,
    })
    expect(() => summarizeEmbeddedResult(Buffer.from('{'))).toThrow(/^posattest-result\.json: the embedded result is not JSON: /)
  })
})
