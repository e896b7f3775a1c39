// The hostile-PDF suite: signed reports an attacker who controls the PDF before signing would make so that the
// visible pages (and poppler) say one thing and the gate reads another, the classic signature attacks, and the
// files that try to exhaust the reader. Each must be refused with its code by `verify` and `gate`; the table
// also records what pdfsig says of each (it calls most of the structural ones valid: that is the point).
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {SignPdf} from '@signpdf/signpdf'
import {beforeAll, describe, expect, it} from 'vitest'
import type {GatePolicy} from '../../src/generated/policy.js'
import {judgeSubmission} from '../../src/gate/judge-submission.js'
import {readSubmission} from '../../src/gate/load-submission.js'
import type {AssessmentResult} from '../../src/generated/result.js'
import {renderReport} from '../../src/report/render-report.js'
import {canonicalAnswersJson} from '../../src/evaluation/canonical-json.js'
import {evaluateAnswersFile} from '../../src/evaluation/evaluate-answers-file.js'
import {COMPLIANT_ANSWERS, TEST_CATALOG} from '../helpers/signed-reports.js'
import {addPlaceholderToPdf, addSignaturePlaceholder} from '../../src/signing/placeholder.js'
import {MAX_ATTACHMENT_BYTES} from '../../src/signing/report-structure.js'
import {signPdf, signWithIdentity} from '../../src/signing/sign.js'
import {CadesSigner} from '../../src/signing/cms-signer.js'
import {verifySignature} from '../../src/signing/verify.js'
import {appendRevision, embeddedFileBody, fileSpecBody, findObject, putTogether, takeApart, zeroBomb, type RawObject, type ReportParts} from '../helpers/hostile-pdf.js'
import {FIXTURES, runCli, tempDir} from '../helpers/run-cli.js'
import {SIGNING_TIME, tool, TRIAL_CA, trialIdentity} from '../helpers/signing-fixtures.js'

const NOW = '2026-11-25'
const POLICY: GatePolicy = {schema_version: 1, name: 'Hostile suite', required_verdict: 'compliant'} as GatePolicy
const FIELDS = {name: 'Mei Chan', reason: 'Annual attestation', location: '', contactInfo: '', signingTime: SIGNING_TIME}

interface Kit {
  /** The genuine report of a non-compliant assessment with its empty signature field: what the attacker starts from. */
  parts: ReportParts
  placeholder: Buffer
  signed: Buffer
  /** The same report rendered without a signature field (for `posattest sign`'s incremental update). */
  plain: Buffer
  /** The result the attacker wants the gate to read. */
  forged: Buffer
  /** A genuine signed report of another (compliant) assessment. */
  other: Buffer
}

interface HostileCase {
  name: string
  /** The first reason code of verify, and the code of the gate's signature reason (unless gateCode says otherwise). */
  code: string
  gateCode?: string
  /** pdfsig's "Signature Validation" verdict, or what else it says. */
  pdfsig: string
  build: (kit: Kit) => Buffer | Promise<Buffer>
}

const sign = (pdf: Buffer) => signPdf(pdf, trialIdentity(), SIGNING_TIME)
/** Signs with @signpdf directly, as any other signer would: posattest's own refuses to find a field in a dictionary with a key twice. */
const signAnyway = (pdf: Buffer) => new SignPdf().sign(pdf, new CadesSigner(trialIdentity()), SIGNING_TIME)
const latin1 = (pdf: Buffer) => pdf.toString('latin1')

/** The parts with `edit` applied to a deep copy. */
function edited(kit: Kit, edit: (parts: ReportParts, next: number) => void): ReportParts {
  const parts: ReportParts = {...kit.parts, objects: kit.parts.objects.map((o) => ({...o}))}
  edit(parts, kit.parts.size)
  return parts
}

const catalogOf = (parts: ReportParts) => findObject(parts, /\/Type \/Catalog/)
const treeOf = (parts: ReportParts) => findObject(parts, /\/EmbeddedFiles/)
const specOf = (parts: ReportParts) => findObject(parts, /\/Type \/Filespec/)
const streamOf = (parts: ReportParts) => findObject(parts, /\/Type \/EmbeddedFile\b/)
const sigOf = (parts: ReportParts) => findObject(parts, /\/Type \/Sig\b/)
const widgetOf = (parts: ReportParts) => findObject(parts, /\/Subtype \/Widget/)
const replaceIn = (object: RawObject, from: string | RegExp, to: string | ((...groups: string[]) => string)) => {
  const before = object.body
  object.body = object.body.replace(from, to as string)
  if (object.body === before) throw new Error(`nothing replaced: ${from}`)
}

