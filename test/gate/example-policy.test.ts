import {copyFile, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ROOT, runCli, tempDir} from '../helpers/run-cli.js'
import {PASSPHRASE_ENV} from '../helpers/signed-reports.js'

// examples/policy.yaml against the two merchant examples, rendered and signed as its header comment says.
const EXAMPLES = path.join(ROOT, 'examples')
let tmp: {dir: string; cleanup: () => Promise<void>}
const run = (...args: string[]) => runCli(args, {cwd: tmp.dir, env: PASSPHRASE_ENV})

beforeAll(async () => {
  tmp = await tempDir('posattest-example-policy-')
  await copyFile(path.join(EXAMPLES, 'policy.yaml'), path.join(tmp.dir, 'policy.yaml'))
  const keys = await run('keygen', '-o', 'keys', '--cn', 'Priya Shah', '--org', 'Harbour Lane Coffee Ltd', '--date', '2026-01-01')
  expect(keys.code).toBe(0)
  const made = await Promise.all(
    ['merchant-compliant', 'merchant-gaps'].flatMap((example) => [
      // Signed on a fixed day inside the certificate and before the day of judgement the tests use.
      run('report', path.join(EXAMPLES, example, 'answers.yaml'), '-o', `${example}.pdf`, '--sign', '--p12', 'keys/signer.p12', '--signing-time', '2026-11-24T10:00:00Z'),
      run('evaluate', path.join(EXAMPLES, example, 'answers.yaml'), '-o', `${example}.json`),
    ]),
  )
  expect(made.map((m) => m.stderr.match(/^Wrote .*|posattest: .*/m)?.[0])).toEqual([
    expect.stringMatching(/^Wrote merchant-compliant\.pdf: .*signed by Priya Shah$/),
    'Wrote merchant-compliant.json',
    expect.stringMatching(/^Wrote merchant-gaps\.pdf: .*signed by Priya Shah$/),
    'Wrote merchant-gaps.json',
  ])
})

afterAll(async () => {
  await tmp.cleanup()
})

describe('examples/policy.yaml', () => {
  it('passes the signed report of examples/merchant-compliant, every rule in force', async () => {
    const {code, stdout} = await run('gate', 'merchant-compliant.pdf', '--policy', 'policy.yaml', '--now', '2026-12-01')
    expect(stdout).toBe(
      'PASS merchant-compliant.pdf: Harbour Lane Coffee Ltd trading as Harbour Lane Coffee (HLC-BRS-0042) · assessed 2026-11-20 · signed by Priya Shah · compliant · score 100\n' +
        'Policy "Severn Merchant Acquiring card-terminal policy 2026", day of judgement 2026-12-01; the assessment is accepted until 2027-11-20: 14 rules passed, 0 failed, 1 not applied\n',
    )
    expect(code).toBe(0)
  })

  it('fails the signed report of examples/merchant-gaps on its gaps, scores and terminals', async () => {
    const {code, stdout} = await run('gate', 'merchant-gaps.pdf', '--policy', 'policy.yaml', '--now', '2026-12-01')
    expect(stdout).toBe(
      [
        'FAIL merchant-gaps.pdf: 上海晨光餐饮管理有限公司 trading as 晨光咖啡 Morning Light Coffee (898310058120417) · assessed 2026-11-20 · signed by Priya Shah · non-compliant · score 85.7',
        'Failing rules (8):',
        '  verdict: the verdict is non-compliant with 5 open gaps (controls: SEAL-02, SEAL-03, TRN-01, INC-02, RET-02)',
        '  open-gaps: 2 open critical gaps; the policy allows 0 (controls: SEAL-02, TRN-01)',
        '  open-gaps: 3 open high gaps; the policy allows 1 (controls: SEAL-03, INC-02, RET-02)',
        '  domain-score: domain seals scores 58.8; the policy requires 90 (controls: SEAL-02, SEAL-03)',
        '  domain-score: domain staff-training scores 71.4; the policy requires 80 (controls: TRN-01)',
        '  overall-score: the overall score is 85.7; the policy requires 90',
        '  inventory: terminals in use without seal ids: 1240987654',
        '  inventory: terminals not inspected within 31 days of the assessment: 1850123457',
        'Policy "Severn Merchant Acquiring card-terminal policy 2026", day of judgement 2026-12-01; the assessment is accepted until 2027-11-20: 9 rules passed, 5 failed, 1 not applied',
        '',
      ].join('\n'),
    )
    expect(code).toBe(1)
  })

  it('refuses the bare result JSONs, and would judge them like the reports were accept_unsigned_results on', async () => {
    const refused = await run('gate', 'merchant-compliant.json', '--policy', 'policy.yaml', '--now', '2026-12-01')
    expect(refused.stdout.split('\n')[2]).toBe('  signature: the submission is not signed and the policy accepts only signed reports')
    expect(refused.code).toBe(1)

    const policy = await readFile(path.join(tmp.dir, 'policy.yaml'), 'utf8')
    expect(policy).toContain('\naccept_unsigned_results: false\n')
    await writeFile(path.join(tmp.dir, 'unsigned.yaml'), policy.replace('\naccept_unsigned_results: false\n', '\naccept_unsigned_results: true\n'))
    const compliant = await run('gate', 'merchant-compliant.json', '--policy', 'unsigned.yaml', '--now', '2026-12-01')
    expect(compliant.stdout.split('\n')[0]).toMatch(/^PASS merchant-compliant\.json: Harbour Lane Coffee Ltd .* unsigned result JSON · compliant · score 100$/)
    expect(compliant.code).toBe(0)
    const gaps = await run('gate', 'merchant-gaps.json', '--policy', 'unsigned.yaml', '--now', '2026-12-01')
    expect(gaps.stdout.split('\n').slice(0, 2)).toEqual([
      'FAIL merchant-gaps.json: 上海晨光餐饮管理有限公司 trading as 晨光咖啡 Morning Light Coffee (898310058120417) · assessed 2026-11-20 · unsigned result JSON · non-compliant · score 85.7',
      'Failing rules (8):',
    ])
    expect(gaps.code).toBe(1)
  })

  it('fails the compliant report once the year is over, and the gaps report once its gaps are overdue', async () => {
    // Without a timestamp the signer's certificates count on the day of judgement: by then keygen's one-year ones have expired.
    const late = await run('gate', 'merchant-compliant.pdf', '--policy', 'policy.yaml', '--now', '2027-11-21')
    // A refused signature is the whole refusal: nothing the report says (its age included) is shown as fact.
    expect(late.stdout.split('\n').slice(1, 3)).toEqual([
      'Failing rules (1):',
      '  signature: the signer Priya Shah is not trusted: certificate "Priya Shah" expired on 2027-01-01T00:00:00Z (checked at 2027-11-21T23:59:59Z); ' +
        'certificate "Harbour Lane Coffee Ltd trial CA (posattest)" expired on 2027-01-02T00:00:00Z (checked at 2027-11-21T23:59:59Z)',
    ])
    expect(late.code).toBe(1)
    const overdue = await run('gate', 'merchant-gaps.pdf', '--policy', 'policy.yaml', '--now', '2026-12-21')
    expect(overdue.stdout).toContain(
      '  overdue-gaps: 3 gaps at or above high past the due date: SEAL-02 (due 2026-12-04), SEAL-03 (due 2026-12-20), TRN-01 (due 2026-12-20)\n',
    )
  })
})
