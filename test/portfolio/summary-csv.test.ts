import {parse} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'
import {errorRow} from '../../src/portfolio/portfolio-row.js'
import {csvField, portfolioCsv} from '../../src/portfolio/summary-csv.js'

describe('csvField', () => {
  it('quotes fields holding a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('Lotus, Tea')).toBe('"Lotus, Tea"')
    expect(csvField('the "Bean" Bar')).toBe('"the ""Bean"" Bar"')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(null)).toBe('')
    expect(csvField(71.4)).toBe('71.4')
    expect(csvField(false)).toBe('false')
  })

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
  })
})

describe('portfolioCsv', () => {
  it('writes a header and one row per submission that a CSV reader gives back intact', () => {
    // Given
    const row = {
      ...errorRow('shops/上海, "east".pdf', 'the file is empty'),
      merchant: '上海晨光餐饮管理有限公司',
      reasons: [
        {rule: 'signature' as const, code: 'signature-refused', message: 'the signature is invalid: x', controls: []},
        {rule: 'verdict' as const, code: 'verdict-not-compliant', message: 'the verdict is non-compliant with 2 open gaps', controls: ['SEAL-01']},
      ],
      gap_domains: ['seals', 'retention'],
    }
    // When
    const csv = portfolioCsv([row])
    // Then
    expect(csv.split('\r\n')[0]).toBe(
      'file,outcome,merchant,trading_name,merchant_id,agent,latest_of_merchant,merchant_flags,assessment_date,expires_on,verdict,saq_type,score,signed,signer,trusted_time,failed_rules,reasons,warnings,gap_domains,sha256,bytes',
    )
    const records = parse(csv, {columns: true}) as Record<string, string>[]
    expect(records).toEqual([
      {
        file: 'shops/上海, "east".pdf',
        outcome: 'error',
        merchant: '上海晨光餐饮管理有限公司',
        trading_name: '',
        merchant_id: '',
        agent: '',
        latest_of_merchant: '',
        merchant_flags: '',
        assessment_date: '',
        expires_on: '',
        verdict: '',
        saq_type: '',
        score: '',
        signed: 'false',
        signer: '',
        trusted_time: '',
        failed_rules: 'signature verdict',
        reasons: 'signature: the signature is invalid: x\nverdict: the verdict is non-compliant with 2 open gaps',
        warnings: '',
        gap_domains: 'seals retention',
        sha256: '',
        bytes: '',
      },
    ])
  })
})