/** The forged result as objects `next` (stream) and `next + 1` (its file specification). */
function forgedObjects(kit: Kit, next: number, name = 'posattest-result.json', uf = name): RawObject[] {
  return [
    {number: next, body: embeddedFileBody(kit.forged)},
    {number: next + 1, body: fileSpecBody({f: name, uf, ef: `/F ${next} 0 R`})},
  ]
}

/** A signed variant of the report: the attacker edits the objects, writes a consistent file and signs it. */
const signedEdit = (edit: (parts: ReportParts, next: number, kit: Kit) => void, options: Parameters<typeof putTogether>[1] = {}) => (kit: Kit) =>
  sign(putTogether(edited(kit, (parts, next) => edit(parts, next, kit)), options))

/** The signed report with bytes replaced in place (same length, so every offset stays right): no new signature. */
function patched(pdf: Buffer, from: string | RegExp, to: (match: string) => string): Buffer {
  const text = latin1(pdf)
  const match = typeof from === 'string' ? {index: text.indexOf(from), 0: from} : from.exec(text)
  if (!match || match.index === -1) throw new Error(`not found: ${from}`)
  const replacement = to(match[0]!)
  if (replacement.length !== match[0]!.length) throw new Error(`replacement changes the length: ${replacement.length} for ${match[0]!.length}`)
  return Buffer.from(text.slice(0, match.index) + replacement + text.slice(match.index + match[0]!.length), 'latin1')
}

/** The /ByteRange array and the spaces after it, rewritten to `values` in the same room. */
const withByteRange = (pdf: Buffer, values: (range: number[]) => string) =>
  patched(pdf, /\/ByteRange \[[^\]]*\] */, (match) => {
    const range = /\[([^\]]*)\]/.exec(match)![1]!.trim().split(/\s+/).map(Number)
    const value = values(range)
    return (value ? `/ByteRange ${value}` : '').padEnd(match.length, ' ')
  })
const contentsHex = (pdf: Buffer) => /\/Contents <([0-9a-fA-F]*)>/.exec(latin1(pdf))![1]!

