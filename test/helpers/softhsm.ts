// A SoftHSM2 token for tests: its own SOFTHSM2_CONF and token folder under a temporary directory, an RSA key
// pair generated on the token (pkcs11js), and a certificate for it issued by a trial CA stored beside the key.
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import forge from 'node-forge'
import pkcs11js from 'pkcs11js'
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
export async function createTestToken(options: {label?: string; pin?: string; keyLabel?: string} = {}): Promise<TestToken> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'posattest-softhsm-'))
  const label = options.label ?? 'posattest-test'
  const pin = options.pin ?? '123456'
  const keyLabel = options.keyLabel ?? 'signer'
  const keyId = 'a1b2c3d4'
  await mkdir(path.join(dir, 'tokens'))
  const conf = path.join(dir, 'softhsm2.conf')
  await writeFile(conf, `directories.tokendir = ${dir}/tokens\nobjectstore.backend = file\nlog.level = ERROR\n`)
  const env = {SOFTHSM2_CONF: conf}
  execFileSync('softhsm2-util', ['--init-token', '--free', '--label', label, '--pin', pin, '--so-pin', '87654321'], {env: {...process.env, ...env}, stdio: 'pipe'})

  const previousConf = process.env.SOFTHSM2_CONF
  process.env.SOFTHSM2_CONF = conf
  const p11 = new pkcs11js.PKCS11()
  p11.load(SOFTHSM_MODULE)
  p11.C_Initialize()
  try {
    const slot = p11.C_GetSlotList(true).find((s) => p11.C_GetTokenInfo(s).label.trim() === label)!
    const session = p11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION)
    p11.C_Login(session, pkcs11js.CKU_USER, pin)
    const id = Buffer.from(keyId, 'hex')
    const {publicKey} = p11.C_GenerateKeyPair(
      session,
      {mechanism: pkcs11js.CKM_RSA_PKCS_KEY_PAIR_GEN},
      [
        {type: pkcs11js.CKA_TOKEN, value: true},
        {type: pkcs11js.CKA_VERIFY, value: true},
        {type: pkcs11js.CKA_MODULUS_BITS, value: 2048},
        {type: pkcs11js.CKA_PUBLIC_EXPONENT, value: Buffer.from([1, 0, 1])},
        {type: pkcs11js.CKA_LABEL, value: keyLabel},
        {type: pkcs11js.CKA_ID, value: id},
      ],
      [
        {type: pkcs11js.CKA_TOKEN, value: true},
        {type: pkcs11js.CKA_PRIVATE, value: true},
        {type: pkcs11js.CKA_SENSITIVE, value: true},
        {type: pkcs11js.CKA_EXTRACTABLE, value: false},
        {type: pkcs11js.CKA_SIGN, value: true},
        {type: pkcs11js.CKA_LABEL, value: keyLabel},
        {type: pkcs11js.CKA_ID, value: id},
      ],
    )
    const [modulus, exponent] = p11.C_GetAttributeValue(session, publicKey, [{type: pkcs11js.CKA_MODULUS}, {type: pkcs11js.CKA_PUBLIC_EXPONENT}])
    // The certificate: the token's public key, issued and signed by a trial CA (forge, in this process).
    const trial = createTrialIdentity({commonName: 'Token Signer', organization: 'Posattest Token Tests', notBefore: new Date('2026-01-01T00:00:00Z'), days: 3650, passphrase: 'ca'})
    const caCert = forge.pki.certificateFromPem(trial.caPem)
    const caKey = forge.pki.decryptRsaPrivateKey(trial.caKeyPem, 'ca')
    const cert = forge.pki.createCertificate()
    cert.publicKey = forge.pki.setRsaPublicKey(
      new forge.jsbn.BigInteger((modulus!.value as Buffer).toString('hex'), 16),
      new forge.jsbn.BigInteger((exponent!.value as Buffer).toString('hex'), 16),
    )
    cert.serialNumber = '5eed0001'
    cert.validity.notBefore = new Date('2026-01-01T00:00:00Z')
    cert.validity.notAfter = new Date('2035-12-31T00:00:00Z')
    cert.setSubject([{name: 'commonName', value: 'Token Signer'}, {name: 'organizationName', value: 'Posattest Token Tests'}])
    cert.setIssuer(caCert.subject.attributes)
    cert.setExtensions([
      {name: 'basicConstraints', cA: false, critical: true},
      {name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true},
    ])
    cert.sign(caKey, forge.md.sha256.create())
    const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary')
    p11.C_CreateObject(session, [
      {type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE},
      {type: pkcs11js.CKA_CERTIFICATE_TYPE, value: pkcs11js.CKC_X_509},
      {type: pkcs11js.CKA_TOKEN, value: true},
      {type: pkcs11js.CKA_LABEL, value: keyLabel},
      {type: pkcs11js.CKA_ID, value: id},
      {type: pkcs11js.CKA_SUBJECT, value: Buffer.from(forge.asn1.toDer(forge.pki.distinguishedNameToAsn1(cert.subject)).getBytes(), 'binary')},
      {type: pkcs11js.CKA_VALUE, value: der},
    ])
    p11.C_Logout(session)
    p11.C_CloseSession(session)
    const caFile = path.join(dir, 'token-ca.pem')
    await writeFile(caFile, trial.caPem)
    return {module: SOFTHSM_MODULE, label, pin, keyLabel, keyId, caPem: trial.caPem, caFile, env, stop: () => rm(dir, {recursive: true, force: true})}
  } finally {
    p11.C_Finalize()
    p11.close()
    if (previousConf === undefined) delete process.env.SOFTHSM2_CONF
    else process.env.SOFTHSM2_CONF = previousConf
  }
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
