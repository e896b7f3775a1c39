import {createHash} from 'node:crypto'
import path from 'node:path'
import {closestMatches} from '../catalog/closest.js'
import {diagnostic, formatLocation, sortDiagnostics, type Diagnostic} from '../diagnostics/diagnostic.js'
import {UserError} from '../model/errors.js'
import type {Language} from '../model/language.js'
import {GATE_MESSAGES, type GateMessages} from './gate-messages.js'
import type {GatePolicy} from '../generated/policy.js'
import {readInput} from '../io/read-input.js'
import {parseYamlSource, type YamlSource} from '../io/yaml-source.js'
import {schemaDiagnostics, schemaDocument} from '../io/schemas.js'
import type {JudgeContext} from './judge-submission-bytes.js'
import type {SignerRegistry} from './signer-binding.js'

/** A policy ready to judge submissions with: validated, its trusted roots read. */
export interface LoadedPolicy {
  file: string
  policy: GatePolicy
  /** PEM texts of the certificates to trust: the policy's trusted_roots, then the --ca files. */
  trustedRoots: string[]
  /** Where each of trustedRoots came from, as the user named it. */
  rootFiles: string[]
  /** The policy's further catalog folders (catalogs), resolved against the policy's folder. */
  catalogDirs: string[]
  /** sha256 of the policy file's bytes: a changed policy never reuses an old decision. */
  policyHash: string
  /** sha256 over the trusted roots' texts, in order, then everything else the signature checks read (timestamp roots, CRLs, signer registry). */
  rootsHash: string
  /** What the signature of each submission is checked with, beside trustedRoots (all read from the policy's files). */
  signatureChecks: PolicySignatureChecks
}

/** The policy's signature rules with their files read: what readSubmission needs beside the trusted roots. */
export interface PolicySignatureChecks {
  timestampRoots: string[]
  /** The revocation.crls files; undefined when the policy names none (the signature's own CRLs are used). */
  crls?: {bytes: Uint8Array; source: string}[]
  requireRevocation: boolean
  requireTimestamp: boolean
  validityGraceDays: number
  signerBinding?: GatePolicy['signer_binding']
  signerRegistry?: SignerRegistry
}

/**
 * Checks a parsed policy: YAML syntax, the policy schema, and domain names (a mistyped domain in
 * min_domain_score or required_domains would otherwise be silently ignored, passing everyone).
 */
export function checkPolicySource(source: YamlSource, language: Language = 'en'): Diagnostic[] {
  if (source.diagnostics.length > 0) return source.diagnostics
  const say = GATE_MESSAGES[language]
  const schema = schemaDiagnostics('policy', source, language)
  if (schema.length > 0) return schema
  const policy = source.value as GatePolicy
  const domains: string[] = schemaDocument('catalog').$defs.domainId.enum
  const unknown = (name: string, where: (string | number)[], key: boolean): Diagnostic[] => {
    if (domains.includes(name)) return []
    const hint = closestMatches(name, domains)
    return [
      diagnostic(
        source.file,
        source.locate(where, {key}),
        'unknown-domain',
        say.unknownDomain(where.join('.'), name, hint),
      ),
    ]
  }
  return [
    ...conflictingKeys(source, policy, say),
    ...Object.keys(policy.min_domain_score ?? {})
      .filter((name) => name !== 'default')
      .flatMap((name) => unknown(name, ['min_domain_score', name], true)),
    ...(policy.required_domains ?? []).flatMap((name, index) => unknown(name, ['required_domains', index], false)),
  ]
}

/** Policy rules (checked beside the schema) that leave the policy usable: the roots and catalogs it names are still read. */
const SEMANTIC_RULES: ReadonlySet<string> = new Set(['unknown-domain', 'conflicting-keys'])