const CASES: HostileCase[] = [
  // One reading of the file: objects, xref, revisions.
  {
    name: 'duplicate-object-listed',
    code: 'duplicate-object',
    pdfsig: 'Signature is Valid.',
    build: (kit) => {
      const parts = edited(kit, (p, next) => {
        const spec = specOf(p)
        p.objects.push({number: next, body: embeddedFileBody(kit.forged)}, {number: spec.number, body: fileSpecBody({f: 'posattest-result.json', ef: `/F ${next} 0 R`})})
      })
      const spec = specOf(parts).number
      return sign(putTogether(parts, {xref: (entries, offsets) => entries.set(spec, offsets.filter((o) => o.number === spec).at(-1)!.offset)}))
    },
  },
  {
    name: 'duplicate-object-unlisted',
    code: 'duplicate-object',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next, kit) => p.objects.push({number: next, body: embeddedFileBody(kit.forged)}, {number: specOf(p).number, body: fileSpecBody({f: 'posattest-result.json', ef: `/F ${next} 0 R`})})),
  },
  {
    name: 'duplicate-stream-object',
    code: 'duplicate-object',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, _next, kit) => p.objects.push({number: streamOf(p).number, body: embeddedFileBody(kit.forged)})),
  },
  {
    name: 'xref-points-at-another-object',
    code: 'xref-offset-mismatch',
    pdfsig: 'Signature is Valid.',
    build: (kit) => {
      const spec = specOf(kit.parts).number
      const stream = streamOf(kit.parts).number
      return sign(putTogether(kit.parts, {xref: (entries) => entries.set(spec, entries.get(stream))}))
    },
  },
  {
    name: 'xref-offset-off-by-one',
    code: 'xref-offset-mismatch',
    pdfsig: 'Signature is Valid.',
    build: (kit) => {
      const spec = specOf(kit.parts).number
      return sign(putTogether(kit.parts, {xref: (entries) => entries.set(spec, entries.get(spec)! - 1)}))
    },
  },
  {
    name: 'object-not-in-xref',
    code: 'unlisted-object',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next, kit) => p.objects.push(...forgedObjects(kit, next)), {xref: (entries) => [...entries.keys()].slice(-2).forEach((n) => entries.set(n, undefined))}),
  },
  {
    name: 'xref-lists-a-missing-object',
    code: 'xref-offset-mismatch',
    pdfsig: 'Signature is Valid.',
    build: (kit) => sign(putTogether(kit.parts, {size: kit.parts.size + 1, xref: (entries) => entries.set(kit.parts.size, 16)})),
  },
  {
    name: 'stream-length-too-long',
    code: 'stream-length-mismatch',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p) => replaceIn(findObject(p, /\/Length \d+\n>>\nstream/), /\/Length (\d+)/, (_m, length) => `/Length ${Number(length) + 5}`)),
  },
  {
    name: 'junk-between-objects',
    code: 'body-syntax',
    pdfsig: 'Signature is Valid.',
    build: (kit) => sign(putTogether(kit.parts, {beforeXref: '(hidden) Tj\n'})),
  },
  {
    name: 'startxref-wrong',
    code: 'startxref-mismatch',
    pdfsig: 'Signature is Valid.',
    build: (kit) => sign(putTogether(kit.parts, {startxrefShift: 1})),
  },
  {
    name: 'size-wrong',
    code: 'size-mismatch',
    pdfsig: 'Signature is Valid.',
    build: (kit) => sign(patched(putTogether(kit.parts), `/Size ${kit.parts.size}\n`, () => `/Size ${kit.parts.size + 9}\n`)),
  },
  {
    name: 'prev-in-the-only-revision',
    code: 'prev-chain-mismatch',
    pdfsig: 'Signature is Valid.',
    build: (kit) => sign(putTogether(kit.parts, {trailerExtra: '/Prev 0\n'})),
  },
  // The attachments: one name tree, one file specification per name, nothing else.
  {
    name: 'two-result-keys',
    code: 'name-tree-duplicate',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next, kit) => {
      p.objects.push(...forgedObjects(kit, next))
      replaceIn(treeOf(p), /\(posattest-result\.json\) (\d+) 0 R/, `(posattest-result.json) $1 0 R (posattest-result.json) ${next + 1} 0 R`)
      replaceIn(catalogOf(p), /\/AF \[(\d+) 0 R\]/, `/AF [$1 0 R ${next + 1} 0 R]`)
    }),
  },
  {
    name: 'unsorted-keys',
    code: 'name-tree-unsorted',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next, kit) => {
      p.objects.push(...forgedObjects(kit, next, 'posattest-answers.json'))
      replaceIn(treeOf(p), /\(posattest-result\.json\) (\d+) 0 R/, `(posattest-result.json) $1 0 R (posattest-answers.json) ${next + 1} 0 R`)
      replaceIn(catalogOf(p), /\/AF \[(\d+) 0 R\]/, `/AF [$1 0 R ${next + 1} 0 R]`)
    }),
  },
  {
    name: 'duplicate-key-across-kids',
    code: 'name-tree-duplicate',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next, kit) => {
      p.objects.push(...forgedObjects(kit, next))
      const spec = specOf(p).number
      replaceIn(
        treeOf(p),
        /\/EmbeddedFiles <<[\s\S]*?\]\n>>/,
        `/EmbeddedFiles << /Kids [<< /Limits [(posattest-result.json) (posattest-result.json)] /Names [(posattest-result.json) ${spec} 0 R] >> << /Limits [(posattest-result.json) (posattest-result.json)] /Names [(posattest-result.json) ${next + 1} 0 R] >>] >>`,
      )
      replaceIn(catalogOf(p), /\/AF \[(\d+) 0 R\]/, `/AF [$1 0 R ${next + 1} 0 R]`)
    }),
  },
  {
    name: 'f-and-uf-differ',
    code: 'filespec-name-mismatch',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p) => replaceIn(specOf(p), '/UF (posattest-result.json)', '/UF (posattest-result.pdf)')),
  },
  {
    name: 'ef-with-two-streams',
    code: 'ef-streams',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next, kit) => {
      p.objects.push({number: next, body: embeddedFileBody(kit.forged)})
      replaceIn(specOf(p), /\/EF <<\n\/F (\d+) 0 R\n>>/, `/EF <<\n/F $1 0 R\n/UF ${next} 0 R\n>>`)
    }),
  },
  {
    name: 'result-under-an-innocent-key',
    code: 'filespec-name-mismatch',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next, kit) => {
      p.objects.push(...forgedObjects(kit, next, 'innocent.json', 'posattest-result.json'))
      replaceIn(treeOf(p), /\(posattest-result\.json\) (\d+) 0 R/, `(innocent.json) ${next + 1} 0 R (posattest-result.json) $1 0 R`)
      replaceIn(catalogOf(p), /\/AF \[(\d+) 0 R\]/, `/AF [$1 0 R ${next + 1} 0 R]`)
    }),
  },
  {
    name: 'an-attachment-posattest-does-not-write',
    code: 'unknown-attachment',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next, kit) => {
      p.objects.push(...forgedObjects(kit, next, 'zz-notes.json'))
      replaceIn(treeOf(p), /\(posattest-result\.json\) (\d+) 0 R/, `(posattest-result.json) $1 0 R (zz-notes.json) ${next + 1} 0 R`)
      replaceIn(catalogOf(p), /\/AF \[(\d+) 0 R\]/, `/AF [$1 0 R ${next + 1} 0 R]`)
    }),
  },
  {
    name: 'no-result-only-answers',
    code: 'result-missing',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p) => {
      replaceIn(treeOf(p), '(posattest-result.json)', '(posattest-answers.json)')
      for (const key of ['/F', '/UF']) replaceIn(specOf(p), `${key} (posattest-result.json)`, `${key} (posattest-answers.json)`)
    }),
  },
  {
    name: 'af-lists-another-file-spec',
    code: 'af-mismatch',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next, kit) => {
      p.objects.push(...forgedObjects(kit, next))
      replaceIn(catalogOf(p), /\/AF \[(\d+) 0 R\]/, `/AF [${next + 1} 0 R]`)
    }),
  },
  {
    name: 'af-missing',
    code: 'af-mismatch',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p) => replaceIn(catalogOf(p), /\/AF \[(\d+) 0 R\]\n/, '')),
  },
  {
    name: 'file-attachment-annotation',
    code: 'extra-attachment',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next, kit) => {
      p.objects.push(...forgedObjects(kit, next), {number: next + 2, body: `\n<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS ${next + 1} 0 R >>\n`})
      replaceIn(findObject(p, /\/Annots \[/), /\/Annots \[/, `/Annots [${next + 2} 0 R `)
    }),
  },
  {
    name: 'second-file-spec-elsewhere',
    code: 'extra-attachment',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next, kit) => {
      p.objects.push(...forgedObjects(kit, next))
      replaceIn(catalogOf(p), '/Type /Catalog', `/Type /Catalog\n/Extra ${next + 1} 0 R`)
    }),
  },
  {
    name: 'orphan-embedded-file-stream',
    code: 'extra-attachment',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next, kit) => p.objects.push({number: next, body: embeddedFileBody(kit.forged)})),
  },
  // What posattest does not write.
  {
    name: 'encrypted',
    code: 'unsupported-structure',
    pdfsig: 'error',
    build: (kit) => sign(putTogether(kit.parts, {trailerExtra: '/Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>\n'})),
  },
  {
    name: 'object-stream',
    code: 'unsupported-structure',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next) => p.objects.push({number: next, body: '\n<< /Type /ObjStm /N 1 /First 4 /Length 11 >>\nstream\n1 0 (hello)\nendstream\n'})),
  },
  {
    name: 'xref-stream',
    code: 'unsupported-structure',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next) => p.objects.push({number: next, body: '\n<< /Type /XRef /Size 1 /W [1 1 1] /Length 3 >>\nstream\n\x00\x00\x00\nendstream\n'})),
  },
  // Revisions: only `posattest sign`'s own update, and nothing after the signature.
  {
    name: 'incremental-update-after-signature',
    code: 'update-after-signature',
    pdfsig: 'Signature is Valid.',
    build: async (kit) => {
      const next = kit.parts.size
      const spec = specOf(kit.parts).number
      return appendRevision(kit.signed, [{number: next, body: embeddedFileBody(kit.forged)}, {number: spec, body: fileSpecBody({f: 'posattest-result.json', ef: `/F ${next} 0 R`})}], {
        root: kit.parts.root,
        info: kit.parts.info,
        size: next + 1,
      })
    },
  },
  {
    name: 'signature-wrapping',
    code: 'update-after-signature',
    pdfsig: 'Digest Mismatch.',
    build: async (kit) => {
      // The signed revision kept as it is, a new revision after it, and /ByteRange stretched over the whole file.
      const next = kit.parts.size
      const spec = specOf(kit.parts).number
      const updated = appendRevision(kit.signed, [{number: next, body: embeddedFileBody(kit.forged)}, {number: spec, body: fileSpecBody({f: 'posattest-result.json', ef: `/F ${next} 0 R`})}], {
        root: kit.parts.root,
        info: kit.parts.info,
        size: next + 1,
      })
      return withByteRange(updated, ([a, b, c]) => `[${a} ${b} ${c} ${updated.length - c!}]`)
    },
  },
  {
    name: 'three-revisions',
    code: 'too-many-revisions',
    pdfsig: 'Signature is Valid.',
    build: async (kit) => {
      const plain = takeApart(kit.plain)
      const info = findObject(plain, /\/Producer/)
      const updated = appendRevision(kit.plain, [{number: info.number, body: info.body.replace('/Title', '/Trapped /False\n/Title')}], {root: plain.root, info: plain.info, size: plain.size})
      return signWithIdentity(updated, trialIdentity(), {signingTime: SIGNING_TIME})
    },
  },
  {
    name: 'signing-update-changes-the-attachment',
    code: 'unexpected-update',
    pdfsig: 'Signature is Valid.',
    build: async (kit) => {
      const prepared = addPlaceholderToPdf(kit.plain, FIELDS, 'plain.pdf')
      const update = takeApart(prepared, 1)
      const plain = takeApart(kit.plain)
      const next = update.size
      const spec = specOf(plain).number
      const objects = [...update.objects, {number: next, body: embeddedFileBody(kit.forged)}, {number: spec, body: fileSpecBody({f: 'posattest-result.json', ef: `/F ${next} 0 R`})}]
      return sign(appendRevision(kit.plain, objects, {root: update.root, info: update.info, size: next + 1}))
    },
  },
  // Bounded work.
  {
    name: 'flate-bomb-attachment',
    code: 'stream-too-large',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p) => {
      // Past the cap, so that it must stop inflating there.
      const bomb = zeroBomb(MAX_ATTACHMENT_BYTES + 16 * 1024 * 1024)
      streamOf(p).body = `\n<<\n/Type /EmbeddedFile\n/Length ${bomb.length}\n/Filter /FlateDecode\n>>\nstream\n${bomb.toString('latin1')}\nendstream\n`
    }),
  },
  {
    name: 'object-flood',
    code: 'too-many-objects',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next) => {
      for (let number = next; number < next + 210_000; number++) p.objects.push({number, body: ' null '})
    }),
  },
  {
    name: 'object-flood-with-a-small-size',
    code: 'too-many-objects',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next) => {
      for (let number = next; number < next + 210_000; number++) p.objects.push({number, body: ' null '})
    }, {size: 0}),
  },
  {
    name: 'byte-range-flood',
    code: 'duplicate-key',
    pdfsig: 'Digest Mismatch.',
    build: (kit) => {
      const parts = takeApart(kit.signed)
      replaceIn(sigOf(parts), '/Type /Sig', `/Type /Sig${' /ByteRange [0 1 2 3]'.repeat(100_000)}`)
      return putTogether(parts)
    },
  },
  {
    name: 'deep-nesting',
    code: 'nesting-too-deep',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next) => p.objects.push({number: next, body: ` ${'['.repeat(100)}${']'.repeat(100)} `})),
  },
  // The one signature, found through the form.
  {
    name: 'duplicate-key-in-signature-dictionary',
    code: 'duplicate-key',
    pdfsig: 'Signature is Valid.',
    build: (kit) => signAnyway(putTogether(edited(kit, (p) => replaceIn(sigOf(p), '/Type /Sig', '/Type /Sig\n/Reason (Approved by the acquirer)')))),
  },
  {
    name: 'two-signature-fields',
    code: 'multiple-signatures',
    pdfsig: 'Signature is Valid.',
    build: signedEdit((p, next) => {
      const widget = widgetOf(p)
      p.objects.push(
        {number: next, body: '\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 10 20 30] /Contents <00> >>\n'},
        {number: next + 1, body: widget.body.replace(/\/V \d+ 0 R/, `/V ${next} 0 R`).replace('(Signature1)', '(Signature2)')},
      )
      replaceIn(findObject(p, /\/Fields \[/), /\/Fields \[(\d+) 0 R\]/, `/Fields [$1 0 R ${next + 1} 0 R]`)
    }),
  },
  {
    name: 'signature-not-reached-from-the-form',
    code: 'signature-unreachable',
    pdfsig: 'Signature has not yet been verified.',
    build: signedEdit((p, next) => {
      p.objects.push({number: next, body: ' << /Type /Annot >> '})
      replaceIn(widgetOf(p), /\/V \d+ 0 R/, `/V ${next} 0 R`)
    }),
  },
  // Classic signature attacks, and universal signature forgery (no new signature: the bytes are edited in place).
  {name: 'never-signed', code: 'empty-signature-field', gateCode: 'not-signed', pdfsig: 'Signature has not yet been verified.', build: (kit) => kit.placeholder},
  {name: 'bytes-appended', code: 'bytes-appended', pdfsig: 'Signature is Valid.', build: (kit) => Buffer.concat([kit.signed, Buffer.from('\n% appended\n')])},
  {name: 'truncated', code: 'truncated-pdf', pdfsig: 'error', build: (kit) => Buffer.from(kit.signed.subarray(0, kit.signed.length - 200))},
  {name: 'contents-empty', code: 'gap-not-contents', pdfsig: 'Unknown Validation Failure.', build: (kit) => patched(kit.signed, `<${contentsHex(kit.signed)}>`, (m) => '<>'.padEnd(m.length, ' '))},
  {name: 'contents-zero-filled', code: 'cms-malformed', pdfsig: 'Unknown Validation Failure.', build: (kit) => patched(kit.signed, contentsHex(kit.signed), (m) => '0'.repeat(m.length))},
  {name: 'contents-missing', code: 'gap-not-contents', pdfsig: 'Signature has not yet been verified.', build: (kit) => patched(kit.signed, `/Contents <${contentsHex(kit.signed)}>`, (m) => ' '.repeat(m.length))},
  {name: 'contents-malformed', code: 'body-syntax', pdfsig: 'Unknown Validation Failure.', build: (kit) => patched(kit.signed, contentsHex(kit.signed).slice(0, 8), () => 'zzzzzzzz')},
  {
    name: 'contents-foreign-cms',
    code: 'digest-mismatch',
    pdfsig: 'Digest Mismatch.',
    build: (kit) => {
      const foreign = contentsHex(kit.other)
      return patched(kit.signed, contentsHex(kit.signed), (m) => foreign.padEnd(m.length, '0').slice(0, m.length))
    },
  },
  {name: 'byte-range-missing', code: 'byte-range-malformed', pdfsig: 'Signature has not yet been verified.', build: (kit) => withByteRange(kit.signed, () => '')},
  {name: 'byte-range-empty', code: 'byte-range-malformed', pdfsig: 'Signature has not yet been verified.', build: (kit) => withByteRange(kit.signed, () => '[]')},
  {name: 'byte-range-malformed', code: 'byte-range-malformed', pdfsig: 'Signature has not yet been verified.', build: (kit) => withByteRange(kit.signed, ([a, b, c]) => `[${a} ${b} ${c} -5]`)},
  {name: 'byte-range-not-covering-the-file', code: 'bytes-appended', pdfsig: 'Digest Mismatch.', build: (kit) => withByteRange(kit.signed, ([a, b, c, d]) => `[${a} ${b} ${c} ${d! - 100}]`)},
  {name: 'byte-range-not-at-start', code: 'byte-range-not-at-start', pdfsig: 'Digest Mismatch.', build: (kit) => withByteRange(kit.signed, ([a, b, c, d]) => `[${a! + 1} ${b! - 1} ${c} ${d}]`)},
  {name: 'byte-range-overlap', code: 'byte-range-overlap', pdfsig: 'Digest Mismatch.', build: (kit) => withByteRange(kit.signed, ([a, , c, d]) => `[${a} ${c! + 10} ${c} ${d}]`)},
  {
    name: 'byte-range-at-another-hex-string',
    code: 'gap-not-contents',
    pdfsig: 'Digest Mismatch.',
    build: (kit) => {
      const text = latin1(kit.signed)
      const start = text.lastIndexOf('/ID [<') + '/ID ['.length
      const end = text.indexOf('>', start) + 1
      return withByteRange(kit.signed, () => `[0 ${start} ${end} ${kit.signed.length - end}]`)
    },
  },
]

