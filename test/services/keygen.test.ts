import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {tempDir} from '../helpers/run-cli.js'
import {keygen, revoke} from '../../src/services/keygen.js'
import {parseCrl, revokedEntries} from '../../src/signing/crl.js'
import {openSigningIdentity} from '../../src/signing/identity.js'
import {PASSPHRASE_VAR} from '../helpers/service-fixtures.js'

let tmp: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => (tmp = await tempDir()))
afterAll(async () => tmp.cleanup())

describe('the keygen service', () => {
  it('writes the trial CA and signer from the given day, the secrets mode 0600', async () => {
    const output = path.join(tmp.dir, 'keys')
    const summary = await keygen({output, commonName: 'Jane Doe', organization: 'Acme Retail Ltd', days: 30, date: '2026-11-01', passphraseEnv: PASSPHRASE_VAR})
    expect(summary).toMatchObject({commonName: 'Jane Doe', organization: 'Acme Retail Ltd', notBefore: '2026-11-01T00:00:00.000Z', notAfter: '2026-12-01T00:00:00.000Z'})
    expect((await stat(summary.p12)).mode & 0o777).toBe(0o600)
    expect((await stat(summary.caKey)).mode & 0o777).toBe(0o600)
    const identity = openSigningIdentity(await readFile(summary.p12), process.env[PASSPHRASE_VAR]!, 'signer.p12')
    expect([identity.name, identity.serial]).toEqual(['Jane Doe', summary.serial])
  })

  it('starts today (UTC) without a day, and refuses names, days and files it cannot use', async () => {
    const output = path.join(tmp.dir, 'today')
    const today = await keygen({output, commonName: 'T', days: 1, passphraseEnv: PASSPHRASE_VAR, now: () => new Date('2026-03-04T23:00:00-02:00')})
    expect(today.notBefore).toBe('2026-03-05T00:00:00.000Z')
    await expect(keygen({output, commonName: 'T', days: 1, passphraseEnv: PASSPHRASE_VAR})).rejects.toMatchObject({
      code: 'file-exists',
      message: `${path.join(output, 'signer.p12')} already exists`,
    })
    await expect(keygen({output, commonName: ' ', days: 1})).rejects.toMatchObject({code: 'value-too-long'})
    await expect(keygen({output, commonName: 'T', days: 1, date: '2050-01-01', force: true})).rejects.toMatchObject({
      code: 'time-out-of-range',
      message: '--date must lie between 1950 and 2049, not 2050-01-01',
    })
  })
})

describe('the revoke service', () => {
  it('revokes a serial in the CA folder, then republishes with the next number', async () => {
    const caDir = path.join(tmp.dir, 'ca')
    const {serial} = await keygen({output: caDir, commonName: 'R', days: 365, date: '2026-01-01', passphraseEnv: PASSPHRASE_VAR})
    const first = await revoke({caDir, serial, reason: 'keyCompromise', date: new Date('2026-06-15T00:00:00Z'), nextUpdateDays: 30, passphraseEnv: PASSPHRASE_VAR})
    expect(first).toMatchObject({number: 1, thisUpdate: '2026-06-15T00:00:00.000Z', nextUpdate: '2026-07-15T00:00:00.000Z'})
    expect(first.revoked).toEqual([{serial, date: '2026-06-15T00:00:00.000Z', reason: 'keyCompromise'}])
    const second = await revoke({caDir, reason: 'unspecified', sourceDateEpoch: '1790000000', nextUpdateDays: 7, passphraseEnv: PASSPHRASE_VAR})
    expect(second).toMatchObject({number: 2, thisUpdate: new Date(1790000000 * 1000).toISOString()})
    expect(revokedEntries(parseCrl(await readFile(second.crl), 'ca.crl').crl).map((e) => e.serial)).toEqual([serial])
  })

  it('names the date flag when the time cannot be a CRL date', async () => {
    const caDir = path.join(tmp.dir, 'ca')
    await expect(revoke({caDir, reason: 'unspecified', date: new Date('2051-01-01T00:00:00Z'), nextUpdateDays: 1})).rejects.toMatchObject({
      code: 'time-out-of-range',
      message: '--date must lie between 1950 and 2049, not 2051-01-01T00:00:00.000Z',
    })
  })
})