/** inventory.expired_pts replaces forbid_expired_pts (true is fail, false is not fail): given both, they must agree. */
function conflictingKeys(source: YamlSource, policy: GatePolicy, say: GateMessages): Diagnostic[] {
  const {expired_pts: mode, forbid_expired_pts: forbid} = policy.inventory ?? {}
  if (mode === undefined || forbid === undefined || (mode === 'fail') === forbid) return []
  return [
    diagnostic(
      source.file,
      source.locate(['inventory', 'forbid_expired_pts']),
      'conflicting-keys',
      say.conflictingPtsKeys(forbid, mode),
    ),
  ]
}

/**
 * Reads and checks a policy file and the trusted roots it names (relative to the policy's folder), plus
 * `extraRoots` (--ca files, relative to the working directory). Every problem is a UserError (exit 2): a
 * policy problem names file:line:col, one line each.
 */
export async function loadPolicy(file: string, options: {extraRoots?: readonly string[]; language?: Language} = {}): Promise<LoadedPolicy> {
  const bytes = await readInput(file)
  const source = parseYamlSource(file, bytes)
  const problems = checkPolicySource(source, options.language)
  const policy = source.value as GatePolicy
  const trustedRoots: string[] = []
  const rootFiles: string[] = []
  // Trusted roots are checked here, at their place in the policy, rather than at the first submission.
  const schemaValid = source.diagnostics.length === 0 && problems.every((d) => SEMANTIC_RULES.has(d.rule))
  for (const [index, name] of (schemaValid ? (policy.trusted_roots ?? []) : []).entries()) {
    const shown = path.isAbsolute(name) ? name : path.join(path.dirname(file), name)
    const root = await readRoot(path.resolve(path.dirname(file), name), shown)
    if (typeof root === 'string') {
      trustedRoots.push(root)
      rootFiles.push(shown)
    } else {
      problems.push(diagnostic(file, source.locate(['trusted_roots', index]), 'trusted-root', `trusted_roots.${index}: ${root.problem}`))
    }
  }
  const catalogDirs: string[] = []
  for (const [index, name] of (schemaValid ? (policy.catalogs ?? []) : []).entries()) {
    const dir = path.resolve(path.dirname(file), name)
    const {loadCatalog} = await import('../catalog/catalog.js')
    try {
      // Named in messages as the user would name it, like the trusted roots.
      await loadCatalog(path.isAbsolute(name) ? name : path.join(path.dirname(file), name))
      catalogDirs.push(dir)
    } catch (error) {
      problems.push(diagnostic(file, source.locate(['catalogs', index]), 'catalog', `catalogs.${index}: ${(error as Error).message.replace(/^posattest: /, '')}`))
    }
  }
  const timestampRoots: string[] = []
  for (const [index, name] of (schemaValid ? (policy.timestamp_roots ?? []) : []).entries()) {
    const root = await readRoot(path.resolve(path.dirname(file), name), path.isAbsolute(name) ? name : path.join(path.dirname(file), name))
    if (typeof root === 'string') timestampRoots.push(root)
    else problems.push(diagnostic(file, source.locate(['timestamp_roots', index]), 'timestamp-root', `timestamp_roots.${index}: ${root.problem}`))
  }
  const crls: {bytes: Uint8Array; source: string}[] = []
  for (const [index, name] of (schemaValid ? (policy.revocation?.crls ?? []) : []).entries()) {
    const crl = await readPolicyFile(file, name, async (bytes, shown) => {
      const {parseCrlFile} = await import('../signing/revocation.js')
      parseCrlFile(bytes, shown)
      return {bytes, source: shown}
    })
    if ('problem' in crl) problems.push(diagnostic(file, source.locate(['revocation', 'crls', index]), 'crl', `revocation.crls.${index}: ${crl.problem}`))
    else crls.push(crl.value)
  }
  let signerRegistry: SignerRegistry | undefined
  const binding = schemaValid ? policy.signer_binding : undefined
  if (binding && 'registry' in binding) {
    const registry = await readPolicyFile(file, binding.registry, async (bytes, shown) => (await import('./signer-binding.js')).parseSignerRegistry(bytes, shown))
    if ('problem' in registry) problems.push(diagnostic(file, source.locate(['signer_binding', 'registry']), 'signer-registry', `signer_binding.registry: ${registry.problem}`))
    else signerRegistry = registry.value
  }
  if (problems.length > 0) {
    throw new UserError('policy-invalid', sortDiagnostics(problems).map((d) => `${formatLocation(d)}: ${d.message}`))
  }
  for (const name of options.extraRoots ?? []) {
    const root = await readRoot(name, name)
    if (typeof root !== 'string') throw new UserError('trusted-root', root.problem)
    trustedRoots.push(root)
    rootFiles.push(name)
  }

  const rootsHash = createHash('sha256')
  for (const text of trustedRoots) rootsHash.update(createHash('sha256').update(text).digest())
  // Everything else a signature is judged with: a changed CRL or registry never reuses an old decision.
  for (const text of timestampRoots) rootsHash.update(createHash('sha256').update(`timestamp root:${text}`).digest())
  for (const crl of crls) rootsHash.update(createHash('sha256').update('crl:').update(crl.bytes).digest())
  if (signerRegistry) rootsHash.update(createHash('sha256').update(`registry:${JSON.stringify(signerRegistry)}`).digest())
  return {
    file,
    policy,
    trustedRoots,
    rootFiles,
    catalogDirs,
    policyHash: createHash('sha256').update(bytes).digest('hex'),
    rootsHash: rootsHash.digest('hex'),
    signatureChecks: {
      timestampRoots,
      ...(crls.length > 0 ? {crls} : {}),
      requireRevocation: policy.revocation?.require ?? false,
      requireTimestamp: policy.require_timestamp ?? false,
      validityGraceDays: policy.validity_grace_days ?? 0,
      ...(policy.signer_binding ? {signerBinding: policy.signer_binding} : {}),
      ...(signerRegistry ? {signerRegistry} : {}),
    },
  }
}

