// A local RFC 3161 time-stamping authority made of `openssl ts` (OpenSSL 3), so the verifier is tested against
// tokens it did not build itself. The TSA certificate has a critical extended key usage of timeStamping.
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'

function openssl(args: string[], cwd: string): void {
  const result = spawnSync('openssl', args, {cwd, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${result.stderr}`)
}

export interface OpensslTsa {
  /** PEM of the TSA's root. */
  rootPem: string
  /** DER TimeStampToken over the SHA-256 of `data`, genTime the clock's now. */
  token(data: Uint8Array): Buffer
}

export function makeOpensslTsa(dir: string): OpensslTsa {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes']
  openssl(['req', '-x509', ...ec, '-days', '3650', '-subj', '/CN=OpenSSL TSA Root', '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-keyout', 'tsa-root.key', '-out', 'tsa-root.pem'], dir)
  openssl(['req', ...ec, '-subj', '/CN=OpenSSL TSA', '-keyout', 'tsa.key', '-out', 'tsa.csr'], dir)
  writeFileSync(path.join(dir, 'tsa.ext'), 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n')
  openssl(['x509', '-req', '-in', 'tsa.csr', '-CA', 'tsa-root.pem', '-CAkey', 'tsa-root.key', '-set_serial', '7', '-days', '3650',
    '-sha256', '-extfile', 'tsa.ext', '-out', 'tsa.pem'], dir)
  writeFileSync(path.join(dir, 'tsa.cnf'), [
    '[ tsa ]', 'default_tsa = tsa_config', '[ tsa_config ]', `serial = ${path.join(dir, 'tsa-serial')}`, 'signer_digest = sha256',
    'default_policy = 1.3.6.1.4.1.99999.2', 'digests = sha256', 'ess_cert_id_alg = sha256', `certs = ${path.join(dir, 'tsa.pem')}`, '',
  ].join('\n'))
  writeFileSync(path.join(dir, 'tsa-serial'), '01\n')
  return {
    rootPem: readFileSync(path.join(dir, 'tsa-root.pem'), 'utf8'),
    token(data) {
      writeFileSync(path.join(dir, 'imprinted.bin'), data)
      openssl(['ts', '-query', '-data', 'imprinted.bin', '-sha256', '-cert', '-out', 'query.tsq'], dir)
      openssl(['ts', '-reply', '-config', 'tsa.cnf', '-queryfile', 'query.tsq', '-signer', 'tsa.pem', '-inkey', 'tsa.key', '-token_out', '-out', 'token.der'], dir)
      return readFileSync(path.join(dir, 'token.der'))
    },
  }
}
