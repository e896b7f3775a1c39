import {readFileSync} from 'node:fs'
import {createPrivateKey} from 'node:crypto'
import path from 'node:path'
import forge from 'node-forge'
import {describe, expect, it} from 'vitest'
import {openPkcs12Natively} from '../../src/signing/p12.js'
import {createTrialIdentity} from '../../src/signing/identity.js'
import {PASSPHRASE, SIGNING, TRIAL_P12} from '../helpers/signing-fixtures.js'

/** What node-forge made of the same file before: the key (as PKCS#8 DER) and the certificates' DER. */
function openedByForge(bytes: Uint8Array, passphrase: string): {key: Buffer; certificates: Buffer[]} {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(bytes).toString('binary'))), false, passphrase)
  const oids = forge.pki.oids
  const bag = p12.getBags({bagType: oids.pkcs8ShroudedKeyBag!})[oids.pkcs8ShroudedKeyBag!]![0]!
  const info = bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)) : bag.asn1!
  const key = createPrivateKey({key: Buffer.from(forge.asn1.toDer(info).getBytes(), 'binary'), format: 'der', type: 'pkcs8'})
  const certificates = (p12.getBags({bagType: oids.certBag!})[oids.certBag!] ?? []).map((b) =>
    Buffer.from(forge.asn1.toDer(b.cert ? forge.pki.certificateToAsn1(b.cert) : b.asn1!).getBytes(), 'binary'),
  )
  return {key: key.export({format: 'der', type: 'pkcs8'}), certificates}
}

describe('openPkcs12Natively', () => {
  it.each([
    ['posattest keygen (forge: plain certificates, SHA-1 MAC, 10,000 iterations)', TRIAL_P12],
    ['OpenSSL 3 (encrypted certificates, SHA-256 MAC)', path.join(SIGNING, 'openssl/signer.p12')],
    ['an EC key', path.join(SIGNING, 'ec-key.p12')],
    ['an Ed25519 key', path.join(SIGNING, 'ed25519-key.p12')],
  ])('opens %s to the same key and certificates as node-forge', (_name, file) => {
    const bytes = readFileSync(file)
    const opened = openPkcs12Natively(bytes, PASSPHRASE)
    expect(opened).toBeDefined()
    const expected = openedByForge(bytes, PASSPHRASE)
    expect(opened!.privateKey.export({format: 'der', type: 'pkcs8'}).equals(expected.key)).toBe(true)
    expect(opened!.certificates.map((c) => Buffer.from(c).toString('hex'))).toEqual(expected.certificates.map((c) => c.toString('hex')))
  })

  it('opens a p12 made by createTrialIdentity', () => {
    const trial = createTrialIdentity({commonName: 'n', notBefore: new Date('2026-01-01T00:00:00Z'), days: 2, passphrase: 'pw', bits: 1024})
    const opened = openPkcs12Natively(trial.p12, 'pw')
    expect(opened?.certificates).toHaveLength(2)
  })

  it('leaves to node-forge a wrong passphrase, a changed byte, a non-ASCII or empty passphrase, and what is no p12', () => {
    const bytes = readFileSync(TRIAL_P12)
    expect(openPkcs12Natively(bytes, 'wrong')).toBeUndefined()
    const changed = Buffer.from(bytes)
    changed[changed.length - 40]! ^= 1
    expect(openPkcs12Natively(changed, PASSPHRASE)).toBeUndefined()
    expect(openPkcs12Natively(bytes, 'pässword')).toBeUndefined()
    expect(openPkcs12Natively(bytes, '')).toBeUndefined()
    expect(openPkcs12Natively(readFileSync(path.join(SIGNING, 'corrupt.p12')), PASSPHRASE)).toBeUndefined()
    expect(openPkcs12Natively(Buffer.from('%PDF-1.7'), PASSPHRASE)).toBeUndefined()
  })
})
