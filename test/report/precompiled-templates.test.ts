import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cp, readFile} from 'node:fs/promises'
import path from 'node:path'
import Handlebars from 'handlebars'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import type {AssessmentResult} from '../../src/generated/result.js'
import {renderReport} from '../../src/report/render-report.js'
import {loadPrecompiledTemplates, templateOf} from '../../src/report/precompiled-templates.js'
import {TEMPLATE_DIR} from '../../src/report/templates.js'
import {FIXTURES, ROOT, tempDir} from '../helpers/run-cli.js'

const DATE = new Date('2026-03-20T00:00:00Z')

let tmp: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => (tmp = await tempDir('posattest-precompiled-')))
afterAll(async () => tmp.cleanup())

const hex = (text: string) => createHash('sha256').update(text).digest('hex')

describe('precompiled report templates', () => {
  it('are those of the shipped sources (run npm run gen:templates after editing a template)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/precompile-templates.mjs'), '--check'], {cwd: ROOT, encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('render the same report, byte for byte, as the same templates compiled from their sources', async () => {
    // A copy of the folder is not the shipped one, so its templates are compiled at run time.
    const copy = path.join(tmp.dir, 'templates')
    await cp(TEMPLATE_DIR, copy, {recursive: true})
    const json = await readFile(path.join(FIXTURES, 'report/result.json'), 'utf8')
    const result = JSON.parse(json) as AssessmentResult
    for (const lang of ['en', 'zh-CN'] as const) {
      const shipped = await renderReport(result, {lang, date: DATE, resultJson: json})
      const compiled = await renderReport(result, {lang, date: DATE, resultJson: json, templateDir: copy})
      expect(shipped.equals(compiled), lang).toBe(true)
    }
  })

  it('are used only for the source they were made from, by the same handlebars: otherwise the source is compiled', () => {
    const handlebars = Handlebars.create()
    const compile = vi.spyOn(handlebars, 'compile')
    const source = 'Hello {{name}}'
    const spec = new Function(`return ${Handlebars.precompile(source, {noEscape: true})}`)() as Parameters<typeof Handlebars.template>[0]
    const entry = {sha256: hex(source), spec}
    expect(templateOf(handlebars, source, entry, Handlebars.VERSION)({name: '<b>'})).toBe('Hello <b>')
    expect(compile).not.toHaveBeenCalled()
    // An edited template, and a spec made by another handlebars.
    expect(templateOf(handlebars, 'Goodbye {{name}}', entry, Handlebars.VERSION)({name: '<b>'})).toBe('Goodbye <b>')
    expect(templateOf(handlebars, source, entry, '0.0.0')({name: '<b>'})).toBe('Hello <b>')
    expect(compile).toHaveBeenCalledTimes(2)
  })

  it('are none for a folder without them: its templates are compiled', async () => {
    expect(await loadPrecompiledTemplates(tmp.dir)).toBeUndefined()
    expect(Object.keys((await loadPrecompiledTemplates(TEMPLATE_DIR))!.TEMPLATES)).toContain('zh-CN/control')
  })
})
