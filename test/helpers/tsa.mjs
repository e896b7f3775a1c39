// A local RFC 3161 time-stamping authority for tests: `openssl ts -reply` behind an HTTP server on 127.0.0.1,
// with its own root CA and a TSA certificate (critical EKU timeStamping) made in a temporary folder.
import {execFile, execFileSync} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {createServer} from 'node:http'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'

const run = promisify(execFile)

/** Makes the TSA's CA and certificate in `dir` (a few openssl runs). */
function makeTsaIdentity(dir) {
  const openssl = (...args) => execFileSync('openssl', args, {cwd: dir, stdio: 'pipe'})
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/CN=posattest test TSA root',
    '-days', '3650', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign')
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'tsa.key', '-out', 'tsa.csr', '-subj', '/CN=posattest test TSA')
  execFileSync('sh', ['-c', 'printf "basicConstraints=critical,CA:FALSE\\nkeyUsage=critical,digitalSignature\\nextendedKeyUsage=critical,timeStamping\\n" > ext.cnf'], {cwd: dir})
  openssl('x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', '0x1234', '-out', 'tsa.pem', '-days', '3650', '-extfile', 'ext.cnf')
}

function tsaConfig(dir) {
  return `[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
serial = ${dir}/serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
certs = ${dir}/ca.pem
`
}

/** The same query with its nonce changed: the reply then answers a question nobody asked. */
function withOtherNonce(query) {
  const request = pkijs.TimeStampReq.fromBER(query)
  const nonce = Buffer.from(request.nonce.valueBlock.valueHexView)
  nonce[nonce.length - 1] = nonce.at(-1) ^ 0x01
  request.nonce = new asn1js.Integer({valueHex: nonce})
  return Buffer.from(request.toSchema().toBER())
}

/**
 * Starts a TSA on an ephemeral port of 127.0.0.1. `mode`: ok answers properly; wrong-nonce answers a query
 * with another nonce; http-error answers 500 to everything. Returns {url, caFile, dir, requests, stop()};
 * dir holds tsa.cnf, tsa.pem and tsa.key for running `openssl ts -reply` directly.
 */
export async function startTsa(mode = 'ok') {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'posattest-tsa-'))
  makeTsaIdentity(dir)
  await writeFile(path.join(dir, 'serial'), '01\n')
  await writeFile(path.join(dir, 'tsa.cnf'), tsaConfig(dir))
  let counter = 0
  const tsa = {url: '', caFile: path.join(dir, 'ca.pem'), dir, requests: 0, stop: async () => {}}
  const server = createServer((request, response) => {
    const chunks = []
    request.on('data', (chunk) => chunks.push(chunk))
    request.on('end', async () => {
      try {
        if (mode === 'http-error' || request.method !== 'POST') throw new Error('refused')
        const n = ++counter
        const query = path.join(dir, `q${n}.tsq`)
        const reply = path.join(dir, `r${n}.tsr`)
        const body = Buffer.concat(chunks)
        await writeFile(query, mode === 'wrong-nonce' ? withOtherNonce(body) : body)
        await run('openssl', ['ts', '-reply', '-config', path.join(dir, 'tsa.cnf'), '-queryfile', query, '-signer', 'tsa.pem', '-inkey', 'tsa.key', '-out', reply], {cwd: dir})
        tsa.requests++
        response.writeHead(200, {'content-type': 'application/timestamp-reply'}).end(await readFile(reply))
      } catch {
        response.writeHead(500).end()
      }
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  tsa.url = `http://127.0.0.1:${server.address().port}/tsa`
  tsa.stop = async () => {
    await new Promise((resolve) => server.close(() => resolve()))
    await rm(dir, {recursive: true, force: true})
  }
  return tsa
}

/** A URL on 127.0.0.1 where nothing listens (a port just released). */
export async function downTsaUrl() {
  const server = createServer()
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address()
  await new Promise((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}/tsa`
}
