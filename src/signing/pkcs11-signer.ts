import {createHash} from 'node:crypto'
import {createRequire} from 'node:module'
import {endianness} from 'node:os'
import {UserError} from '../model/errors.js'
import {identityFromCertificates, type SigningIdentity, type SigningKey} from './identity.js'

/** Where the key is: a PKCS#11 module, a token on it, and a key (and certificate) on the token. */
export interface Pkcs11Options {
  /** Path of the module (.so), e.g. /usr/lib/softhsm/libsofthsm2.so. */
  module: string
  /** Token label; default: the only token present. */
  token?: string
  /** The private key's CKA_LABEL, or its CKA_ID in hex. */
  key: string
  pin: string
  /** DER certificates (signer first) from --cert; default: the certificate object with the key's id or label. */
  certificates?: Uint8Array[]
}

/** An identity whose key stays on the token; close() logs out and unloads the module. */
export interface Pkcs11Identity extends SigningIdentity {
  close(): void
}

type Pkcs11Module = typeof import('pkcs11js')

/**
 * Opens a PKCS#11 session, logs in with the PIN and finds the key. Signing runs C_Sign on the token
 * (CKM_SHA256_RSA_PKCS, or CKM_ECDSA over a SHA-256 digest): the private key never leaves it.
 * Every failure is a one-line UserError (exit 2).
 */
