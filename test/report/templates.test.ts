import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {LANGUAGES, type Language} from '../../src/model/language.js'
import {loadReportTemplates, REPORT_TEMPLATES, TEMPLATE_DIR} from '../../src/report/templates.js'
import {parseTextBlocks} from '../../src/report/text-blocks.js'

/** Every key path of a labels object, e.g. "status.in_place". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k))
}

describe('report templates', () => {
  it('has exactly one template per section in every language, and nothing else', async () => {
    for (const lang of LANGUAGES) {
      const files = (await readdir(path.join(TEMPLATE_DIR, lang))).sort()
      expect(files).toEqual([...REPORT_TEMPLATES.map((t) => `${t}.hbs`), 'labels.json'].sort())
    }
  })

  it('has the same labels in every language, none empty', async () => {
    const [en, ...others] = await Promise.all(
      LANGUAGES.map(async (lang) => JSON.parse(await readFile(path.join(TEMPLATE_DIR, lang, 'labels.json'), 'utf8'))),
    )
    for (const labels of others) expect(keyPaths(labels).sort()).toEqual(keyPaths(en).sort())
    for (const labels of [en, ...others]) {
      for (const key of keyPaths(labels)) expect(key.split('.').reduce((v: any, k) => v[k], labels), key).not.toBe('')
    }
  })

  it('names the same layout elements in every language, in the same order', async () => {
    const directivesOf = async (lang: Language, name: string) =>
      [...(await readFile(path.join(TEMPLATE_DIR, lang, `${name}.hbs`), 'utf8')).matchAll(/^@[a-z-]+/gm)].map((m) => m[0])
    for (const name of REPORT_TEMPLATES) {
      expect(await directivesOf('zh-CN', name), name).toEqual(await directivesOf('en', name))
    }
  })

  it('renders data as plain text: no HTML escaping, and no value can open a heading', async () => {
    const templates = await loadReportTemplates('en')
    const text = templates.render('remediation-item', {
      owner: '# Ops & "Facilities" <team>',
      due_date: '2026-04-15',
      priority: 'P1',
      severity_label: 'Critical',
      steps: ['- Replace terminal A&B', 'Log it'],
      target_after_due: false,
      labels: templates.labels,
    })
    expect(parseTextBlocks(text)).toEqual([
      {kind: 'field', label: 'Owner', value: '# Ops & "Facilities" <team>'},
      {kind: 'field', label: 'Due date', value: '2026-04-15 (P1, Critical)'},
      {kind: 'numbered', number: '1', text: '- Replace terminal A&B'},
      {kind: 'numbered', number: '2', text: 'Log it'},
    ])
  })
})
