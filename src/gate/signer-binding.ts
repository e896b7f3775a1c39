import path from 'node:path'
import {parse as parseCsv} from 'csv-parse/sync'
import {parse as parseYaml} from 'yaml'
import {UserError} from '../model/errors.js'
import type {SignerBinding} from '../generated/policy.js'
import {problem, type SignatureProblem} from '../signing/problem.js'

/**
 * Who may sign for whom. A certificate under a trusted root proves who signed, not that they may speak for
 * the merchant the report is about: a policy binds signers to entities, by the certificate's organisation or
 * by a registry of the certificates each merchant id may sign with.
 */

/** Merchant id → the certificates allowed to sign for it: `sha256:<hex>` or `subject:<normalised subject>`. */
export type SignerRegistry = Record<string, string[]>

/** The most entries a registry may hold: it is read whole into memory. */
const MAX_REGISTRY_ENTRIES = 100_000

/** Names compared as people read them: NFKC, case-folded, runs of white space made one space, trimmed. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().normalize('NFKC').replace(/\s+/gu, ' ').trim()
}

/** A registry entry as stored: a SHA-256 fingerprint (hex, colons allowed) or a subject such as `CN=…, O=…`. */
function registryEntry(value: string): string {
  const hex = value.replace(/:/g, '').trim().toLowerCase()
  return /^[0-9a-f]{64}$/.test(hex) ? `sha256:${hex}` : `subject:${normaliseName(value)}`
}

/** Reads a registry: CSV (`merchant_id,certificate` with that header) by its extension, else YAML (id: [entries]). */
export function parseSignerRegistry(bytes: Uint8Array, file: string): SignerRegistry {
  const text = Buffer.from(bytes).toString('utf8')
  const registry: SignerRegistry = Object.create(null) as SignerRegistry
  let count = 0
  const add = (id: unknown, entry: unknown, where: string): void => {
    if (typeof id !== 'string' && typeof id !== 'number') throw new UserError('bad-signer-registry', `${file}: ${where}: the merchant id is not text`)
    if (typeof entry !== 'string' || entry.trim() === '') throw new UserError('bad-signer-registry', `${file}: ${where}: a certificate must be a SHA-256 fingerprint or a subject`)
    if (++count > MAX_REGISTRY_ENTRIES) throw new UserError('signer-registry-too-large', `${file}: more than ${MAX_REGISTRY_ENTRIES} entries`)
    ;(registry[String(id)] ??= []).push(registryEntry(entry))
  }
  try {
    if (path.extname(file).toLowerCase() === '.csv') {
      const rows = parseCsv(text, {columns: true, skip_empty_lines: true, trim: true, bom: true}) as Array<Record<string, string>>
      rows.forEach((row, index) => add(row.merchant_id, row.certificate, `row ${index + 2}`))
    } else {
      const value = parseYaml(text, {maxAliasCount: 0}) as unknown
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a mapping of merchant ids to lists of certificates')
      for (const [id, entries] of Object.entries(value)) {
        for (const [index, entry] of (Array.isArray(entries) ? entries : [entries]).entries()) add(id, entry, `${id}.${index}`)
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError('bad-signer-registry', `${file}: not a signer registry: ${(error as Error).message}`)
  }
  return registry
}

export interface BoundSigner {
  org: string | null
  subject: string
  sha256: string
}

export interface BoundEntity {
  legal_name: string
  merchant_id?: string
}

/** Why `signer` may not sign for `entity` under `binding`, or undefined when it may. */
export function signerBindingProblem(binding: SignerBinding, registry: SignerRegistry | undefined, signer: BoundSigner, entity: BoundEntity): SignatureProblem | undefined {
  if ('match' in binding) {
    if (signer.org !== null && normaliseName(signer.org) === normaliseName(entity.legal_name)) return undefined
    return problem('signer-not-bound', `the signer's organisation ${signer.org === null ? '(none)' : JSON.stringify(signer.org)} is not the assessed entity ${JSON.stringify(entity.legal_name)}`)
  }
  if (entity.merchant_id === undefined) return problem('signer-not-bound', 'the assessed entity has no merchant id, so the signer registry cannot bind a signer to it')
  const allowed = registry?.[entity.merchant_id] ?? []
  if (allowed.includes(`sha256:${signer.sha256}`) || allowed.includes(`subject:${normaliseName(signer.subject)}`)) return undefined
  return problem('signer-not-bound', `the signer's certificate (${signer.subject}, SHA-256 ${signer.sha256}) is not registered for merchant ${JSON.stringify(entity.merchant_id)}`)
}