export async function openPkcs11Identity(options: Pkcs11Options): Promise<Pkcs11Identity> {
  let pkcs11js: Pkcs11Module
  try {
    // require, not import(): the CLI's code-cached bundle cannot import() (src/io/code-cache.ts); pkcs11js is CommonJS.
    pkcs11js = createRequire(import.meta.url)('pkcs11js') as Pkcs11Module
  } catch (error) {
    throw new UserError('pkcs11-unavailable', `PKCS#11 needs the optional package pkcs11js, which is not installed or not built: ${(error as Error).message}`)
  }
  const p11 = new pkcs11js.PKCS11()
  const where = `${options.module}${options.token === undefined ? '' : ` token "${options.token}"`}`
  try {
    p11.load(options.module)
  } catch (error) {
    throw new UserError('pkcs11-module-unloadable', `${options.module}: cannot load the PKCS#11 module: ${firstLine(error)}`)
  }
  let finalize = () => p11.close()
  try {
    p11.C_Initialize()
    finalize = () => {
      p11.C_Finalize()
      p11.close()
    }
    const slot = p11.C_GetSlotList(true).find((candidate) => options.token === undefined || p11.C_GetTokenInfo(candidate).label.trim() === options.token)
    if (!slot) throw new UserError('pkcs11-no-token', `${where}: no such token${options.token === undefined ? ' present' : ''}`)
    const session = p11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION)
    try {
      p11.C_Login(session, pkcs11js.CKU_USER, options.pin)
    } catch (error) {
      const code = (error as {code?: number}).code
      if (code === pkcs11js.CKR_PIN_INCORRECT) throw new UserError('wrong-pin', `${where}: wrong PIN`)
      if (code === pkcs11js.CKR_PIN_LOCKED) throw new UserError('pin-locked', `${where}: the PIN is locked`)
      throw new UserError('pkcs11-login-failed', `${where}: cannot log in: ${firstLine(error)}`)
    }
    const find = (objectClass: number, attribute: {type: number; value: Buffer | string}) => {
      p11.C_FindObjectsInit(session, [{type: pkcs11js.CKA_CLASS, value: objectClass}, attribute])
      const handles = p11.C_FindObjects(session, 2)
      p11.C_FindObjectsFinal(session)
      return handles
    }
    let selector: {type: number; value: Buffer | string} = {type: pkcs11js.CKA_LABEL, value: options.key}
    let keys = find(pkcs11js.CKO_PRIVATE_KEY, selector)
    if (keys.length === 0 && /^([0-9a-f]{2})+$/i.test(options.key)) {
      selector = {type: pkcs11js.CKA_ID, value: Buffer.from(options.key, 'hex')}
      keys = find(pkcs11js.CKO_PRIVATE_KEY, selector)
    }
    if (keys.length !== 1) {
      throw new UserError(keys.length === 0 ? 'pkcs11-key-not-found' : 'pkcs11-key-ambiguous', `${where}: ${keys.length === 0 ? 'no private key' : 'more than one private key'} with label or id ${options.key}`)
    }
    const key = keys[0]!
    const [keyType, keyId] = p11.C_GetAttributeValue(session, key, [{type: pkcs11js.CKA_KEY_TYPE}, {type: pkcs11js.CKA_ID}])
    const type = readUlong(keyType!.value as Buffer)
    if (type !== pkcs11js.CKK_RSA && type !== pkcs11js.CKK_EC) throw new UserError('pkcs11-key-type', `${where}: key ${options.key} is neither RSA nor EC`)

    let certificates = options.certificates
    if (!certificates) {
      const id = keyId?.value as Buffer | undefined
      const handles = find(pkcs11js.CKO_CERTIFICATE, id && id.length > 0 ? {type: pkcs11js.CKA_ID, value: id} : selector)
      if (handles.length === 0) throw new UserError('pkcs11-no-certificate', `${where}: no certificate for key ${options.key} on the token; give one with --cert`)
      certificates = [p11.C_GetAttributeValue(session, handles[0]!, [{type: pkcs11js.CKA_VALUE}])[0]!.value as Buffer]
    }
    const signingKey: SigningKey = {
      algorithm: type === pkcs11js.CKK_RSA ? 'rsa' : 'ec',
      sign: async (data) => {
        try {
          if (type === pkcs11js.CKK_RSA) {
            p11.C_SignInit(session, {mechanism: pkcs11js.CKM_SHA256_RSA_PKCS}, key)
            return p11.C_Sign(session, Buffer.from(data), Buffer.alloc(1024))
          }
          p11.C_SignInit(session, {mechanism: pkcs11js.CKM_ECDSA}, key)
          return ecdsaDer(p11.C_Sign(session, createHash('sha256').update(data).digest(), Buffer.alloc(264)))
        } catch (error) {
          throw new UserError('pkcs11-sign-refused', `${where}: the token refused to sign: ${firstLine(error)}`)
        }
      },
    }
    const identity = identityFromCertificates(signingKey, certificates, `${where} key ${options.key}`)
    let closed = false
    return {
      ...identity,
      close: () => {
        if (closed) return
        closed = true
        try {
          p11.C_Logout(session)
          p11.C_CloseSession(session)
        } finally {
          finalize()
        }
      },
    }
  } catch (error) {
    finalize()
    if (error instanceof UserError) throw error
    throw new UserError('pkcs11-error', `${where}: ${firstLine(error)}`)
  }
}

/** PKCS#11 returns ECDSA as r‖s; CMS wants Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }. */
export function ecdsaDer(raw: Uint8Array): Buffer {
  const half = raw.length / 2
  const integer = (bytes: Uint8Array) => {
    let start = 0
    while (start < bytes.length - 1 && bytes[start] === 0) start++
    const trimmed = Buffer.from(bytes.subarray(start))
    const body = trimmed[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed
    return Buffer.concat([Buffer.from([0x02, body.length]), body])
  }
  const content = Buffer.concat([integer(raw.subarray(0, half)), integer(raw.subarray(half))])
  return Buffer.concat([Buffer.from(content.length < 0x80 ? [0x30, content.length] : [0x30, 0x81, content.length]), content])
}

/** A CK_ULONG attribute value: the platform's unsigned long in its byte order. */
function readUlong(value: Buffer): number {
  return Number(value.length === 8 ? (endianness() === 'LE' ? value.readBigUInt64LE() : value.readBigUInt64BE()) : endianness() === 'LE' ? value.readUInt32LE() : value.readUInt32BE())
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!
}