const dir = {path: ''}
const built = new Map<string, Buffer>()
let kit: Kit
let genuine: {routeA: Buffer; routeB: Buffer}

/** An assessment as `report` renders it: its result, and the answers the gate evaluates again. */
interface Evaluated {
  result: AssessmentResult
  json: Buffer
  answersJson: string
}

async function evaluated(answers: string): Promise<Evaluated> {
  const {result, json, answers: parsed} = await evaluateAnswersFile(answers, {catalogDir: TEST_CATALOG, generator: 'posattest test'})
  return {result, json: Buffer.from(json), answersJson: canonicalAnswersJson(parsed)}
}

/**
 * The attacks start from a report that carries its result alone, so each construction edits one attachment; they are
 * refused for their structure before any content is read. The genuine reports carry their answers too, as `report`
 * writes them, since the gate evaluates those again.
 */
async function resultOnly(file: string): Promise<Evaluated> {
  const json = await readFile(file)
  return {result: JSON.parse(json.toString('utf8')) as AssessmentResult, json, answersJson: ''}
}

async function render(assessment: Evaluated, placeholder: boolean): Promise<Buffer> {
  return renderReport(assessment.result, {
    date: SIGNING_TIME,
    resultJson: assessment.json,
    ...(assessment.answersJson ? {answersJson: assessment.answersJson} : {}),
    ...(placeholder ? {beforeEnd: (doc: PDFKit.PDFDocument) => addSignaturePlaceholder(doc, FIELDS)} : {}),
  })
}

