// Signed reports for the gate and portfolio tests, made the way a merchant makes them: keygen, then report --sign.
import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {expect} from 'vitest'
import {FIXTURES, runCli} from './run-cli.js'

export const GATE_FIXTURES = path.join(FIXTURES, 'gate')
/** The test catalog and the answers behind result-compliant.json and result-gaps.json (evaluated against it). */
export const TEST_CATALOG = path.join(FIXTURES, 'evaluation', 'catalog')
export const COMPLIANT_ANSWERS = path.join(FIXTURES, 'evaluation', 'compliant.yaml')
export const GAPS_ANSWERS = path.join(FIXTURES, 'evaluation', 'gate-gaps.yaml')
export const PASSPHRASE_ENV = {POSATTEST_P12_PASSPHRASE: 'correct horse battery staple'}

/** A trial identity under `dir` (signer.p12, signer.pem, ca.pem), valid from 2025-01-01 for ten years. */
export async function keygen(dir: string, cn: string, org: string): Promise<void> {
  await mkdir(dir, {recursive: true})
  const made = await runCli(['keygen', '-o', dir, '--cn', cn, '--org', org, '--date', '2025-01-01', '--days', '3650'], {env: PASSPHRASE_ENV})
  expect(made.stderr).not.toMatch(/error/i)
  expect(made.code).toBe(0)
}

/** Renders an answers (or result) file into a PDF signed with the identity in `keys`, dated and signed at `date`; `extra` are further report flags. */
export async function signedReport(input: string, output: string, keys: string, date = '2025-04-01', extra: string[] = []): Promise<void> {
  const made = await runCli(['report', input, '-o', output, '--sign', '--p12', path.join(keys, 'signer.p12'), '--date', date, '--signing-time', date, ...extra], {
    env: PASSPHRASE_ENV,
  })
  expect(made.stderr).toMatch(/^Wrote /)
  expect(made.code).toBe(0)
}

/** The signed byte ranges of a PDF, from its /ByteRange. */
export function signedRanges(pdf: Buffer): [number, number, number, number] {
  const match = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/.exec(pdf.toString('latin1'))
  if (!match) throw new Error('no /ByteRange')
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])]
}
