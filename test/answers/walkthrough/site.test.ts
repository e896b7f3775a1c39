import {cp, readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {runSiteWalkthrough, runWalkthrough} from '../../../src/answers/walkthrough/walkthrough.js'
import {loadCatalog, type Catalog} from '../../../src/catalog/catalog.js'
import type {Language} from '../../../src/model/language.js'
import {ROOT, tempDir} from '../../helpers/run-cli.js'
import {DOWN, ENTER, PromptDriver} from '../../helpers/prompt-driver.js'

// `assess --site`: one site of the chain example walked through the shipped catalog's per-site controls.
const PER_SITE = ['CUS-02', 'CUS-04', 'CUS-05', 'SEAL-02', 'SEAL-03', 'SEAL-04', 'SVC-02', 'SVC-03', 'UPD-02', 'INC-03', 'RET-03']

let catalog: Catalog
let dir: string
let file: string
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({dir, cleanup} = await tempDir())
  catalog ??= await loadCatalog()
  await cp(path.join(ROOT, 'examples/chain-larkspur-coffee'), dir, {recursive: true})
  file = path.join(dir, 'answers.yaml')
})
afterEach(() => cleanup())

function start(driver: PromptDriver, site: string, lang: Language = 'en') {
  return driver.watch(runSiteWalkthrough({catalog, file, lang, date: '2026-11-20', site, prompts: driver.prompts(lang), io: driver.io}))
}

async function sites(): Promise<{id: string; controls?: Record<string, Record<string, unknown>>}[]> {
  return (parse(await readFile(file, 'utf8')) as {sites: {id: string; controls?: Record<string, Record<string, unknown>>}[]}).sites
}

describe('assess --site', () => {
  it("walks only the site's per-site controls, keeps the organisation's answer by default and writes the site's own", async () => {
    const d = new PromptDriver()
    const run = start(d, 'Leeds Briggate')
    await d.waitFor('== Site LDS-01 · Leeds Briggate ==')
    await d.waitFor("11 per-site controls: for each, keep the organisation's answer or give this site's own.")
    for (const [n, id] of PER_SITE.entries()) {
      await d.waitFor(`Per-site control ${n + 1}/11`)
      await d.waitFor(`${id} · `)
      if (id === 'CUS-05') {
        // From "Same as the organisation (In Place)" down to Not in Place; then what a gap needs.
        await d.answer('Status at this site', DOWN.repeat(4) + ENTER)
        await d.answer('Who will close this gap?', 'Leeds Briggate manager' + ENTER)
        await d.answer('Target date to close it', ENTER)
        await d.answer('Notes', 'The spares cupboard lock is broken; a new one is ordered.' + ENTER)
      } else {
        // SEAL-02 already has the site's own answer (not in place, owner, date, notes): Enter keeps it and asks nothing more.
        await d.answer('Status at this site', ENTER)
      }
    }
    await d.waitFor('This site answers 2 of 11 per-site controls itself; the others follow the organisation.')
    await d.waitFor('  CUS-05  Terminals secured when not in use: owner Leeds Briggate manager, target ')
    const summary = await run
    expect(summary).toMatchObject({site: 'LDS-01', applicable: 11, own: ['CUS-05', 'SEAL-02']})
    expect(summary.gaps.map((g) => g.id)).toEqual(['CUS-05', 'SEAL-02'])

    const written = (await sites()).find((s) => s.id === 'LDS-01')!
    expect(Object.keys(written.controls!).sort()).toEqual(['CUS-05', 'SEAL-02'])
    expect(written.controls!['CUS-05']).toEqual({
      status: 'not_in_place',
      owner: 'Leeds Briggate manager',
      target_date: '2027-01-19',
      notes: 'The spares cupboard lock is broken; a new one is ordered.',
    })
    // Nothing else of the file changed: the other sites keep exactly their own answers.
    expect((await sites()).filter((s) => s.controls).map((s) => s.id)).toEqual(['BRS-02', 'CDF-01', 'LDS-01', 'MAN-01'])
  })

  it("choosing the organisation's answer removes the site's own", async () => {
    const d = new PromptDriver()
    const run = start(d, 'BRS-02')
    for (const id of PER_SITE) {
      await d.waitFor(`${id} · `)
      if (id === 'CUS-05') {
        // The site's own answer (In Place) is the default: one up is the organisation's.
        await d.answer('Status at this site', '\u001b[A' + ENTER)
      } else {
        await d.answer('Status at this site', ENTER)
      }
    }
    const summary = await run
    expect(summary.own).toEqual([])
    expect((await sites()).find((s) => s.id === 'BRS-02')!.controls).toEqual({})
  })

  it("the organisation's walk-through of a complete chain asks nothing, and no terminal outside the sites", async () => {
    const d = new PromptDriver()
    const summary = await d.watch(runWalkthrough({catalog, file, lang: 'en', date: '2026-11-20', prompts: d.prompts('en'), io: d.io}))
    expect(summary).toMatchObject({applicable: 40, answered: 40, unanswered: [], incomplete: []})
    expect(d.screen).not.toContain('== Terminal inventory ==')
  })

  it('asks in Chinese too, with the same choices', async () => {
    const d = new PromptDriver()
    const run = start(d, 'YRK-01', 'zh-CN')
    await d.waitFor('== 营业地点 YRK-01 · York Stonegate ==')
    await d.waitFor('按营业地点作答的控制项共 11 项：每项可沿用机构的回答，或填写本营业地点自己的回答。')
    for (let n = 1; n <= 11; n++) {
      await d.waitFor(`按营业地点作答的控制项 ${n}/11`)
      await d.answer('本营业地点的状态', ENTER)
    }
    await d.waitFor('本营业地点自行回答了 11 项按营业地点作答的控制项中的 0 项；其余沿用机构的回答。')
    expect(d.screen).toContain('与机构相同（已落实）')
    expect((await run).own).toEqual([])
  })

  it('names the sites of the file when the one asked for is not there', async () => {
    const d = new PromptDriver()
    await expect(start(d, 'LDN-99')).rejects.toMatchObject({code: 'unknown-site'})
  })
})
