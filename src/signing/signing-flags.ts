import {Flags} from '@oclif/core'
import {passphraseEnvFlag} from './passphrase.js'

/**
 * The flags of every command that signs (sign, report --sign): where the key is (a p12 or a PKCS#11 token),
 * the signing time, a timestamp and CRLs to embed. Secrets are never flag values.
 */
export const signingFlags = {
  p12: Flags.string({description: 'PKCS#12 file (.p12/.pfx) holding the signing key and certificates (e.g. from `posattest keygen`)', helpValue: 'FILE', exclusive: ['pkcs11-module']}),
  'passphrase-env': passphraseEnvFlag,
  'pkcs11-module': Flags.string({description: 'sign with a key on a PKCS#11 token through this module (e.g. /usr/lib/softhsm/libsofthsm2.so)', helpValue: 'PATH', dependsOn: ['pkcs11-key']}),
  'pkcs11-token': Flags.string({description: 'label of the token (default: the only token present)', helpValue: 'LABEL', dependsOn: ['pkcs11-module']}),
  'pkcs11-key': Flags.string({description: 'label (or hex id) of the private key on the token', helpValue: 'LABEL', dependsOn: ['pkcs11-module']}),
  'pin-env': Flags.string({
    description: 'name of the environment variable holding the token PIN (default POSATTEST_PKCS11_PIN); without it, a terminal prompts',
    helpValue: 'NAME',
    dependsOn: ['pkcs11-module'],
  }),
  cert: Flags.string({
    description: 'PEM file with the signer certificate (then its chain) of the token key; default: the certificate on the token with the same id or label',
    helpValue: 'FILE',
    dependsOn: ['pkcs11-module'],
  }),
  'signing-time': Flags.string({
    description: 'the time of signing (ISO 8601 with a zone, or YYYY-MM-DD for 00:00 UTC); default SOURCE_DATE_EPOCH, else now',
    helpValue: 'TIME',
  }),
  tsa: Flags.string({
    description: 'RFC 3161 time-stamping authority URL: the signature gets a trusted timestamp (PAdES B-T); repeat to give fallbacks, tried in order',
    helpValue: 'URL',
    multiple: true,
  }),
  'tsa-ca': Flags.string({description: "PEM file of the roots the TSA's certificate must chain to", helpValue: 'FILE', dependsOn: ['tsa']}),
  'embed-revocation': Flags.string({
    description: 'CRL file (PEM or DER) to embed in the signature (revocationInfoArchival), so it can be checked years later offline; repeatable',
    helpValue: 'FILE',
    multiple: true,
  }),
}

/** What the commands pass from signingFlags to openSigning. */
export interface SigningFlagValues {
  p12?: string
  'passphrase-env'?: string
  'pkcs11-module'?: string
  'pkcs11-token'?: string
  'pkcs11-key'?: string
  'pin-env'?: string
  cert?: string
  tsa?: string[]
  'tsa-ca'?: string
  'embed-revocation'?: string[]
}
