import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {GatePolicy} from '../../src/generated/policy.js'
import {judgeSubmission} from '../../src/gate/judge-submission.js'
import {readSubmission, type Submission} from '../../src/gate/load-submission.js'
import {GATE_FIXTURES} from '../helpers/signed-reports.js'

const strict: GatePolicy = {schema_version: 1, name: 'strict', max_assessment_age_days: 365}
const lenient: GatePolicy = {...strict, accept_unsigned_results: true}
const now = '2025-06-01'

describe('judgeSubmission', () => {
  const unsigned = {signed: false, valid: false, trusted: false, problems: []}
  const broken = {signed: true, valid: false, trusted: false, signer: 'Mallory', problems: [{code: 'digest-mismatch', message: 'the signed bytes were changed after signing (the message digest does not match)'}]}

  it('fails a refused signature even when no result could be read: the signature decides alone', () => {
    const submission: Submission = {kind: 'pdf', signature: broken, problem: 'truncated or damaged PDF (it does not end with %%EOF)'}
    expect(judgeSubmission(submission, strict, now)).toEqual({
      outcome: 'fail',
      kind: 'pdf',
      signed: true,
      signer: 'Mallory',
      reasons: [
        {rule: 'signature', message: 'the signature is invalid: the signed bytes were changed after signing (the message digest does not match)', controls: [], code: 'digest-mismatch', refusal: 'invalid'},
        {rule: 'submission', code: 'submission-unreadable', message: 'truncated or damaged PDF (it does not end with %%EOF)', controls: []},
      ],
      warnings: [],
    })
  })

  it('gives error when the signature is accepted but there is no result to judge', () => {
    const submission: Submission = {kind: 'json', signature: unsigned, problem: 'the file is not JSON: Unexpected end of JSON input'}
    expect(judgeSubmission(submission, lenient, now)).toMatchObject({outcome: 'error', reasons: [{rule: 'submission'}]})
    // The same file where a signature is demanded is refused on the signature.
    expect(judgeSubmission(submission, strict, now).outcome).toBe('fail')
  })

  it('gives error for a file that is neither PDF nor JSON, whatever the policy', () => {
    const submission: Submission = {kind: 'unknown', signature: unsigned, problem: 'neither a PDF report nor a result JSON'}
    expect(judgeSubmission(submission, strict, now)).toEqual({
      outcome: 'error',
      kind: 'unknown',
      signed: false,
      reasons: [{rule: 'submission', code: 'submission-unreadable', message: 'neither a PDF report nor a result JSON', controls: []}],
      warnings: [],
    })
  })

  it('masks a card number that a hostile submission puts into a reason', () => {
    const submission: Submission = {kind: 'json', signature: unsigned, problem: 'the file is not JSON: Unexpected token in 4111 1111 1111 1111'}
    expect(judgeSubmission(submission, lenient, now).reasons[0]!.message).toBe('the file is not JSON: Unexpected token in 411111******1111')
  })

  it('applies the policy to a submission with a result and keeps the decision', async () => {
    const json = await readFile(path.join(GATE_FIXTURES, 'result-gaps.json'))
    const verdict = judgeSubmission(await readSubmission(json, {trustedRoots: []}), lenient, now)
    expect(verdict.outcome).toBe('fail')
    expect(verdict.reasons).toEqual([{rule: 'verdict', code: 'verdict-not-compliant', message: 'the verdict is non-compliant with 2 open gaps', controls: ['SEAL-01', 'RET-03']}])
    expect(verdict.decision?.entity).toEqual({legal_name: 'Golden Harbour Noodles Ltd', trading_name: '金港面馆', merchant_id: 'M-2002'})
  })
})