/**
 * loadPolicy with the --ca roots, refusing a policy under which nothing could pass: without a root to trust
 * and with unsigned results refused, every submission would fail (a usage error). What gate and portfolio load.
 */
export async function loadTrustedPolicy(file: string, extraRoots: readonly string[] = [], language: Language = 'en'): Promise<LoadedPolicy> {
  const loaded = await loadPolicy(file, {extraRoots, language})
  if (!loaded.policy.accept_unsigned_results && loaded.trustedRoots.length === 0) {
    const say = GATE_MESSAGES[language]
    throw new UserError('no-trusted-root', say.noTrustedRoot, {next: say.noTrustedRootNext})
  }
  return loaded
}

/** A loaded policy on a day of judgement: what `gate` judges with and what each portfolio worker is given. */
export function judgeContext(loaded: LoadedPolicy, now: string): JudgeContext {
  return {policy: loaded.policy, trustedRoots: loaded.trustedRoots, signatureChecks: loaded.signatureChecks, now, catalogDirs: loaded.catalogDirs}
}

/** A file the policy names (relative to its folder), read and parsed, or why it cannot be used. */
async function readPolicyFile<T>(policyFile: string, name: string, parse: (bytes: Uint8Array, shown: string) => Promise<T>): Promise<{value: T} | {problem: string}> {
  const shown = path.isAbsolute(name) ? name : path.join(path.dirname(policyFile), name)
  try {
    return {value: await parse(await readInput(path.resolve(path.dirname(policyFile), name)), shown)}
  } catch (error) {
    return {problem: (error as Error).message.replace(path.resolve(path.dirname(policyFile), name), shown)}
  }
}

/** A PEM file of certificates, or why it cannot be used. */
async function readRoot(file: string, shown: string): Promise<string | {problem: string}> {
  const {readRootCertificates} = await import('../signing/certificates.js')
  try {
    return await readRootCertificates(file, shown)
  } catch (error) {
    return {problem: (error as Error).message}
  }
}
