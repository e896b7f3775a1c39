import {UserError} from '../errors.js'
import {readInput} from '../io/read-input.js'
import {parseCertificatesPem, readRootCertificates} from './certificates.js'
import type {CadesOptions} from './cms-signer.js'
import {parseCrl} from './crl.js'
import {openSigningIdentity, type SigningIdentity} from './identity.js'
import {PKCS11_PIN, readCommandPassphrase} from './passphrase.js'
import type {SigningFlagValues} from './signing-flags.js'

/** An opened key with what goes into its signatures; close() releases a token session. */
export interface SigningSetup {
  identity: SigningIdentity
  cades: CadesOptions
  close(): void
}

/**
 * Reads the inputs named by the signing flags (CRLs, the TSA roots, the certificate) before any secret is
 * asked for, then opens the p12 or logs in to the token. Problems are one-line UserErrors.
 */
export async function openSigning(flags: SigningFlagValues): Promise<SigningSetup> {
  if ((flags.p12 === undefined) === (flags['pkcs11-module'] === undefined)) {
    throw new UserError('no-signing-key', 'give the signing key with either --p12 FILE or --pkcs11-module PATH --pkcs11-key LABEL')
  }
  const crls = []
  for (const file of flags['embed-revocation'] ?? []) crls.push(parseCrl(await readInput(file), file).der)
  const cades: CadesOptions = {
    ...(flags.tsa && flags.tsa.length > 0
      ? {timestamp: {urls: flags.tsa, ...(flags['tsa-ca'] === undefined ? {} : {trustedRootsPem: await readRootCertificates(flags['tsa-ca'])})}}
      : {}),
    ...(crls.length > 0 ? {crls} : {}),
  }
  if (flags.p12 !== undefined) {
    const p12 = await readInput(flags.p12) // a missing file fails before the passphrase prompt
    const identity = openSigningIdentity(p12, await readCommandPassphrase(flags['passphrase-env']), flags.p12)
    return {identity, cades, close: () => {}}
  }
  const certificates =
    flags.cert === undefined
      ? undefined
      : parseCertificatesPem((await readInput(flags.cert)).toString('utf8'), flags.cert).map((c) => new Uint8Array(c.toSchema().toBER()))
  const pin = await readCommandPassphrase(flags['pin-env'], {secret: PKCS11_PIN})
  const {openPkcs11Identity} = await import('./pkcs11-signer.js')
  const identity = await openPkcs11Identity({
    module: flags['pkcs11-module']!,
    key: flags['pkcs11-key']!,
    pin,
    ...(flags['pkcs11-token'] === undefined ? {} : {token: flags['pkcs11-token']}),
    ...(certificates === undefined ? {} : {certificates}),
  })
  return {identity, cades, close: () => identity.close()}
}