beforeAll(async () => {
  const temp = await tempDir('posattest-hostile-')
  dir.path = temp.dir
  const [gaps, compliant, answered] = await Promise.all([
    resultOnly(path.join(FIXTURES, 'gate/result-gaps.json')),
    resultOnly(path.join(FIXTURES, 'gate/result-compliant.json')),
    evaluated(COMPLIANT_ANSWERS),
  ])
  const [placeholder, plain, otherPlaceholder, genuinePlaceholder, genuinePlain] = await Promise.all([
    render(gaps, true),
    render(gaps, false),
    render(compliant, true),
    render(answered, true),
    render(answered, false),
  ])
  kit = {parts: takeApart(placeholder), placeholder, signed: await sign(placeholder), plain, forged: compliant.json, other: await sign(otherPlaceholder)}
  genuine = {routeA: await sign(genuinePlaceholder), routeB: await signWithIdentity(genuinePlain, trialIdentity(), {signingTime: SIGNING_TIME})}
  await mkdir(path.join(dir.path, 'book'), {recursive: true})
  for (const hostile of CASES) {
    const pdf = await Promise.resolve(hostile.build(kit)).catch((error: Error) => {
      throw new Error(`building ${hostile.name}: ${error.message}`)
    })
    built.set(hostile.name, pdf)
    await writeFile(path.join(dir.path, 'book', `${hostile.name}.pdf`), pdf)
  }
  await writeFile(path.join(dir.path, 'book', 'genuine-route-a.pdf'), genuine.routeA)
  await writeFile(path.join(dir.path, 'book', 'genuine-route-b.pdf'), genuine.routeB)
  await writeFile(path.join(dir.path, 'ca.pem'), TRIAL_CA)
  await writeFile(path.join(dir.path, 'policy.yaml'), `schema_version: 1\nname: Hostile suite\ntrusted_roots:\n  - ca.pem\ncatalogs:\n  - ${TEST_CATALOG}\nrequired_verdict: compliant\n`)
  return temp.cleanup
}, 120_000)

