import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {checkAnswersSource} from '../../../src/answers/load-answers.js'
import {runWalkthrough} from '../../../src/answers/walkthrough/walkthrough.js'
import {loadCatalog, type Catalog} from '../../../src/catalog/catalog.js'
import {readYamlInput} from '../../../src/io/read-input.js'
import {DOWN, ENTER, PromptDriver} from '../../helpers/prompt-driver.js'
import {ANSWERS_FOR_1_0_0, answersWithVersion, writeVersionedCase} from '../../helpers/versioned-answers.js'

// The 'catalog-versions' catalog is 1.1.0: SEAL-02 added, CUS-01 changed, CUS-09 retired. The answers were complete
// for 1.0.0; for this merchant CUS-01, SEAL-01 and SEAL-02 apply.
let at: Awaited<ReturnType<typeof writeVersionedCase>>
let catalog: Catalog
let file: string
beforeEach(async () => {
  at = await writeVersionedCase({'answers.yaml': ANSWERS_FOR_1_0_0})
  catalog = await loadCatalog(at.catalog)
  file = path.join(at.dir, 'answers.yaml')
})
afterEach(() => at.cleanup())

function start(driver: PromptDriver, options: {all?: boolean; domain?: string} = {}) {
  return driver.watch(
    runWalkthrough({
      catalog,
      file,
      lang: 'en',
      date: '2026-11-24',
      ...options,
      prompts: driver.prompts('en'),
      io: driver.io,
    }),
  )
}

