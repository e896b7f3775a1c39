import {describe, expect, it} from 'vitest'
import {UserError} from '../../src/model/errors.js'
import {normaliseName, parseSignerRegistry, signerBindingProblem, type BoundSigner} from '../../src/gate/signer-binding.js'

const FINGERPRINT = 'ab'.repeat(32)
const signer: BoundSigner = {org: 'Lotus Tea House Ltd', subject: 'O=Lotus Tea House Ltd, CN=Mei Chan', sha256: FINGERPRINT}
const registry = (text: string, file = 'signers.yaml') => parseSignerRegistry(Buffer.from(text), file)

/** The refusal of a registry, as `code exit: file: where` (what follows is English). */
function refusal(text: string, file = 'signers.yaml'): string {
  try {
    registry(text, file)
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    const {code, exitCode, message} = error as UserError
    return `${code} ${exitCode}: ${message.split(': ').slice(0, 2).join(': ')}`
  }
  throw new Error('accepted')
}

describe('normaliseName', () => {
  it('compares names as people read them: width, case and runs of white space do not matter', () => {
    expect(normaliseName('  ＬＯＴＵＳ   tea\tHouse Ltd ')).toBe('lotus tea house ltd')
    expect(normaliseName('Lotus Tea House Ltd')).toBe(normaliseName('LOTUS TEA HOUSE LTD'))
  })
})

describe('parseSignerRegistry', () => {
  it('reads YAML: each merchant id with a list of fingerprints (hex, colons allowed) or subjects, or a single one', () => {
    const colons = FINGERPRINT.toUpperCase().match(/../g)!.join(':')
    expect(registry(`"M-1":\n  - ${colons}\n  - "O=Lotus Tea House Ltd,  CN=Mei Chan"\n1234: "CN=Solo"\n`)).toEqual({
      'M-1': [`sha256:${FINGERPRINT}`, 'subject:o=lotus tea house ltd, cn=mei chan'],
      '1234': ['subject:cn=solo'],
    })
  })

  it('reads CSV by its extension: merchant_id and certificate columns, trimmed, with a BOM', () => {
    expect(registry(`\ufeffmerchant_id,certificate\nM-1, ${FINGERPRINT} \nM-1,CN=Other\n`, 'signers.CSV')).toEqual({'M-1': [`sha256:${FINGERPRINT}`, 'subject:cn=other']})
  })

  it('refuses, exit 2, a file that is not a registry, naming the file and the entry', () => {
    expect(refusal('- a list\n')).toBe('bad-signer-registry 2: signers.yaml: not a signer registry')
    expect(refusal('"M-1": [""]\n')).toBe('bad-signer-registry 2: signers.yaml: M-1.0')
    expect(refusal('"M-1": [[nested]]\n')).toBe('bad-signer-registry 2: signers.yaml: M-1.0')
    expect(refusal('merchant_id,certificate\nM-1,\n', 'r.csv')).toBe('bad-signer-registry 2: r.csv: row 2')
    expect(refusal('a: &a [x]\nb: *a\n')).toBe('bad-signer-registry 2: signers.yaml: not a signer registry')
  })
})

describe('signerBindingProblem', () => {
  it('match organisation: binds a signer whose organisation is the legal name, normalised', () => {
    expect(signerBindingProblem({match: 'organisation'}, undefined, signer, {legal_name: 'LOTUS  tea house ltd'})).toBeUndefined()
    expect(signerBindingProblem({match: 'organisation'}, undefined, signer, {legal_name: 'Other Ltd'})?.code).toBe('signer-not-bound')
    expect(signerBindingProblem({match: 'organisation'}, undefined, {...signer, org: null}, {legal_name: 'Lotus Tea House Ltd'})?.code).toBe('signer-not-bound')
  })

  it('registry: binds a signer listed for the merchant id by fingerprint or subject, and no other', () => {
    const byFingerprint = registry(`"M-1": [${FINGERPRINT}]\n`)
    const bySubject = registry('"M-1": ["o=lotus tea house ltd, cn=MEI CHAN"]\n')
    const binding = {registry: 'signers.yaml'}
    expect(signerBindingProblem(binding, byFingerprint, signer, {legal_name: 'x', merchant_id: 'M-1'})).toBeUndefined()
    expect(signerBindingProblem(binding, bySubject, signer, {legal_name: 'x', merchant_id: 'M-1'})).toBeUndefined()
    expect(
      [
        signerBindingProblem(binding, byFingerprint, signer, {legal_name: 'x', merchant_id: 'M-2'}),
        signerBindingProblem(binding, byFingerprint, {...signer, sha256: 'cd'.repeat(32)}, {legal_name: 'x', merchant_id: 'M-1'}),
        signerBindingProblem(binding, byFingerprint, signer, {legal_name: 'x'}),
        signerBindingProblem(binding, undefined, signer, {legal_name: 'x', merchant_id: 'M-1'}),
      ].map((p) => p?.code),
    ).toEqual(['signer-not-bound', 'signer-not-bound', 'signer-not-bound', 'signer-not-bound'])
  })
})
