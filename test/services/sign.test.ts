import {readFile} from 'node:fs/promises'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {UserError} from '../../src/model/errors.js'
import {report} from '../../src/services/report.js'
import {sign} from '../../src/services/sign.js'
import {findSignatureDictionaries} from '../../src/signing/signature-dictionary.js'
import {COMPLIANT, GENERATOR, makeBook, signWith, SIGNING_TIME, type Book} from '../helpers/service-fixtures.js'

let book: Book
beforeAll(async () => {
  book = await makeBook()
  await report({input: COMPLIANT, output: book.at('unsigned.pdf'), ...GENERATOR})
})
afterAll(async () => book.cleanup())

describe('the sign service', () => {
  it('signs a report by an incremental update and says who signed when', async () => {
    const summary = await sign({file: book.at('unsigned.pdf'), output: book.at('signed.pdf'), ...signWith(book.keys), reason: 'Annual attestation'})
    const signed = await readFile(book.at('signed.pdf'))
    const unsigned = await readFile(book.at('unsigned.pdf'))
    expect(signed.subarray(0, unsigned.length).equals(unsigned)).toBe(true)
    expect(summary).toMatchObject({input: book.at('unsigned.pdf'), signer: 'Priya Shah', signingTime: SIGNING_TIME.toISOString(), timestamp: null, bytes: signed.length})
    expect(findSignatureDictionaries(signed).at(-1)).toMatchObject({reason: 'Annual attestation', placeholder: false})
  })

  it('gives the same bytes for the same signing time (RSA, no timestamp)', async () => {
    const one = await sign({file: book.at('unsigned.pdf'), output: book.at('one.pdf'), ...signWith(book.keys)})
    const two = await sign({file: book.at('unsigned.pdf'), output: book.at('two.pdf'), ...signWith(book.keys)})
    expect(one.sha256).toBe(two.sha256)
  })

  it('refuses an already signed PDF, and a reason longer than 256 characters, as UserErrors', async () => {
    await sign({file: book.at('unsigned.pdf'), output: book.at('once.pdf'), ...signWith(book.keys)})
    await expect(sign({file: book.at('once.pdf'), output: book.at('twice.pdf'), ...signWith(book.keys)})).rejects.toMatchObject({code: 'already-signed'})
    const long = sign({file: book.at('unsigned.pdf'), output: book.at('x.pdf'), ...signWith(book.keys), reason: 'x'.repeat(257)})
    await expect(long).rejects.toBeInstanceOf(UserError)
    await expect(long).rejects.toMatchObject({code: 'value-too-long', message: '--reason must be at most 256 characters'})
  })

  it('needs exactly one key source', async () => {
    await expect(sign({file: book.at('unsigned.pdf'), output: book.at('x.pdf'), key: {}})).rejects.toMatchObject({code: 'no-signing-key'})
  })
})
