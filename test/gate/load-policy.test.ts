import {createHash} from 'node:crypto'
import {copyFile, mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {EXIT, UserError} from '../../src/model/errors.js'
import {checkPolicySource, loadPolicy} from '../../src/gate/load-policy.js'
import {parseYamlSource} from '../../src/io/yaml-source.js'
import {BASE_CATALOG} from '../helpers/catalog-cases.js'
import {day, makeCertificate, makeCrl} from '../helpers/pki.js'
import {tempDir} from '../helpers/run-cli.js'
import {SIGNING} from '../helpers/signing-fixtures.js'

const check = (text: string) => checkPolicySource(parseYamlSource('policy.yaml', text)).map((d) => `${d.line}:${d.column} ${d.rule}`)
const POLICY = 'schema_version: 1\nname: Harbour Bank\n'

describe('checkPolicySource', () => {
  it('accepts a policy that names only known domains', () => {
    expect(check(`${POLICY}min_domain_score: {default: 80, seals: 90}\nrequired_domains: [seals, retention]\n`)).toEqual([])
  })

  it('reports YAML syntax, and nothing else, for a file that is not YAML', () => {
    expect(check(`${POLICY}name: twice\n`)).toEqual(['3:1 yaml-syntax'])
  })

  it('reports each schema problem at its place, and then stops', () => {
    expect(check(`${POLICY}max_assessment_age_days: 0\nrequired_verdict: perfect\nmin_domain_score: {seal: 80}\ninventory:\n  forbid_expired: true\n`)).toEqual([
      '3:26 schema',
      '4:19 schema',
      '7:3 schema',
    ])
  })

  it('reports an unknown domain at the key of min_domain_score and at the item of required_domains, with the closest name', () => {
    const source = parseYamlSource('policy.yaml', `${POLICY}min_domain_score:\n  default: 50\n  seal: 80\nrequired_domains: [seals, retension]\n`)
    const found = checkPolicySource(source)
    expect(found.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['5:3 unknown-domain', '6:27 unknown-domain'])
    expect(found.map((d) => d.message)).toEqual([
      expect.stringMatching(/^min_domain_score\.seal: .*\(did you mean seals\?\)$/),
      expect.stringMatching(/^required_domains\.1: .*\(did you mean retention\?\)$/),
    ])
  })

  it('accepts expired_pts beside a forbid_expired_pts that agrees, and refuses one that does not, at forbid_expired_pts', () => {
    const inventory = (rules: string) => checkPolicySource(parseYamlSource('policy.yaml', `${POLICY}inventory:\n${rules}`))
    expect(inventory('  expired_pts: fail\n  forbid_expired_pts: true\n')).toEqual([])
    expect(inventory('  expired_pts: warn\n  forbid_expired_pts: false\n')).toEqual([])
    expect(inventory('  expired_pts: warn\n')).toEqual([])
    const warnButForbid = inventory('  expired_pts: warn\n  forbid_expired_pts: true\n')
    expect(warnButForbid.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['5:23 conflicting-keys'])
    expect(warnButForbid[0]!.message).toBe(
      'inventory.forbid_expired_pts: true contradicts inventory.expired_pts: warn (give expired_pts alone: warn or fail)',
    )
    expect(inventory('  forbid_expired_pts: false\n  expired_pts: fail\n').map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['4:23 conflicting-keys'])
  })

  it('says the same problems in Chinese at the same places, with the same rules', () => {
    const source = parseYamlSource('policy.yaml', `${POLICY}min_domain_score:\n  seal: 80\ninventory:\n  expired_pts: warn\n  forbid_expired_pts: true\n`)
    expect(checkPolicySource(source, 'zh-CN').map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      '7:23 conflicting-keys inventory.forbid_expired_pts: true 与 inventory.expired_pts: warn 相矛盾（只写 expired_pts：warn 或 fail）',
      '4:3 unknown-domain min_domain_score.seal：未知的领域 "seal"（是否应为 seals？）',
    ])
  })
})

