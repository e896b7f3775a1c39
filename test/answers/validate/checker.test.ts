import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {checkAnswersSource} from '../../../src/answers/load-answers.js'
import {type Catalog, loadCatalog} from '../../../src/catalog/catalog.js'
import {formatLocation} from '../../../src/diagnostics/diagnostic.js'
import {parseYamlSource} from '../../../src/io/yaml-source.js'
import type {Language} from '../../../src/model/language.js'
import {ROOT} from '../../helpers/run-cli.js'

// The chain example (an organisation with 14 sites) edited one way at a time, checked against the shipped catalog.
const FILE = path.relative(process.cwd(), path.join(ROOT, 'examples/chain-larkspur-coffee/answers.yaml'))

let catalog: Catalog
let chain: string
beforeAll(async () => {
  catalog = await loadCatalog()
  chain = await readFile(FILE, 'utf8')
})

/** The line (1-based) of the first line of `text` that starts with `start`, after the line starting with `after`. */
function lineOf(text: string, start: string, after = ''): number {
  const lines = text.split('\n')
  const from = after === '' ? 0 : lines.findIndex((l) => l.startsWith(after))
  return lines.findIndex((l, i) => i >= from && l.startsWith(start)) + 1
}

async function problems(text: string, language: Language = 'en'): Promise<string[]> {
  const diagnostics = await checkAnswersSource(parseYamlSource(FILE, text), catalog, {language})
  return diagnostics.map((d) => `${formatLocation(d)} ${d.rule}: ${d.message}`)
}

function edit(from: string, to: string): string {
  expect(chain).toContain(from)
  return chain.replace(from, to)
}

describe('validate an organisation with sites', () => {
  test('the chain example is valid', async () => {
    expect(await problems(chain)).toEqual([])
  })

  test('site-scope: a site answering an organisation-wide control, at its key, in both languages', async () => {
    const text = edit('      SEAL-02:\n        status: not_in_place\n', '      TRN-01:\n        status: not_in_place\n      SEAL-02:\n        status: not_in_place\n')
    const line = lineOf(text, '      TRN-01:')
    const index = 7 // LDS-01 is the eighth site
    expect(await problems(text)).toEqual([
      `${FILE}:${line}:7 site-scope: sites.${index}.controls.TRN-01: TRN-01 is answered once for the whole organisation, not per site; remove it from site LDS-01 (only controls the catalog marks scope: site may differ between sites)`,
    ])
    expect(await problems(text, 'zh-CN')).toEqual([
      `${FILE}:${line}:7 site-scope: sites.${index}.controls.TRN-01：TRN-01 由整个机构统一作答，不按营业地点作答；请从营业地点 LDS-01 中删除（只有目录标为 scope: site 的控制项才可因营业地点而异）`,
    ])
  })

  test("a site's own answer must be complete, and says which site", async () => {
    const text = edit('        owner: Leeds Briggate manager, Sam Patel\n', '')
    const line = lineOf(text, '        status: not_in_place', '  - id: LDS-01')
    expect(await problems(text)).toEqual([`${FILE}:${line}:17 status-requirements: SEAL-02 at site LDS-01: not_in_place needs an owner (who closes the gap)`])
  })

  test("an in-place claim is checked against each site's own terminals", async () => {
    // BRS-01's first terminal loses its seals: the organisation's SEAL-03 in_place no longer holds there.
    const text = edit('        seal_ids: [LS-120401]\n', '')
    const line = lineOf(text, '      - serial: "401-2700-001"')
    const messages = await problems(text)
    expect(messages).toEqual([`${FILE}:${line}:9 inventory: SEAL-03 at site BRS-01 is answered in_place, but terminal 401-2700-001 has no tamper-evident seal ids recorded`])
  })

  test('site-duplicate, duplicate-serial across sites, and site-inventory', async () => {
    let text = edit('  - id: YRK-01\n', '  - id: BRS-01\n')
    text = text.replace('      - serial: "401-2713-002"', '      - serial: "401-2700-001"')
    text = text.replace('inventory: []\n', 'inventory:\n  - {serial: "HQ-1", make: Verifone, model: V400c Plus, state: spare}\n')
    expect(await problems(text)).toEqual([
      `${FILE}:${lineOf(text, 'inventory:')}:1 site-inventory: inventory: with sites, every terminal is listed under its site (sites.N.inventory); move this terminal to its site`,
      `${FILE}:${lineOf(text, '  - id: BRS-01', '  - id: SWA-01')}:9 site-duplicate: sites.13.id: site BRS-01 is already sites.0; give each site its own id`,
      `${FILE}:${lineOf(text, '      - serial: "401-2700-001"', '  - id: SWA-01')}:17 duplicate-serial: sites.13.inventory.1.serial: serial 401-2700-001 is already listed at sites.0.inventory.0`,
    ])
  })

  test('schema: a site needs a name', async () => {
    const text = edit('  - id: YRK-01\n    name: York Stonegate\n', '  - id: YRK-01\n')
    expect(await problems(text)).toEqual([expect.stringMatching(/^.*:\d+:5 schema: sites\.13: missing required key 'name'$/)])
  })
})
