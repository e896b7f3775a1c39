// A local RFC 3161 time-stamping authority made of `openssl ts` (OpenSSL 3), so the verifier is tested (and
// benchmarked) against tokens it did not build itself. The TSA certificate has a critical extended key usage
// of timeStamping. Plain JS so that bench/ can use it too; types in openssl-tsa.d.mts.
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'

/** Runs openssl in `cwd`; a failure throws with its error output. */
export function openssl(args, cwd) {
  const result = spawnSync('openssl', args, {cwd, encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes']

/** A self-signed CA `<name>.pem` / `<name>.key` in `dir`, valid ten years from today. */
export function opensslRoot(dir, name, cn) {
  openssl(['req', '-x509', ...EC_KEY, '-days', '3650', '-subj', `/CN=${cn}`, '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-keyout', `${name}.key`, '-out', `${name}.pem`], dir)
}

/** An end-entity `<name>.pem` / `<name>.key` issued by `issuer` (a name given to opensslRoot) with `extensions` (openssl extfile lines). */
export function opensslLeaf(dir, name, subject, issuer, extensions) {
  openssl(['req', ...EC_KEY, '-subj', subject, '-keyout', `${name}.key`, '-out', `${name}.csr`], dir)
  writeFileSync(path.join(dir, `${name}.ext`), `${extensions.join('\n')}\n`)
  openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', `${issuer}.pem`, '-CAkey', `${issuer}.key`, '-set_serial', String(Date.now()),
    '-days', '3650', '-sha256', '-extfile', `${name}.ext`, '-out', `${name}.pem`], dir)
}

export function makeOpensslTsa(dir) {
  opensslRoot(dir, 'tsa-root', 'OpenSSL TSA Root')
  opensslLeaf(dir, 'tsa', '/CN=OpenSSL TSA', 'tsa-root', ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature', 'extendedKeyUsage=critical,timeStamping'])
  writeFileSync(path.join(dir, 'tsa.cnf'), [
    '[ tsa ]', 'default_tsa = tsa_config', '[ tsa_config ]', `serial = ${path.join(dir, 'tsa-serial')}`, 'signer_digest = sha256',
    'default_policy = 1.3.6.1.4.1.99999.2', 'digests = sha256', 'ess_cert_id_alg = sha256', `certs = ${path.join(dir, 'tsa.pem')}`, '',
  ].join('\n'))
  writeFileSync(path.join(dir, 'tsa-serial'), '01\n')
  return {
    rootPem: readFileSync(path.join(dir, 'tsa-root.pem'), 'utf8'),
    rootFile: path.join(dir, 'tsa-root.pem'),
    token(data) {
      writeFileSync(path.join(dir, 'imprinted.bin'), data)
      openssl(['ts', '-query', '-data', 'imprinted.bin', '-sha256', '-cert', '-out', 'query.tsq'], dir)
      openssl(['ts', '-reply', '-config', 'tsa.cnf', '-queryfile', 'query.tsq', '-signer', 'tsa.pem', '-inkey', 'tsa.key', '-token_out', '-out', 'token.der'], dir)
      return readFileSync(path.join(dir, 'token.der'))
    },
  }
}
