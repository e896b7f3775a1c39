import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {FIXTURES} from '../helpers/run-cli.js'
import {report} from '../../src/services/report.js'
import {findSignatureDictionaries} from '../../src/signing/signature-dictionary.js'
import {COMPLIANT, GENERATOR, makeBook, signWith, SIGNING_TIME, type Book} from '../helpers/service-fixtures.js'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

let book: Book
beforeAll(async () => (book = await makeBook()))
afterAll(async () => book.cleanup())

describe('the report service', () => {
  it('evaluates and renders the golden unsigned report, and says what it wrote', async () => {
    const output = book.at('compliant.pdf')
    const summary = await report({input: COMPLIANT, output, ...GENERATOR})
    const pdf = await readFile(output)
    const golden = await readFile(path.join(FIXTURES, 'golden', 'merchant-compliant', 'report.sha256'), 'utf8')
    expect(golden).toContain(`en ${sha256(pdf)}\n`)
    expect(summary).toEqual({
      output,
      bytes: pdf.length,
      pages: expect.any(Number),
      sha256: sha256(pdf),
      lang: 'en',
      date: '2026-11-20',
      verdict: 'compliant',
      score: 100,
    })
    expect(summary.pages).toBeGreaterThan(3)
  })

  it('takes the report date from the option, then SOURCE_DATE_EPOCH, never the clock', async () => {
    const dated = await report({input: COMPLIANT, output: book.at('dated.pdf'), ...GENERATOR, date: new Date('2026-12-24T00:00:00Z'), sourceDateEpoch: '1800000000'})
    expect(dated.date).toBe('2026-12-24')
    const epoch = await report({input: COMPLIANT, output: book.at('epoch.pdf'), ...GENERATOR, sourceDateEpoch: '1800000000'})
    expect(epoch.date).toBe('2027-01-15')
  })

  it('signs through the signing pipeline: the field written while rendering, signed in place', async () => {
    const output = book.at('signed.pdf')
    const summary = await report({input: COMPLIANT, output, ...GENERATOR, sign: {...signWith(book.keys), location: 'Bristol'}})
    expect(summary).toMatchObject({signed_by: 'Priya Shah', signing_time: SIGNING_TIME.toISOString(), date: '2026-11-20'})
    const signatures = findSignatureDictionaries(await readFile(output))
    // One revision: `report --sign` writes the field itself, `sign` would have appended one.
    expect(signatures).toHaveLength(1)
    expect(signatures[0]).toMatchObject({placeholder: false, name: 'Priya Shah', location: 'Bristol'})
  })

  it('refuses a key that is not valid at the signing time before rendering anything', async () => {
    const output = book.at('late.pdf')
    await expect(report({input: COMPLIANT, output, ...GENERATOR, sign: {...signWith(book.keys), signingTime: new Date('2030-01-01T00:00:00Z')}})).rejects.toMatchObject({
      code: 'certificate-not-valid-at-signing-time',
    })
    await expect(readFile(output)).rejects.toMatchObject({code: 'ENOENT'})
  })
})