async function gateInProcess(pdf: Buffer) {
  return judgeSubmission(await readSubmission(pdf, {trustedRoots: [TRIAL_CA]}), POLICY, NOW)
}

describe('the genuine reports', () => {
  it('verify and pass the gate, signed in place (report --sign) and by the signing update (sign)', async () => {
    for (const pdf of [genuine.routeA, genuine.routeB]) {
      const verification = await verifySignature(pdf, {trustedRoots: [TRIAL_CA]})
      expect([verification.valid, verification.trusted, verification.reasons]).toEqual([true, true, []])
      const verdict = await gateInProcess(pdf)
      expect([verdict.outcome, verdict.decision?.verdict, verdict.decision?.score]).toEqual(['pass', 'compliant', 100])
    }
  })

  it('the attacker starts from a report whose pages and attachment say non-compliant', async () => {
    expect((await gateInProcess(kit.signed)).decision?.verdict).toBe('non_compliant')
  })
})

describe('hostile PDFs', () => {
  it(`holds ${CASES.length} cases with distinct names`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40)
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length)
  })

  it.each(CASES.map((c) => [c.name, c] as const))('%s: verify and the gate refuse it with its code', async (_name, hostile) => {
    const pdf = built.get(hostile.name)!
    const verification = await verifySignature(pdf, {trustedRoots: [TRIAL_CA]})
    expect([verification.valid, verification.reasons[0]?.code]).toEqual([false, hostile.code])
    const verdict = await gateInProcess(pdf)
    expect(verdict.outcome).toBe('fail')
    expect(verdict.reasons[0]).toMatchObject({rule: 'signature', code: hostile.gateCode ?? hostile.code})
    expect(verdict.decision).toBeUndefined()
  })

  it('records what pdfsig says of each (it calls the structural attacks valid)', () => {
    const verdicts = CASES.map((c) => {
      const output = tool('pdfsig', [path.join(dir.path, 'book', `${c.name}.pdf`)]).output
      const said = /Signature Validation: (.*)/.exec(output)?.[1]?.trim() ?? (/does not contain any signatures/.test(output) ? 'no signature' : 'error')
      return `${c.name}: ${said}`
    })
    expect(verdicts).toEqual(CASES.map((c) => `${c.name}: ${c.pdfsig}`))
  })
})

