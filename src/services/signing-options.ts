/**
 * What the shared flags module needs from signing, without loading it: the plain options of the signing
 * key and the default passphrase variable (passphrase.ts is small and loads nothing else).
 */
export {PASSPHRASE_ENV} from '../signing/passphrase.js'
export type {SigningKeyOptions} from '../signing/signing-setup.js'
