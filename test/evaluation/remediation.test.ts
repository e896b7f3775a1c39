import Handlebars from 'handlebars'
import {beforeAll, describe, expect, it} from 'vitest'
import {type Catalog, loadCatalog} from '../../src/catalog/catalog.js'
import {LANGUAGES} from '../../src/model/language.js'

let catalog: Catalog
beforeAll(async () => {
  catalog = await loadCatalog()
})

// createStepRenderer gives a step without a mustache back as written instead of calling Handlebars: this is the
// fact that rests on, for the catalog's own texts and for texts made to look like templates without being one.
describe('a remediation step without a mustache', () => {
  const render = (text: string) => Handlebars.create().compile(text, {noEscape: true, strict: false})({devices: [1], entity: {legal_name: 'x'}})

  it('is rendered by Handlebars as exactly its text, for every such step of the shipped catalog', () => {
    const texts = catalog.controls.flatMap((c) => c.remediation.steps.flatMap((s) => LANGUAGES.map((l) => s[l]).filter((t): t is string => t !== undefined)))
    const plain = texts.filter((t) => !t.includes('{{'))
    expect(plain.length).toBeGreaterThan(50)
    for (const text of plain) expect(render(text)).toBe(text)
  })

  it('is rendered as exactly its text when it only looks like a template', () => {
    for (const text of ['a } b }} c', '{ devices }', '\\{ x', 'a\\\\b', 'line\r\nnext\n\n', '  padded  ', '{#if}', '{{', '更换封条、记录编号'].filter((t) => !t.includes('{{'))) {
      expect(render(text)).toBe(text)
    }
  })
})
