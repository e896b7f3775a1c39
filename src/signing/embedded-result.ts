import {decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFStream, PDFString} from '@cantoo/pdf-lib'
import type {AssessmentResult} from '../generated/result.js'
import {EXIT, UserError} from '../errors.js'

import {EMBEDDED_RESULT_NAME} from './embedded-name.js'

export {EMBEDDED_RESULT_NAME}

/** Name trees deeper than this are not written by any PDF producer; the limit stops cycles and bombs. */
const MAX_NAME_TREE_DEPTH = 16

/**
 * The bytes of the file attached to the PDF under `name` (catalog /Names /EmbeddedFiles), decoded from its
 * stream filters, or undefined when there is no such attachment. Reading verifies nothing: call it on a
 * PDF whose signature verifySignature found valid, where it covers every byte (and so the attachment).
 * Throws a one-line UserError (naming `source`) when the PDF cannot be parsed or the attachment decoded.
 */
export async function readEmbeddedFile(pdf: Uint8Array, name: string, source = 'PDF'): Promise<Uint8Array | undefined> {
  let stream: PDFRawStream | undefined
  try {
    stream = findAttachment(await PDFDocument.load(pdf, {ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false}), name)
  } catch (error) {
    // Whatever pdf-lib trips on in hostile bytes (a wrong object type, a missing catalog) is the file's fault.
    throw new UserError(`${source}: cannot be parsed to read its attachments: ${(error as Error).message}`, EXIT.usage)
  }
  if (!stream) return undefined
  try {
    return decodePDFRawStream(stream).decode()
  } catch (error) {
    throw new UserError(`${source}: the attachment ${name} cannot be decoded: ${(error as Error).message}`, EXIT.usage)
  }
}

/** The still-encoded stream of the attachment `name`; throws on a document pdf-lib could not make sense of. */
function findAttachment(document: PDFDocument, name: string): PDFRawStream | undefined {
  // A file cut short loses its trailer and pdf-lib then loads it without a catalog instead of failing.
  if (!(document.catalog instanceof PDFDict)) throw new Error('it has no document catalog (truncated or damaged PDF)')
  const names = document.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict)
  if (!tree) return undefined
  const spec = findInNameTree(tree, name, 0, new Set())
  if (!spec) return undefined
  const files = spec.lookupMaybe(PDFName.of('EF'), PDFDict)
  const stream = files?.lookupMaybe(PDFName.of('UF'), PDFStream) ?? files?.lookupMaybe(PDFName.of('F'), PDFStream)
  return stream instanceof PDFRawStream ? stream : undefined
}

function textOf(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined
}

/** Walks /Names pairs and /Kids; matches the tree key or the file specification's /UF or /F. */
function findInNameTree(node: PDFDict, name: string, depth: number, seen: Set<PDFDict>): PDFDict | undefined {
  if (depth > MAX_NAME_TREE_DEPTH || seen.has(node)) return undefined
  seen.add(node)
  const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray)
  if (pairs) {
    for (let index = 0; index + 1 < pairs.size(); index += 2) {
      const spec = pairs.lookupMaybe(index + 1, PDFDict)
      if (!spec) continue
      const key = textOf(pairs.lookup(index))
      const fileName = textOf(spec.lookup(PDFName.of('UF'))) ?? textOf(spec.lookup(PDFName.of('F')))
      if (key === name || fileName === name) return spec
    }
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray)
  for (let index = 0; kids && index < kids.size(); index++) {
    const kid = kids.lookupMaybe(index, PDFDict)
    const found = kid && findInNameTree(kid, name, depth + 1, seen)
    if (found) return found
  }
  return undefined
}

/** The few facts of an embedded result that `verify` prints. */
export interface EmbeddedResultSummary {
  entity: string | null
  role: string | null
  assessmentDate: string | null
  verdict: string | null
  score: number | null
  /** Controls with a finding (open gaps). */
  gaps: number | null
}

/**
 * Parses the embedded result JSON and picks out what a reader checks first. Tolerant on purpose: the
 * gate validates the result against its schema; here a missing field is shown as unknown.
 * Throws a UserError when the bytes are not JSON.
 */
export function summarizeEmbeddedResult(bytes: Uint8Array, source = EMBEDDED_RESULT_NAME): EmbeddedResultSummary {
  let value: Partial<AssessmentResult>
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8')) as Partial<AssessmentResult>
  } catch (error) {
    throw new UserError(`${source}: the embedded result is not JSON: ${(error as Error).message}`, EXIT.findings)
  }
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null)
  const controls = Array.isArray(value?.controls) ? value.controls : undefined
  return {
    entity: text(value?.assessment?.entity?.legal_name),
    role: text(value?.assessment?.role),
    assessmentDate: text(value?.assessment?.date),
    verdict: text(value?.verdict),
    score: typeof value?.scores?.overall === 'number' ? value.scores.overall : null,
    gaps: controls ? controls.filter((control) => control && control.finding !== null && control.finding !== undefined).length : null,
  }
}
