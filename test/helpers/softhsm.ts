// A SoftHSM2 token for tests: its own SOFTHSM2_CONF and token folder under a temporary directory, an RSA key
// pair (RSA-2048 or EC P-256) generated on the token with pkcs11js, and a certificate for it issued by a trial CA
// (openssl x509 -new) stored on the token beside the key.
import {execFileSync} from 'node:child_process'
import {createPublicKey} from 'node:crypto'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pkcs11js from 'pkcs11js'
import {certificateFromDer} from '../../src/signing/certificates.js'
import {createTrialIdentity} from '../../src/signing/identity.js'

export const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so'
export const hasSoftHsm = existsSync(SOFTHSM_MODULE)

export interface TestToken {
  module: string
  label: string
  pin: string
  keyLabel: string
  /** Hex CKA_ID of the key and its certificate. */
  keyId: string
  /** The trial CA that issued the token's certificate (PEM), for verify --ca. */
  caPem: string
  caFile: string
  /** The environment a child process needs to find the token (SOFTHSM2_CONF). */
  env: Record<string, string>
  stop(): Promise<void>
}

/** Creates a token, a key pair on it and a certificate issued by a fresh trial CA. Needs SOFTHSM_MODULE. */
export async function createTestToken(options: {label?: string; pin?: string; keyType?: 'rsa' | 'ec'} = {}): Promise<TestToken> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'posattest-softhsm-'))
  const label = options.label ?? 'posattest-test'
  const pin = options.pin ?? '123456'
  const keyType = options.keyType ?? 'rsa'
  const keyLabel = `${keyType}-signer`
  const keyId = keyType === 'rsa' ? 'a1b2c3d4' : 'e1e2e3e4'
  await mkdir(path.join(dir, 'tokens'))
  const conf = path.join(dir, 'softhsm2.conf')
  await writeFile(conf, `directories.tokendir = ${dir}/tokens\nobjectstore.backend = file\nlog.level = ERROR\n`)
  const env = {SOFTHSM2_CONF: conf}
  execFileSync('softhsm2-util', ['--init-token', '--free', '--label', label, '--pin', pin, '--so-pin', '87654321'], {env: {...process.env, ...env}, stdio: 'pipe'})
  const token: TestToken = {module: SOFTHSM_MODULE, label, pin, keyLabel, keyId, caPem: '', caFile: path.join(dir, 'token-ca.pem'), env, stop: () => rm(dir, {recursive: true, force: true})}

  await withTokenEnv(token, async () => {
    const p11 = new pkcs11js.PKCS11()
    p11.load(SOFTHSM_MODULE)
    p11.C_Initialize()
    try {
      const slot = p11.C_GetSlotList(true).find((s) => p11.C_GetTokenInfo(s).label.trim() === label)!
      const session = p11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION)
      p11.C_Login(session, pkcs11js.CKU_USER, pin)
      const id = Buffer.from(keyId, 'hex')
      const common = [
        {type: pkcs11js.CKA_TOKEN, value: true},
        {type: pkcs11js.CKA_LABEL, value: keyLabel},
        {type: pkcs11js.CKA_ID, value: id},
      ]
      const publicTemplate =
        keyType === 'rsa'
          ? [{type: pkcs11js.CKA_MODULUS_BITS, value: 2048}, {type: pkcs11js.CKA_PUBLIC_EXPONENT, value: Buffer.from([1, 0, 1])}]
          : [{type: pkcs11js.CKA_EC_PARAMS, value: Buffer.from('06082a8648ce3d030107', 'hex')}] // prime256v1
      const {publicKey} = p11.C_GenerateKeyPair(
        session,
        {mechanism: keyType === 'rsa' ? pkcs11js.CKM_RSA_PKCS_KEY_PAIR_GEN : pkcs11js.CKM_EC_KEY_PAIR_GEN},
        [...common, {type: pkcs11js.CKA_VERIFY, value: true}, ...publicTemplate],
        [
          ...common,
          {type: pkcs11js.CKA_PRIVATE, value: true},
          {type: pkcs11js.CKA_SENSITIVE, value: true},
          {type: pkcs11js.CKA_EXTRACTABLE, value: false},
          {type: pkcs11js.CKA_SIGN, value: true},
        ],
      )
      // The certificate: the token's public key, issued by a trial CA with `openssl x509 -new -force_pubkey`.
      const publicPem = path.join(dir, 'token-public.pem')
      await writeFile(publicPem, publicKeyPem(p11, session, publicKey, keyType))
      const trial = createTrialIdentity({commonName: 'Token Signer', organization: 'Posattest Token Tests', notBefore: new Date('2026-01-01T00:00:00Z'), days: 3650, passphrase: 'ca'})
      token.caPem = trial.caPem
      await writeFile(token.caFile, trial.caPem)
      await writeFile(path.join(dir, 'ca-key.pem'), trial.caKeyPem)
      await writeFile(path.join(dir, 'ext.cnf'), 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n')
      const subject = `/CN=Token Signer/O=Posattest Token Tests`
      const der = execFileSync('openssl', ['x509', '-new', '-force_pubkey', publicPem, '-subj', subject, '-CA', token.caFile, '-CAkey', path.join(dir, 'ca-key.pem'),
        '-passin', 'pass:ca', '-set_serial', keyType === 'rsa' ? '0x5eed0001' : '0x5eed0002', '-days', '3000', '-extfile', path.join(dir, 'ext.cnf'), '-outform', 'DER'], {stdio: ['ignore', 'pipe', 'pipe']})
      p11.C_CreateObject(session, [
        ...common,
        {type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE},
        {type: pkcs11js.CKA_CERTIFICATE_TYPE, value: pkcs11js.CKC_X_509},
        {type: pkcs11js.CKA_SUBJECT, value: Buffer.from(certificateFromDer(der).subject.toSchema().toBER())},
        {type: pkcs11js.CKA_VALUE, value: der},
      ])
      p11.C_Logout(session)
      p11.C_CloseSession(session)
    } finally {
      p11.C_Finalize()
      p11.close()
    }
  })
  return token
}

