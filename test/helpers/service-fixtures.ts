// What the service tests share: a trial identity, the example policy that trusts it, and signed reports of the
// examples, all made by the services themselves (in this process, without oclif).
import {copyFile, mkdir} from 'node:fs/promises'
import path from 'node:path'
import {ROOT, tempDir} from './run-cli.js'
import {packageVersion} from '../../src/io/package-version.js'
import {keygen} from '../../src/services/keygen.js'
import {report} from '../../src/services/report.js'

export const EXAMPLES = path.join(ROOT, 'examples')
export const COMPLIANT = path.join(EXAMPLES, 'merchant-compliant', 'answers.yaml')
export const GAPS = path.join(EXAMPLES, 'merchant-gaps', 'answers.yaml')
/** What the commands pass: posattest's name and version. */
export const GENERATOR = {generator: `posattest ${packageVersion()}`, version: packageVersion()}
/** The examples are assessed on 2026-11-20; keys from 2026-01-01 are valid then. */
export const SIGNING_TIME = new Date('2026-11-21T00:00:00Z')
export const NOW = '2026-12-01'

/** The passphrase is read from the environment, as for a command without a terminal. */
export const PASSPHRASE_VAR = 'POSATTEST_SERVICE_TEST_PASSPHRASE'
process.env[PASSPHRASE_VAR] = 'a long service-test passphrase'

export interface Book {
  dir: string
  at: (...names: string[]) => string
  keys: string
  policy: string
  cleanup: () => Promise<void>
}

/** A temp folder with keys/ (keygen), policy.yaml (the example policy, trusting keys/ca.pem) and, when asked, signed reports. */
export async function makeBook(reports: {name: string; answers: string}[] = []): Promise<Book> {
  const tmp = await tempDir('posattest-services-')
  const at = (...names: string[]) => path.join(tmp.dir, ...names)
  await keygen({output: at('keys'), commonName: 'Priya Shah', organization: 'Harbour Lane Coffee Ltd', days: 365, date: '2026-01-01', passphraseEnv: PASSPHRASE_VAR})
  await copyFile(path.join(EXAMPLES, 'policy.yaml'), at('policy.yaml'))
  await mkdir(at('book'), {recursive: true})
  for (const {name, answers} of reports) {
    await report({input: answers, output: at('book', name), ...GENERATOR, sign: signWith(at('keys'))})
  }
  return {dir: tmp.dir, at, keys: at('keys'), policy: at('policy.yaml'), cleanup: tmp.cleanup}
}

/** The signing options of the trial identity in `keys`, at SIGNING_TIME. */
export function signWith(keys: string) {
  return {key: {p12: path.join(keys, 'signer.p12'), passphraseEnv: PASSPHRASE_VAR}, signingTime: SIGNING_TIME}
}