async function problems(): Promise<string[]> {
  return (await checkAnswersSource(await readYamlInput(file), catalog)).map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`)
}

describe('runWalkthrough on answers written for an older catalog', () => {
  it('asks only the changed and the new control, keeps every other answer, then names 1.1.0 and drops the retired answer', async () => {
    const d = new PromptDriver()
    const run = start(d)
    await d.waitFor('== Controls ==')
    await d.waitFor('These answers were written for catalog 1.0.0; 2 of their controls are new or changed in 1.1.0 and are asked again. The others keep their answers.')
    await d.waitFor('Domain 1/2 · Control 1/3')
    await d.waitFor('CUS-01 · Terminal inventory\nChanged in catalog 1.1.0: check your answer (the status given is the default).')
    // The status given is the default: Enter keeps it, and with it the evidence.
    await d.answer('Status', ENTER)
    await d.answer('Notes', 'List now names each till' + ENTER)
    await d.waitFor('Domain 2/2 · Control 3/3')
    await d.waitFor('SEAL-02 · Seals photographed\nNew in catalog 1.1.0.')
    await d.answer('Status', DOWN + DOWN + ENTER)
    await d.answer('Why does this control not apply to you?', 'The bank photographs the seals' + ENTER)
    await d.answer('Review this exception again by', ENTER)
    await d.answer('Notes', ENTER)
    await d.waitFor('CUS-09 was retired in catalog 1.1.0: its answer is removed.')
    await d.waitFor('These answers, written for catalog 1.0.0, are now for catalog 1.1.0.')
    const summary = await run
    expect(summary).toMatchObject({applicable: 3, answered: 3, unanswered: [], incomplete: []})
    // SEAL-01 was complete and did not change: not asked.
    expect(d.screen).not.toContain('SEAL-01 ·')
    expect(d.screen.match(/✔ Status/g)).toHaveLength(2)

    const text = await readFile(file, 'utf8')
    const answers = parse(text)
    expect(answers.catalog_version).toBe('1.1.0')
    expect(text).toContain('schema_version: 1\ncatalog_version: 1.1.0\nassessment:\n')
    expect(text).toContain('# the seal log starts in December\n')
    expect(answers.controls).toEqual({
      'CUS-01': {status: 'in_place', evidence: [{url: 'https://intranet.example.com/terminals', date: '2026-11-20'}], notes: 'List now names each till'},
      'SEAL-01': {status: 'not_in_place', owner: 'Store manager', target_date: '2026-12-08'},
      'SEAL-02': {status: 'not_applicable', justification: 'The bank photographs the seals', review_by: '2027-11-24'},
    })
    expect(await problems()).toEqual([])
  })

  it('another status for a changed control starts its answer afresh and asks what that status needs', async () => {
    const d = new PromptDriver()
    const run = start(d)
    await d.waitFor('Changed in catalog 1.1.0')
    await d.answer('Status', DOWN + DOWN + DOWN + ENTER)
    await d.answer('Who will close this gap?', 'Ops' + ENTER)
    await d.answer('Target date to close it', ENTER)
    await d.answer('Notes', ENTER)
    await d.waitFor('New in catalog 1.1.0.')
    await d.answer('Status', ENTER)
    await d.answer('Evidence: a file path', ENTER)
    await d.answer('Notes', ENTER)
    await run
    const answers = parse(await readFile(file, 'utf8'))
    expect(answers.controls['CUS-01']).toEqual({status: 'not_in_place', owner: 'Ops', target_date: '2026-12-24'})
    expect(answers.controls['SEAL-02']).toEqual({status: 'in_place'})
    expect(answers.catalog_version).toBe('1.1.0')
  })

  it('--all asks every control again, each with its answer as the default', async () => {
    await writeFile(file, answersWithVersion('1.1.0', ANSWERS_FOR_1_0_0.replace('  CUS-09:\n    status: in_place\n', '') + '  SEAL-02:\n    status: in_place\n    notes: Photos in the shared drive\n'))
    const before = await readFile(file, 'utf8')
    const d = new PromptDriver()
    const run = start(d, {all: true})
    await d.waitFor('Asking all 3 controls again; each answer given is offered as the default.')
    await d.waitFor('CUS-01 · Terminal inventory\nDo you keep')
    await d.answer('Status', ENTER)
    await d.answer('Notes', ENTER)
    await d.waitFor('SEAL-01 · Seals checked at every inspection')
    await d.answer('Status', ENTER)
    await d.answer('Notes', ENTER)
    await d.waitFor('SEAL-02 · Seals photographed')
    await d.answer('Status', ENTER)
    await d.answer('Evidence: a file path', ENTER)
    await run
    expect(d.screen).not.toMatch(/(New|Changed) in catalog/)
    expect(d.screen.match(/✔ Status/g)).toHaveLength(3)
    // Every status kept, nothing to add: the file is as it was.
    expect(await readFile(file, 'utf8')).toBe(before)
  })

  it('with --domain, asks what changed in that domain and leaves catalog_version until the others are asked', async () => {
    const d = new PromptDriver()
    const run = start(d, {domain: 'seals'})
    await d.waitFor('These answers were written for catalog 1.0.0; 1 of their controls are new or changed in 1.1.0')
    await d.waitFor('New in catalog 1.1.0.')
    await d.answer('Status', DOWN + DOWN + ENTER)
    await d.answer('Why does this control not apply to you?', 'The bank photographs the seals' + ENTER)
    await d.answer('Review this exception again by', ENTER)
    await d.answer('Notes', ENTER)
    await run
    expect(d.screen).not.toContain('CUS-01 ·')
    const answers = parse(await readFile(file, 'utf8'))
    expect(answers.catalog_version).toBeUndefined()
    expect(answers.controls['CUS-09']).toEqual({status: 'in_place'})
    // Still for 1.0.0: validate still points at the changed control and the retired answer, as warnings.
    expect(await problems()).toEqual(['1:1 warning control-changed-since', '1:1 warning control-new-since', '57:3 warning control-retired'])
  })

  it('refuses answers for a newer catalog before asking anything', async () => {
    await writeFile(file, answersWithVersion('1.2.0'))
    const d = new PromptDriver()
    await expect(start(d)).rejects.toMatchObject({code: 'catalog-version-unknown', message: `${file}: these answers are for catalog 1.2.0, newer than this catalog (fixture-catalog 1.1.0)`})
    expect(d.screen).toBe('')
  })
})