/** The SPKI PEM of a public key object on the token (RSA modulus and exponent, or the EC point of P-256). */
function publicKeyPem(p11: pkcs11js.PKCS11, session: Buffer, handle: Buffer, keyType: 'rsa' | 'ec'): string {
  const b64url = (bytes: Buffer) => bytes.toString('base64url')
  let jwk: Record<string, string>
  if (keyType === 'rsa') {
    const [n, e] = p11.C_GetAttributeValue(session, handle, [{type: pkcs11js.CKA_MODULUS}, {type: pkcs11js.CKA_PUBLIC_EXPONENT}])
    jwk = {kty: 'RSA', n: b64url(n!.value as Buffer), e: b64url(e!.value as Buffer)}
  } else {
    // CKA_EC_POINT is a DER OCTET STRING around the uncompressed point 04 || x || y.
    const [point] = p11.C_GetAttributeValue(session, handle, [{type: pkcs11js.CKA_EC_POINT}])
    const raw = (point!.value as Buffer).subarray(-65)
    jwk = {kty: 'EC', crv: 'P-256', x: b64url(raw.subarray(1, 33)), y: b64url(raw.subarray(33))}
  }
  return createPublicKey({key: jwk, format: 'jwk'}).export({type: 'spki', format: 'pem'}).toString()
}

/** Runs `fn` with SOFTHSM2_CONF pointing at the token's configuration (SoftHSM reads it at C_Initialize). */
export async function withTokenEnv<T>(token: TestToken, fn: () => Promise<T>): Promise<T> {
  const previous = process.env.SOFTHSM2_CONF
  process.env.SOFTHSM2_CONF = token.env.SOFTHSM2_CONF
  try {
    return await fn()
  } finally {
    if (previous === undefined) delete process.env.SOFTHSM2_CONF
    else process.env.SOFTHSM2_CONF = previous
  }
}