describe('loadPolicy', () => {
  let dir: string
  let cleanup: () => Promise<void>
  const at = (...names: string[]) => path.join(dir, ...names)
  /** A policy file in the temp folder: the common head, then `rules`. */
  async function policy(name: string, rules = ''): Promise<string> {
    await writeFile(at(name), `${POLICY}${rules}`)
    return at(name)
  }
  /**
   * Each line of a refused policy (code policy-invalid, exit 2) as `file:line:col key`: where, and which entry
   * (the message after the key is English).
   */
  async function refusal(file: string, options = {}): Promise<string[]> {
    const error = await loadPolicy(file, options).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(error).toBeInstanceOf(UserError)
    expect([(error as UserError).code, (error as UserError).exitCode]).toEqual(['policy-invalid', EXIT.usage])
    return (error as UserError).message.split('\n').map((line) => {
      const [where, key] = line.split(': ')
      return `${path.relative(dir, where!)} ${key}`
    })
  }

  beforeAll(async () => {
    ;({dir, cleanup} = await tempDir('posattest-load-policy-'))
    await mkdir(at('keys'))
    await copyFile(path.join(SIGNING, 'trial/ca.pem'), at('keys/ca.pem'))
    await copyFile(path.join(SIGNING, 'other/ca.pem'), at('other.pem'))
    const root = await makeCertificate({cn: 'Policy Root', ca: {pathLen: 0}, notBefore: day('2025-01-01'), notAfter: day('2035-01-01')})
    await writeFile(at('root.crl'), (await makeCrl(root, {thisUpdate: day('2026-01-01'), nextUpdate: day('2026-02-01')})).pem)
    await writeFile(at('signers.yaml'), '"M-1001":\n  - "O=Lotus Tea House Ltd, CN=Mei Chan"\n')
    await writeFile(at('not-a-cert.pem'), 'hello\n')
  })
  afterAll(() => cleanup())

  it('reads the trusted roots relative to the policy folder, then the --ca files, naming each as the user would', async () => {
    const file = await policy('roots.yaml', 'trusted_roots: [keys/ca.pem]\n')
    const loaded = await loadPolicy(file, {extraRoots: [at('other.pem')]})
    expect(loaded.rootFiles).toEqual([at('keys/ca.pem'), at('other.pem')])
    expect(loaded.trustedRoots).toEqual([await readFile(at('keys/ca.pem'), 'utf8'), await readFile(at('other.pem'), 'utf8')])
    expect(loaded).toMatchObject({file, policy: {name: 'Harbour Bank', trusted_roots: ['keys/ca.pem']}, catalogDirs: []})
    expect(loaded.policyHash).toBe(createHash('sha256').update(await readFile(file)).digest('hex'))
  })

  it('keeps an absolute root as it is named', async () => {
    const loaded = await loadPolicy(await policy('absolute.yaml', `trusted_roots: [${JSON.stringify(at('other.pem'))}]\n`))
    expect(loaded.rootFiles).toEqual([at('other.pem')])
  })

  it('defaults the signature checks when the policy sets none', async () => {
    const loaded = await loadPolicy(await policy('plain.yaml'))
    expect(loaded.signatureChecks).toEqual({timestampRoots: [], requireRevocation: false, requireTimestamp: false, validityGraceDays: 0})
    expect([loaded.trustedRoots, loaded.rootFiles]).toEqual([[], []])
  })

  it('reads every file the signature rules name: timestamp roots, CRLs and the signer registry', async () => {
    const loaded = await loadPolicy(
      await policy(
        'signature.yaml',
        'timestamp_roots: [other.pem]\nrevocation: {crls: [root.crl], require: true}\nrequire_timestamp: true\nvalidity_grace_days: 7\nsigner_binding: {registry: signers.yaml}\n',
      ),
    )
    expect(loaded.signatureChecks).toMatchObject({
      timestampRoots: [await readFile(at('other.pem'), 'utf8')],
      crls: [{bytes: expect.any(Uint8Array), source: at('root.crl')}],
      requireRevocation: true,
      requireTimestamp: true,
      validityGraceDays: 7,
      signerBinding: {registry: 'signers.yaml'},
      signerRegistry: {'M-1001': [expect.anything()]},
    })
    expect(await loadPolicy(await policy('organisation.yaml', 'signer_binding: {match: organisation}\n'))).toMatchObject({
      signatureChecks: {signerBinding: {match: 'organisation'}},
    })
  })

  it('resolves the catalogs it lists against the policy folder, loading each', async () => {
    const loaded = await loadPolicy(await policy('catalogs.yaml', `catalogs: [${JSON.stringify(path.relative(dir, BASE_CATALOG))}]\n`))
    expect(loaded.catalogDirs).toEqual([BASE_CATALOG])
  })

  it('hashes the roots and everything else a signature is judged with, so a change never reuses an old decision', async () => {
    const hash = async (name: string, rules: string) => (await loadPolicy(await policy(name, rules))).rootsHash
    const roots = await hash('h1.yaml', 'trusted_roots: [keys/ca.pem]\n')
    // The rules of the policy are in its own hash, not in this one.
    expect(await hash('h2.yaml', 'trusted_roots: [keys/ca.pem]\nmax_assessment_age_days: 30\n')).toBe(roots)
    const others = await Promise.all([
      hash('h3.yaml', 'trusted_roots: [other.pem]\n'),
      hash('h4.yaml', 'trusted_roots: [keys/ca.pem, other.pem]\n'),
      hash('h5.yaml', 'trusted_roots: [keys/ca.pem]\ntimestamp_roots: [other.pem]\n'),
      hash('h6.yaml', 'trusted_roots: [keys/ca.pem]\nrevocation: {crls: [root.crl]}\n'),
      hash('h7.yaml', 'trusted_roots: [keys/ca.pem]\nsigner_binding: {registry: signers.yaml}\n'),
    ])
    expect(new Set([roots, ...others]).size).toBe(6)
  })

  it('refuses a policy with every problem at its place, sorted, one line each (exit 2)', async () => {
    const file = await policy(
      'broken.yaml',
      [
        'trusted_roots:',
        '  - keys/ca.pem',
        '  - nowhere.pem',
        '  - not-a-cert.pem',
        'timestamp_roots: [nowhere.pem]',
        'revocation: {crls: [other.pem]}',
        'catalogs: [nowhere]',
        'signer_binding: {registry: nowhere.csv}',
        'min_domain_score: {seal: 80}',
        '',
      ].join('\n'),
    )
    expect(await refusal(file)).toEqual([
      'broken.yaml:5:5 trusted_roots.1',
      'broken.yaml:6:5 trusted_roots.2',
      'broken.yaml:7:19 timestamp_roots.0',
      'broken.yaml:8:21 revocation.crls.0',
      'broken.yaml:9:12 catalogs.0',
      'broken.yaml:10:28 signer_binding.registry',
      'broken.yaml:11:20 min_domain_score.seal',
    ])
  })

  it('names a missing file the policy lists as the user would, relative to the policy: the one-line form', async () => {
    const error = (await loadPolicy(await policy('missing.yaml', 'trusted_roots: [nowhere.pem]\n')).catch((e: unknown) => e)) as UserError
    expect(error.message).toBe(`${at('missing.yaml')}:3:17: trusted_roots.0: ${at('nowhere.pem')}: no such file or directory`)
  })

  it('does not read the files a schema-invalid policy names', async () => {
    expect(await refusal(await policy('invalid.yaml', 'trusted_roots: [nowhere.pem]\nrequired_verdict: perfect\n'))).toEqual(['invalid.yaml:4:19 required_verdict'])
  })

  it('refuses an unreadable --ca in one line, after the policy itself is found sound', async () => {
    const error = (await loadPolicy(await policy('ca.yaml'), {extraRoots: [at('nowhere.pem')]}).catch((e: unknown) => e)) as UserError
    expect([error.code, error.exitCode, error.message]).toEqual(['trusted-root', EXIT.usage, `${at('nowhere.pem')}: no such file or directory`])
  })

  it('refuses a policy file that does not exist', async () => {
    await expect(loadPolicy(at('none.yaml'))).rejects.toMatchObject({code: 'file-not-found', message: `${at('none.yaml')}: no such file or directory`})
  })
})
