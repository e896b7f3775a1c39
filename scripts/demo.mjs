// `npm run demo`: the whole journey on the shipped examples, written to demo-out/.
// A merchant evaluates, renders and signs its report (English and Chinese) with a fresh trial identity;
// the acquirer verifies it and gates it under examples/policy.yaml; PNG previews let a person look.
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, rmSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'demo-out')
const bin = path.join(root, 'bin/run.js')
// The trial key's passphrase: a demo value unless the caller set one.
const env = {...process.env, POSATTEST_P12_PASSPHRASE: process.env.POSATTEST_P12_PASSPHRASE ?? 'demo passphrase, not a secret'}
const rel = (p) => path.relative(root, p)

function posattest(args, {expect = [0]} = {}) {
  console.log(`\n$ posattest ${args.map((a) => (a.startsWith(root) ? rel(a) : a)).join(' ')}`)
  const run = spawnSync(process.execPath, [bin, ...args], {cwd: root, env, encoding: 'utf8'})
  process.stdout.write(run.stdout)
  process.stderr.write(run.stderr)
  if (!expect.includes(run.status)) {
    console.error(`demo: posattest ${args[0]} exited ${run.status}, expected ${expect.join(' or ')}`)
    process.exit(1)
  }
  return run
}

rmSync(out, {recursive: true, force: true})
mkdirSync(path.join(out, 'results'), {recursive: true})
const keys = path.join(out, 'keys')

// The demo replays one fixed timeline, so that it shows the same outcome on any day it is run: the examples are
// assessed on 2026-11-20, signed on 2026-11-25 (an explicit --signing-time; real signing takes the clock) and
// judged on 2026-12-01.
const SIGNED = '2026-11-25T10:00:00Z'
const JUDGED = '2026-12-01'

// 1. A trial signing identity, valid from the examples' assessment date (2026-11-20).
posattest(['keygen', '-o', keys, '--cn', 'Demo Signer', '--org', 'posattest demo', '--date', '2026-11-20', '--days', '730'])

// 2. Evaluate every example: exit 0 compliant, 1 non-compliant.
for (const name of ['merchant-compliant', 'merchant-gaps', 'acquirer']) {
  posattest(['evaluate', `examples/${name}/answers.yaml`, '-o', path.join(out, 'results', `${name}.json`)], {expect: [0, 1]})
}

// 3. Render and sign the reports.
const reports = [
  ['merchant-gaps', 'en'],
  ['merchant-gaps', 'zh-CN'],
  ['merchant-compliant', 'en'],
]
for (const [name, lang] of reports) {
  const pdf = path.join(out, `${name}.${lang}.pdf`)
  posattest(['report', `examples/${name}/answers.yaml`, '-o', pdf, '--lang', lang, '--sign', '--p12', path.join(keys, 'signer.p12'), '--location', 'Shanghai', '--signing-time', SIGNED])
}

// 4. The acquirer's side: verify the signature, then gate under the example policy. The policy trusts
//    keys/ca.pem beside itself, so a copy of it next to the demo keys trusts the demo CA.
const policy = path.join(out, 'policy.yaml')
copyFileSync(path.join(root, 'examples/policy.yaml'), policy)
posattest(['verify', path.join(out, 'merchant-gaps.en.pdf'), '--ca', path.join(keys, 'ca.pem'), '--now', JUDGED])
posattest(['gate', path.join(out, 'merchant-compliant.en.pdf'), '--policy', policy, '--now', JUDGED], {expect: [0]})
posattest(['gate', path.join(out, 'merchant-gaps.en.pdf'), '--policy', policy, '--now', JUDGED], {expect: [1]})

// 5. Pictures of the first pages, for a person to look at.
const pdftoppm = spawnSync('pdftoppm', ['-v'], {encoding: 'utf8'})
if (pdftoppm.error) {
  console.log('\npdftoppm not found (Debian: apt-get install poppler-utils): no PNG previews')
} else {
  for (const [name, lang] of reports) {
    spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', path.join(out, `${name}.${lang}.pdf`), path.join(out, `${name}.${lang}`)])
  }
  console.log(`\nPNG previews of pages 1-3: ${rel(out)}/*.png`)
}
console.log(`\nDone. Signed reports: ${reports.map(([n, l]) => `${rel(out)}/${n}.${l}.pdf`).join(', ')}`)
