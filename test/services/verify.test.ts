import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeFile} from 'node:fs/promises'
import {verify} from '../../src/services/verify.js'
import {COMPLIANT, makeBook, type Book} from '../helpers/service-fixtures.js'

let book: Book
beforeAll(async () => (book = await makeBook([{name: 'compliant.pdf', answers: COMPLIANT}])))
afterAll(async () => book.cleanup())

const NOW = new Date('2026-12-01T23:59:59.999Z')

describe('the verify service', () => {
  it('finds a report signed by a trusted signer valid, derived and, asked to, reproduced', async () => {
    const {report, exitCode} = await verify({file: book.at('book', 'compliant.pdf'), ca: [book.at('keys', 'ca.pem')], now: NOW, reproduce: true})
    expect(exitCode).toBe(0)
    expect(report.signature).toMatchObject({signed: true, valid: true, trusted: true})
    expect(report.derivation).toBeNull()
    expect(report.embeddedResult).toMatchObject({verdict: 'compliant', assessmentDate: '2026-11-20'})
    expect(report.reproduction).toEqual({reproducible: true, route: 'report --sign', lang: 'en'})
  })

  it('without roots the signature is valid but untrusted: exit 1', async () => {
    const {report, exitCode} = await verify({file: book.at('book', 'compliant.pdf'), now: NOW})
    expect(exitCode).toBe(1)
    expect(report).toMatchObject({rootsGiven: false, signature: {valid: true, trusted: false}, reproduction: null})
  })

  it('refuses a file that is not a PDF as a UserError', async () => {
    await writeFile(book.at('notes.txt'), 'notes\n')
    await expect(verify({file: book.at('notes.txt')})).rejects.toMatchObject({code: 'not-a-pdf', exitCode: 2})
  })
})
