// Precompiles the report templates (templates/<lang>/*.hbs) into templates/precompiled.cjs with handlebars' own
// precompiler, so a report no longer compiles them at run time (cold, that was ~100 ms of every `posattest
// report`). Each template keeps the SHA-256 of the source it came from: src/report/templates.ts uses a
// precompiled template only while its source still has that hash, and compiles the source otherwise.
// It also holds the remediation steps of the shipped catalogs (controls/, controls/released/), keyed by the SHA-256
// of the step's text, which src/evaluation/remediation.ts compiled for every gap of every cold `evaluate`,
// `report` and `verify`; the CLI bundle hands them to it (scripts/bundle.mjs).
// `npm run build` writes it (it is not kept in git); `--check` fails when the file is out of date (used by the tests).
import {readdir, readFile, writeFile} from 'node:fs/promises'
import {createHash} from 'node:crypto'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Handlebars from 'handlebars'
import {parse} from 'yaml'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const dir = path.join(root, 'templates')
const target = path.join(dir, 'precompiled.cjs')
const check = process.argv.includes('--check')
const {version} = createRequire(import.meta.url)('handlebars/package.json')

/** The options src/report/templates.ts compiles with (plain text, never HTML-escaped); precompile adds to the object it is given. */
const OPTIONS = {noEscape: true}

const languages = (await readdir(dir, {withFileTypes: true})).filter((e) => e.isDirectory()).map((e) => e.name).sort()
const entries = []
for (const lang of languages) {
  for (const file of (await readdir(path.join(dir, lang))).filter((f) => f.endsWith('.hbs')).sort()) {
    const source = await readFile(path.join(dir, lang, file), 'utf8')
    const sha256 = createHash('sha256').update(source).digest('hex')
    entries.push(`  ${JSON.stringify(`${lang}/${file.slice(0, -'.hbs'.length)}`)}: {\n    sha256: '${sha256}',\n    spec: ${Handlebars.precompile(source, {...OPTIONS})},\n  },`)
  }
}
/** The options src/evaluation/remediation.ts compiles remediation steps with. */
const STEP_OPTIONS = {noEscape: true, strict: false}

/** Every remediation step text with a mustache in the YAML files under controls/, once each, in a fixed order. */
async function remediationSteps() {
  const files = (await readdir(path.join(root, 'controls'), {recursive: true})).filter((f) => f.endsWith('.yaml')).sort()
  const sources = new Set()
  for (const file of files) {
    const doc = parse(await readFile(path.join(root, 'controls', file), 'utf8'))
    for (const control of Array.isArray(doc?.controls) ? doc.controls : []) {
      for (const step of control?.remediation?.steps ?? []) {
        for (const text of Object.values(step ?? {})) if (typeof text === 'string' && text.includes('{{')) sources.add(text)
      }
    }
  }
  return [...sources].map((source) => ({sha256: createHash('sha256').update(source).digest('hex'), source})).sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1))
}

const steps = await remediationSteps()
const text = `// Generated from templates/*/*.hbs and the remediation steps of controls/ by scripts/precompile-templates.mjs
// (handlebars ${version}): do not edit. Each spec is used only for a source with the SHA-256 beside it.
/* eslint-disable */
exports.HANDLEBARS_VERSION = '${version}'
exports.TEMPLATES = {
${entries.join('\n')}
}
// The shipped catalogs' remediation steps, by the SHA-256 of their text.
exports.REMEDIATION = {
${steps.map(({sha256, source}) => `  '${sha256}': ${Handlebars.precompile(source, {...STEP_OPTIONS})},`).join('\n')}
}
`

if (check) {
  const current = await readFile(target, 'utf8').catch(() => '')
  if (current !== text) {
    process.stderr.write(`${path.relative(root, target)} is out of date: run npm run gen:templates\n`)
    process.exit(1)
  }
} else {
  await writeFile(target, text)
  console.log(`wrote ${path.relative(root, target)}: ${entries.length} templates, ${steps.length} remediation steps`)
}
