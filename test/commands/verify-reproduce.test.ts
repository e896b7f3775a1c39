import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {canonicalAnswersJson} from '../../src/evaluation/canonical-json.js'
import {evaluateAnswersFile} from '../../src/evaluation/evaluate-answers-file.js'
import type {GateReport} from '../../src/gate/gate-report.js'
import {renderReport} from '../../src/report/render-report.js'
import {ROOT, runCli, tempDir} from '../helpers/run-cli.js'
import {PASSPHRASE_ENV} from '../helpers/signed-reports.js'

const GAPS = path.join(ROOT, 'examples/merchant-gaps/answers.yaml')
const COMPLIANT = path.join(ROOT, 'examples/merchant-compliant/answers.yaml')
let tmp: {dir: string; cleanup: () => Promise<void>}
const run = (...args: string[]) => runCli(args, {cwd: tmp.dir, env: PASSPHRASE_ENV})
const file = (name: string) => path.join(tmp.dir, name)
// A fixed signing time: the gate below judges on a fixed day, and a signature made after it would be in the future.
const sign = ['--sign', '--p12', 'keys/signer.p12', '--signing-time', '2026-11-24T10:00:00Z']

/** Every way `report --sign` is used here: each language, with and without --previous, a signing time and non-ASCII fields. */
const SIGNED: Array<[string, string[], string]> = [
  ['en.pdf', [GAPS, '--lang', 'en'], 'en'],
  ['zh.pdf', [GAPS], 'zh-CN'],
  ['en-previous.pdf', [GAPS, '--lang', 'en', '--previous', 'previous.json'], 'en'],
  ['zh-previous.pdf', [GAPS, '--previous', 'previous.json'], 'zh-CN'],
  ['compliant.pdf', [COMPLIANT, '--date', '2026-11-24T09:30:00Z', '--reason', 'Jährliche Prüfung', '--location', '上海'], 'en'],
]

/** The object number of the first page's content stream and the offset of a byte inside its data. */
function firstPageContent(pdf: Buffer): {object: number; offset: number} {
  const text = pdf.toString('latin1')
  const page = /\/Type \/Page\n[^]*?\/Contents (\d+) 0 R/.exec(text)
  if (!page) throw new Error('no page with /Contents')
  const object = Number(page[1])
  const start = text.indexOf('stream\n', text.indexOf(`\n${object} 0 obj\n`)) + 'stream\n'.length
  return {object, offset: start + 20}
}

beforeAll(async () => {
  tmp = await tempDir('posattest-reproduce-')
  expect((await run('keygen', '-o', 'keys', '--cn', 'Priya Shah 夏', '--org', 'Harbour Lane Coffee Ltd', '--date', '2026-01-01')).code).toBe(0)
  expect((await run('evaluate', COMPLIANT, '-o', 'previous.json')).code).toBe(0)
  const made = await Promise.all([
    ...SIGNED.map(([output, args]) => run('report', ...args, '-o', output, ...sign)),
    run('report', GAPS, '-o', 'unsigned.pdf', '--lang', 'en', '--date', '2026-11-22'),
  ])
  expect(made.map((m) => m.code)).toEqual(made.map(() => 0))
  // Report, then sign: the signature field is added by an incremental update at another time.
  expect((await run('sign', 'unsigned.pdf', '-o', 'then-signed.pdf', '--p12', 'keys/signer.p12', '--location', 'Bristol 布里斯托', '--signing-time', '2026-11-23T10:11:12Z')).code).toBe(0)
}, 240_000)

afterAll(async () => {
  await tmp.cleanup()
})

const verify = (name: string) => run('verify', name, '--ca', 'keys/ca.pem', '--reproduce')

describe('posattest verify --reproduce', () => {
  it.each(SIGNED.map(([name, , lang]) => [name, lang]))('reproduces %s as report --sign made it, byte for byte', async (name, lang) => {
    const {code, stdout} = await verify(name)
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`reproduced: yes, byte for byte apart from the signature (report --sign, ${lang})`)
    expect(code).toBe(0)
  })

  it('reproduces a report signed afterwards with posattest sign', async () => {
    const {code, stdout} = await verify('then-signed.pdf')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('reproduced: yes, byte for byte apart from the signature (report, then sign, en)')
    expect(code).toBe(0)
  })

  it('names a report whose page content was changed before signing: pages-differ, at the changed byte and object', async () => {
    // Given: one byte of the first page's content stream flipped in the unsigned report, then signed
    const pdf = await readFile(file('unsigned.pdf'))
    const {object, offset} = firstPageContent(pdf)
    pdf[offset] = pdf[offset]! ^ 0x01
    await writeFile(file('edited.unsigned.pdf'), pdf)
    expect((await run('sign', 'edited.unsigned.pdf', '-o', 'edited.pdf', '--p12', 'keys/signer.p12', '--signing-time', '2026-11-23T10:11:12Z')).code).toBe(0)
    // When
    const {code, stdout} = await verify('edited.pdf')
    const json = JSON.parse((await run('verify', 'edited.pdf', '--ca', 'keys/ca.pem', '--reproduce', '--json')).stdout)
    // Then: the signature is valid and the result derived, but the pages are not posattest's
    expect(stdout.split('\n')[0]).toBe('edited.pdf: valid and trusted')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      `reproduced: no: pages-differ: the signed bytes are not what posattest 0.1.0 renders from the embedded data (report, then sign): ` +
        `they differ from byte ${offset}, in object ${object}; the report was changed after it was rendered`,
    )
    expect([json.derivation, json.reproduction.code]).toEqual([null, 'pages-differ'])
    expect(code).toBe(1)
  })

  it('names a report rendered by another posattest version: other-version', async () => {
    const evaluated = await evaluateAnswersFile(GAPS, {generator: 'posattest 0.1.0'})
    const pdf = await renderReport(evaluated.result, {
      date: new Date('2026-11-20T00:00:00Z'),
      resultJson: evaluated.json,
      answersJson: canonicalAnswersJson(evaluated.answers),
      version: '0.1.1-patched',
    })
    await writeFile(file('patched.unsigned.pdf'), pdf)
    expect((await run('sign', 'patched.unsigned.pdf', '-o', 'patched.pdf', '--p12', 'keys/signer.p12', '--signing-time', '2026-11-21T00:00:00Z')).code).toBe(0)
    const {code, stdout} = await verify('patched.pdf')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      'reproduced: no: other-version: the report was rendered by "posattest 0.1.1-patched"; this is posattest 0.1.0, which renders other bytes',
    )
    expect(code).toBe(1)
  })

  it('makes the gate refuse a report that is not reproduced where the policy sets require_reproducible', async () => {
    await writeFile(file('reproducible.yaml'), 'schema_version: 1\nname: Reproducible\ntrusted_roots: [keys/ca.pem]\nrequired_verdict: any\nrequire_reproducible: true\n')
    const judge = async (name: string) => {
      const {code, stdout} = await run('gate', name, '--policy', 'reproducible.yaml', '--now', '2026-12-01', '--format', 'json')
      return [code, (JSON.parse(stdout) as GateReport).reasons.map((r) => [r.rule, r.code])]
    }
    expect(await judge('then-signed.pdf')).toEqual([0, []])
    expect(await judge('zh-previous.pdf')).toEqual([0, []])
    expect(await judge('edited.pdf')).toEqual([1, [['reproducible', 'not-reproducible']]])
    expect(await judge('patched.pdf')).toEqual([1, [['reproducible', 'not-reproducible']]])
  })
})