describe('hostile PDFs through the built CLI', () => {
  const SAMPLE = ['result-under-an-innocent-key', 'incremental-update-after-signature', 'flate-bomb-attachment', 'contents-zero-filled']

  it.each(SAMPLE)('%s: verify --json exits 1 with the code, gate --format json fails with it', async (name) => {
    const file = path.join(dir.path, 'book', `${name}.pdf`)
    const code = CASES.find((c) => c.name === name)!.code
    const verify = await runCli(['verify', file, '--ca', path.join(dir.path, 'ca.pem'), '--json'])
    expect(verify.code).toBe(1)
    expect((JSON.parse(verify.stdout) as {signature: {reasons: Array<{code: string}>}}).signature.reasons[0]?.code).toBe(code)
    const gate = await runCli(['gate', file, '--policy', path.join(dir.path, 'policy.yaml'), '--now', NOW, '--format', 'json'])
    expect(gate.code).toBe(1)
    expect(gate.stdout).toContain(`"code": "${code}"`)
  })

  it('portfolio over every case: each hostile row fails with its code, the genuine rows pass', async () => {
    const run = await runCli(['portfolio', path.join(dir.path, 'book'), '--policy', path.join(dir.path, 'policy.yaml'), '--now', NOW, '-o', path.join(dir.path, 'out'), '--jobs', '2'])
    expect(run.stderr).not.toMatch(/internal error/)
    const rows = JSON.parse(await readFile(path.join(dir.path, 'out', 'summary.json'), 'utf8')).rows as Array<{file: string; outcome: string; reasons: Array<{code?: string}>}>
    const seen = Object.fromEntries(rows.map((row) => [row.file.replace(/\.pdf$/, ''), `${row.outcome} ${row.reasons[0]?.code ?? ''}`.trim()]))
    expect(seen).toEqual({
      ...Object.fromEntries(CASES.map((c) => [c.name, `fail ${c.gateCode ?? c.code}`])),
      'genuine-route-a': 'pass',
      'genuine-route-b': 'pass',
    })
  }, 60_000)
})
