import {copyFile, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {buildAnswersTemplate} from '../../../src/answers/answers-template.js'
import {runWalkthrough} from '../../../src/answers/walkthrough/walkthrough.js'
import {loadCatalog, type Catalog} from '../../../src/catalog/catalog.js'
import type {Language} from '../../../src/model/language.js'
import {schemaErrors} from '../../../src/io/schemas.js'
import {FIXTURES, tempDir} from '../../helpers/run-cli.js'
import {CLEAR_LINE, DOWN, ENTER, PromptDriver} from '../../helpers/prompt-driver.js'

const CATALOG = path.join(FIXTURES, 'assess/catalog')

let catalog: Catalog
let dir: string
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({dir, cleanup} = await tempDir())
  catalog ??= await loadCatalog(CATALOG)
})
afterEach(() => cleanup())

function start(driver: PromptDriver, file: string, options: {lang?: Language; domain?: string} = {}) {
  return driver.watch(runWalkthrough({
    catalog,
    file,
    lang: options.lang ?? 'en',
    date: '2026-11-24',
    ...(options.domain ? {domain: options.domain} : {}),
    prompts: driver.prompts(options.lang ?? 'en'),
    io: driver.io,
  }))
}

// Answers to the controls of the fixture catalog that apply to the commented.yaml merchant.
async function answerCus01(d: PromptDriver): Promise<void> {
  await d.waitFor('Domain 1/2 · Control 1/4')
  await d.waitFor('CUS-01 · Terminal list kept')
  await d.waitFor('Evidence required: The terminal list (no older than 90 days)')
  await d.answer('Status', ENTER)
  await d.answer('Evidence: a file path', 'evidence/terminal-list.pdf' + ENTER)
  await d.waitFor('Note: evidence/terminal-list.pdf does not exist yet')
  await d.answer('Date of this evidence', '2026-10-01' + ENTER)
  await d.answer('Evidence: a file path', 'https://intranet.example.com/terminals' + ENTER)
  await d.answer('Date of this evidence', '2026-11-20' + ENTER)
  await d.answer('Evidence: a file path', ENTER)
  await d.answer('Notes', 'Reviewed monthly' + ENTER)
}

const CCW = [
  ['Constraint', 'The bank sends engineers without notice'],
  ['Objective', 'Only genuine engineers touch terminals'],
  ['Identified risk', 'A fake engineer swaps a terminal'],
  ['Definition', 'Staff call the bank hotline before any work'],
  ['Validation', 'Tested with a mystery visit in October'],
  ['Maintenance', 'Hotline number on every till'],
] as const

async function answerRest(d: PromptDriver, ccwFrom: number): Promise<void> {
  for (const [question, text] of CCW.slice(ccwFrom)) await d.answer(question, text + ENTER)
  // An exception's review date: 12 months after the assessment by default.
  await d.answer('Review this exception again by, YYYY-MM-DD (at most 12 months after the assessment: 2027-11-24)', ENTER)
  await d.answer('Evidence: a file path', ENTER)
  await d.answer('Notes', ENTER)
  await d.waitFor('Domain 2/2 · Control 3/4')
  await d.answer('Status', DOWN + DOWN + DOWN + ENTER)
  await d.answer('Who will close this gap?', 'Store manager' + ENTER)
  await d.answer('Target date to close it, YYYY-MM-DD (the catalog allows 14 days)', ENTER)
  await d.answer('Notes', 'Seal log starts in December' + ENTER)
  await d.waitFor('Domain 2/2 · Control 4/4')
  await d.answer('Status', DOWN + DOWN + ENTER)
  await d.answer('Why does this control not apply to you?', 'We buy pre-sealed terminals only' + ENTER)
  // A review date later than 12 months after the assessment, or not a day, is refused.
  await d.waitFor('? Review this exception again by')
  d.send(CLEAR_LINE + '2027-11-25' + ENTER)
  await d.waitFor('The date must not be after 2027-11-24')
  d.send(CLEAR_LINE + '2027-02-30' + ENTER)
  await d.waitFor('Enter a real date as YYYY-MM-DD')
  d.send(CLEAR_LINE + '2027-05-31' + ENTER)
  await d.waitFor('✔ Review this exception again by')
  await d.answer('Notes', ENTER)
}

describe('runWalkthrough', () => {
  it('walks an empty file through every section to a complete answers file', async () => {
    const file = path.join(dir, 'answers.yaml')
    await writeFile(file, '')
    const d = new PromptDriver()
    const run = start(d, file)

    await d.answer('Legal name of the company being assessed', 'Acme Retail Ltd' + ENTER)
    await d.answer('Trading name, if different', 'Acme' + ENTER)
    await d.answer('Who is assessing?', ENTER)
    await d.answer('Merchant id (MID)', 'MID-0042' + ENTER)
    await d.answer('Your acquirer', 'Example Bank' + ENTER)
    await d.answer('Country', 'de' + ENTER)
    await d.answer('Date of this assessment', ENTER)
    await d.answer('Start of the period assessed', ENTER)
    await d.answer('End of the period assessed', ENTER)
    await d.answer('Your name', 'Mei Chen' + ENTER)
    await d.answer('Your job title', 'Store manager' + ENTER)
    await d.answer('Your e-mail address', 'mei@example.com' + ENTER)
    await d.answer('Language of the report', ENTER)

    await d.waitFor('== Scope ==')
    await d.waitFor('Wireless links (Wi-Fi, Bluetooth, cellular) bring their own controls.')
    await d.answer('How do your terminals connect', ' ' + DOWN + DOWN + DOWN + ' ' + ENTER)
    await d.answer('Is every terminal protected by a PCI-listed P2PE solution?', 'n' + ENTER)
    await d.answer('Do you store card data electronically', ENTER)
    await d.answer('Do you keep paper carrying card data', 'y' + ENTER)
    await d.answer('At how many locations', '2' + ENTER)
    await d.answer('Does anyone other than your own staff install or repair the terminals?', 'y' + ENTER)
    await d.answer('Are terminals carried to the customer', 'n' + ENTER)
    await d.answer('Do terminals run without staff present', 'n' + ENTER)
    await d.answer('Is terminal software pushed over the network', 'y' + ENTER)
    // SEAL-01 takes its interval from the risk analysis: asked, and may be skipped.
    await d.waitFor('PCI DSS 9.5.1.2.1 lets you set the inspection frequency by a targeted risk analysis')
    await d.answer('How many days apart does your risk analysis set the inspections of each terminal?', '14' + ENTER)

    await d.waitFor('== Terminal inventory ==')
    await d.answer('How do you want to list your card terminals?', ENTER)
    await d.answer('Serial number', 'V200-0001' + ENTER)
    await d.answer('Make', 'Verifone' + ENTER)
    await d.answer('Model', 'V200c' + ENTER)
    await d.answer('State', ENTER)
    await d.answer('Location', 'Till 1' + ENTER)
    await d.answer('PCI PTS approval number', '4-30310' + ENTER)
    await d.answer('PTS approval expiry date', '2029-04-30' + ENTER)
    await d.answer('Firmware version', ENTER)
    await d.answer('Tamper-seal numbers', 'S-1001, S-1002' + ENTER)
    await d.answer('Date of the last inspection', '2026-11-01' + ENTER)
    await d.answer('Add another terminal?', ENTER)

    await d.waitFor('== Controls ==')
    await answerCus01(d)
    await d.waitFor('Domain 1/2 · Control 2/4')
    await d.answer('Status', DOWN + ENTER)
    await d.waitFor('Compensating control worksheet (PCI DSS Appendix B)')
    await answerRest(d, 0)

    const summary = await run
    expect(summary).toEqual({
      applicable: 4,
      answered: 4,
      gaps: [{id: 'SEAL-01', title: 'Seals inspected', owner: 'Store manager', target_date: '2026-12-08'}],
      unanswered: [],
      incomplete: [],
      withoutEvidence: [],
    })
    expect(d.screen.slice(d.screen.lastIndexOf('== Review =='))).toBe(
      [
        '== Review ==',
        '4 of 4 applicable controls answered.',
        'Gaps (not in place):',
        '  SEAL-01  Seals inspected: owner Store manager, target 2026-12-08',
        '',
        `Next: posattest validate ${file}`,
        `Then: posattest report ${file}`,
        '',
      ].join('\n'),
    )
    const text = await readFile(file, 'utf8')
    expect(text).toBe(await readFile(path.join(FIXTURES, 'assess/complete.yaml'), 'utf8'))
    expect(schemaErrors('answers', parse(text))).toEqual([])
  })
})

describe('runWalkthrough, stopped and resumed', () => {
  it('keeps exactly the answers given before the stop, resumes at the first open control and loses none', async () => {
    const file = path.join(dir, 'answers.yaml')
    await copyFile(path.join(FIXTURES, 'assess/commented.yaml'), file)

    const first = new PromptDriver()
    const run = start(first, file)
    await first.waitFor('Assessment details: already complete (Acme Retail Ltd, merchant, 2026-11-24).')
    await first.waitFor('Scope: already complete (9 questions answered).')
    await first.waitFor('Terminal inventory: already complete (1 terminal listed).')
    await answerCus01(first)
    await first.waitFor('Domain 1/2 · Control 2/4')
    await first.answer('Status', DOWN + ENTER)
    for (const [question, text] of CCW.slice(0, 2)) await first.answer(question, text + ENTER)
    // Stop while the third worksheet question is on screen, as Ctrl-C would.
    await first.waitFor('? Identified risk')
    first.controller.abort()
    await expect(run).rejects.toMatchObject({name: 'AbortPromptError'})

    const stopped = parse(await readFile(file, 'utf8'))
    const original = parse(await readFile(path.join(FIXTURES, 'assess/commented.yaml'), 'utf8'))
    expect(stopped).toEqual({
      ...original,
      // A file that answered no control yet is written for this catalog from the first answer on.
      catalog_version: '1.0.0',
      controls: {
        'CUS-01': {
          status: 'in_place',
          notes: 'Reviewed monthly',
          evidence: [
            {path: 'evidence/terminal-list.pdf', date: '2026-10-01'},
            {url: 'https://intranet.example.com/terminals', date: '2026-11-20'},
          ],
        },
        'CUS-02': {
          status: 'in_place_ccw',
          ccw: {constraint: 'The bank sends engineers without notice', objective: 'Only genuine engineers touch terminals'},
        },
        'SEAL-01': {status: null},
      },
    })

    const second = new PromptDriver()
    const resumed = start(second, file)
    await second.waitFor('1 of 4 controls already answered; continuing with CUS-02.')
    await second.waitFor('Domain 1/2 · Control 2/4')
    await answerRest(second, 2)
    const summary = await resumed
    expect(summary.answered).toBe(4)
    // Nothing asked twice: the status and the first two worksheet answers were not asked again.
    expect(second.screen.match(/✔ Status/g)).toHaveLength(2)
    expect(second.screen).not.toContain('Constraint')
    expect(second.screen).not.toContain('Objective')

    const text = await readFile(file, 'utf8')
    expect(text).toBe(await readFile(path.join(FIXTURES, 'assess/commented-complete.yaml'), 'utf8'))
    expect(schemaErrors('answers', parse(text))).toEqual([])
  })

  it('refuses a card number typed into the notes and never writes it', async () => {
    const file = path.join(dir, 'answers.yaml')
    await copyFile(path.join(FIXTURES, 'assess/commented.yaml'), file)
    const d = new PromptDriver()
    const run = start(d, file)
    await d.answer('Status', ENTER)
    await d.answer('Evidence: a file path', ENTER)
    await d.waitFor('? Notes')
    d.send('Card 4111 1111 1111 1111 left on the counter' + ENTER)
    await d.waitFor('This looks like a card number (411111******1111). Card numbers must never be stored: remove it.')
    expect(await readFile(file, 'utf8')).not.toMatch(/4111/)
    d.send(CLEAR_LINE + 'Card slip left on the counter, shredded' + ENTER)
    await d.waitFor('✔ Notes')
    await d.waitFor('? Status')
    d.controller.abort()
    await expect(run).rejects.toMatchObject({name: 'AbortPromptError'})

    const text = await readFile(file, 'utf8')
    expect(text).not.toMatch(/4111/)
    expect(parse(text).controls['CUS-01']).toEqual({status: 'in_place', notes: 'Card slip left on the counter, shredded'})
  })
})

describe('runWalkthrough in Chinese, one domain', () => {
  it('asks only the seals controls, in zh-CN, and reviews what is still open', async () => {
    const file = path.join(dir, 'answers.yaml')
    await copyFile(path.join(FIXTURES, 'assess/commented.yaml'), file)
    const d = new PromptDriver()
    const run = start(d, file, {lang: 'zh-CN', domain: 'seals'})
    await d.waitFor('评估信息：已填写完整（Acme Retail Ltd, merchant, 2026-11-24）。')
    await d.waitFor('领域 2/2 · 控制项 3/4')
    await d.waitFor('SEAL-01 · 检查封条')
    await d.waitFor('必需证据：检查记录（不得早于评估日期前 30 天）')
    await d.answer('状态', DOWN + DOWN + DOWN + ENTER)
    expect(d.screen).toContain('✔ 状态 未落实')
    await d.answer('由谁负责弥补此差距？', '店长' + ENTER)
    await d.answer('目标日期', ENTER)
    await d.answer('备注', ENTER)
    await d.waitFor('领域 2/2 · 控制项 4/4')
    await d.answer('状态', DOWN + DOWN + ENTER)
    await d.answer('为什么此控制项对您不适用？', '只购买已加封的终端' + ENTER)
    await d.waitFor('? 该例外的复核日期，YYYY-MM-DD（最晚为评估日期后 12 个月：2027-11-24）')
    d.send(CLEAR_LINE + '2027-12-01' + ENTER)
    await d.waitFor('日期不能晚于 2027-11-24')
    d.send(CLEAR_LINE + '2026-11-01' + ENTER)
    await d.waitFor('提示：2026-11-01 早于评估日期 2026-11-24；该例外已过期，将计为差距。')
    await d.answer('备注', ENTER)
    const summary = await run
    expect(summary.unanswered).toEqual(['CUS-01', 'CUS-02'])
    expect(d.screen.slice(d.screen.lastIndexOf('== 复核 =='))).toBe(
      [
        '== 复核 ==',
        '4 个适用控制项中已回答 2 个。',
        '差距（未落实）：',
        '  SEAL-01  检查封条：负责人 店长，目标日期 2026-12-08',
        '尚未回答：',
        '  CUS-01  保存终端清单',
        '  CUS-02  核实维修人员',
        '',
        `继续回答其余问题：posattest assess ${file}`,
        `下一步：posattest validate ${file}`,
        `然后：posattest report ${file}`,
        '',
      ].join('\n'),
    )
    expect(parse(await readFile(file, 'utf8')).controls).toEqual({
      'CUS-01': {status: null},
      'CUS-02': {status: null},
      'SEAL-01': {status: 'not_in_place', owner: '店长', target_date: '2026-12-08'},
      'SEAL-03': {status: 'not_applicable', justification: '只购买已加封的终端', review_by: '2026-11-01'},
    })
  })

  it('refuses an unknown domain before asking anything', async () => {
    const d = new PromptDriver()
    await expect(start(d, path.join(dir, 'answers.yaml'), {domain: 'pins'})).rejects.toThrow(
      "unknown domain 'pins'; the catalog has: device-custody, seals",
    )
    expect(d.screen).toBe('')
  })
})

describe('runWalkthrough on a file from posattest init', () => {
  it('asks for every CHANGE ME placeholder and removes the ones for questions skipped', async () => {
    const file = path.join(dir, 'answers.yaml')
    await writeFile(file, buildAnswersTemplate(catalog, 'merchant', 'en'))
    const d = new PromptDriver()
    const run = start(d, file)
    await d.answer('Legal name of the company being assessed', 'Acme Retail Ltd' + ENTER)
    await d.answer('Trading name, if different', ENTER)
    await d.answer('Merchant id (MID)', 'MID-0042' + ENTER)
    await d.answer('Your acquirer', 'Example Bank' + ENTER)
    await d.answer('Country', ENTER)
    await d.answer('Date of this assessment', ENTER)
    await d.answer('Start of the period assessed', ENTER)
    await d.answer('End of the period assessed', ENTER)
    await d.answer('Your name', 'Mei Chen' + ENTER)
    await d.answer('Your job title', 'Store manager' + ENTER)
    await d.answer('Your e-mail address', 'mei@example.com' + ENTER)
    await d.answer('How do your terminals connect', ' ' + ENTER)
    await d.answer('Is every terminal protected by a PCI-listed P2PE solution?', 'n' + ENTER)
    await d.answer('Do you store card data electronically', ENTER)
    await d.answer('Do you keep paper carrying card data', ENTER)
    await d.answer('At how many locations', '1' + ENTER)
    await d.answer('Does anyone other than your own staff install or repair the terminals?', ENTER)
    await d.answer('Are terminals carried to the customer', ENTER)
    await d.answer('Do terminals run without staff present', ENTER)
    await d.answer('Is terminal software pushed over the network', ENTER)
    // The interval of the merchant's own risk analysis may be skipped: init does not write it.
    await d.answer('How many days apart does your risk analysis set the inspections of each terminal?', ENTER)
    await d.answer('How do you want to list your card terminals?', DOWN + ENTER)
    await d.waitFor(`Import the list later with: posattest inventory import terminals.csv ${file}`)
    await d.waitFor('Domain 1/2 · Control 1/3')
    await d.waitFor('? Status')
    d.controller.abort()
    await expect(run).rejects.toMatchObject({name: 'AbortPromptError'})

    const text = await readFile(file, 'utf8')
    const answers = parse(text)
    expect(JSON.stringify(answers)).not.toContain('CHANGE ME')
    expect(answers.assessment).toEqual({
      entity: {legal_name: 'Acme Retail Ltd', merchant_id: 'MID-0042'},
      role: 'merchant',
      acquirer: 'Example Bank',
      date: '2026-11-24',
      period: {start: '2025-11-25', end: '2026-11-24'},
      assessor: {name: 'Mei Chen', title: 'Store manager', email: 'mei@example.com'},
      language: 'en',
    })
    expect(answers.profile).toEqual({
      terminal_connections: ['ip'],
      p2pe_solution: false,
      stores_card_data_electronically: false,
      keeps_paper_records: false,
      location_count: 1,
      third_party_servicing: false,
      mobile_terminals: false,
      unattended_terminals: false,
      remote_updates: false,
    })
    expect(answers.inventory).toEqual([])
    // The template's comments are still there.
    expect(text).toContain('# CUS-01 Terminal list kept')
  })
})

describe('runWalkthrough on a half-finished file', () => {
  it('completes the incomplete terminal and answers, asking only the parts they lack', async () => {
    const file = path.join(dir, 'answers.yaml')
    await copyFile(path.join(FIXTURES, 'assess/partial.yaml'), file)
    const d = new PromptDriver()
    const run = start(d, file)
    await d.waitFor('== Terminal inventory ==')
    await d.waitFor('Terminal V200-0001')
    await d.answer('Model', 'V200c' + ENTER)
    await d.answer('State', DOWN + ENTER)
    for (const question of ['Location', 'PCI PTS approval number', 'PTS approval expiry date', 'Firmware version', 'Tamper-seal numbers'])
      await d.answer(question, ENTER)
    await d.waitFor('? Date of the last inspection')
    d.send('2026-11-30' + ENTER)
    await d.waitFor('The date must not be after 2026-11-24')
    d.send(CLEAR_LINE + '2026-11-20' + ENTER)
    await d.waitFor('✔ Date of the last inspection')
    await d.waitFor('1 of 4 controls already answered; continuing with CUS-01.')
    await d.waitFor('Domain 1/2 · Control 1/4')
    await d.waitFor('Note: evidence/terminal-list.pdf does not exist yet')
    await d.answer('Date of this evidence', '2026-06-01' + ENTER)
    await d.waitFor('Note: evidence dated 2026-06-01 is older than 90 days and will count as stale.')
    await d.answer('Notes', ENTER)
    await d.waitFor('Domain 1/2 · Control 2/4')
    await d.answer('Target date to close it', ENTER)
    await d.answer('Notes', ENTER)
    await d.waitFor('Domain 2/2 · Control 4/4')
    await d.answer('Status', ENTER)
    await d.answer('Evidence: a file path', ENTER)
    await d.answer('Notes', ENTER)
    await run
    // Nothing already in the file was asked again.
    expect(d.screen).not.toMatch(/\? (Make|Serial number|Who will close)/)
    expect(d.screen.match(/✔ Status/g)).toHaveLength(1)
    expect(d.screen.slice(d.screen.lastIndexOf('== Review =='))).toBe(
      [
        '== Review ==',
        '4 of 4 applicable controls answered.',
        'Gaps (not in place):',
        '  CUS-02  Service visitors verified: owner Ops, target 2027-01-23',
        'In place but without the evidence the catalog requires:',
        '  SEAL-01  Seals inspected',
        '',
        `Next: posattest validate ${file}`,
        `Then: posattest report ${file}`,
        '',
      ].join('\n'),
    )
    const answers = parse(await readFile(file, 'utf8'))
    expect(answers.inventory).toEqual([
      {serial: 'V200-0001', make: 'Verifone', model: 'V200c', last_inspection: '2026-11-20', state: 'spare'},
    ])
    expect(answers.controls).toEqual({
      'CUS-01': {status: 'in_place', evidence: [{path: 'evidence/terminal-list.pdf', date: '2026-06-01'}]},
      'CUS-02': {status: 'not_in_place', owner: 'Ops', target_date: '2027-01-23'},
      'SEAL-01': {status: 'in_place'},
      'SEAL-03': {status: 'in_place'},
    })
    expect(await readFile(file, 'utf8')).toContain('      - path: evidence/terminal-list.pdf # date still to add\n        date: 2026-06-01\n')
  })
})

describe('runWalkthrough for an acquirer', () => {
  it('asks the acquirer facts, no inventory, and only the acquirer controls', async () => {
    const file = path.join(dir, 'answers.yaml')
    await writeFile(
      file,
      [
        'schema_version: 1',
        'assessment:',
        '  entity: {legal_name: Example Bank, acquirer_id: ACQ-7}',
        '  role: acquirer',
        '  date: 2026-11-24',
        '  period: {start: 2025-11-25, end: 2026-11-24}',
        '  assessor: {name: Li Wei, title: Head of terminals, email: li@example.com}',
        '  language: en',
        '',
      ].join('\n'),
    )
    const d = new PromptDriver()
    const run = start(d, file)
    await d.answer('Is every terminal protected by a PCI-listed P2PE solution?', 'y' + ENTER)
    await d.answer('Does anyone other than your own staff install or repair the terminals?', ENTER)
    await d.answer('Are terminal keys loaded remotely', 'y' + ENTER)
    await d.answer('Is terminal software pushed over the network', 'y' + ENTER)
    await d.waitFor('? How many merchants use terminals that you deploy?')
    d.send('many' + ENTER)
    await d.waitFor('Enter a whole number of at least 0')
    d.send(CLEAR_LINE + '1200' + ENTER)
    await d.waitFor('Domain 1/1 · Control 1/2')
    await d.answer('Status', ENTER)
    await d.answer('Evidence: a file path', 'https://docs.example.com/terminal-register' + ENTER)
    await d.answer('Date of this evidence', '2026-11-01' + ENTER)
    await d.answer('Evidence: a file path', ENTER)
    await d.answer('Notes', ENTER)
    await d.waitFor('Domain 1/1 · Control 2/2')
    await d.waitFor('CUS-03 · Deployment records')
    await d.answer('Status', ENTER)
    await d.waitFor('? Evidence: a file path')
    d.send('ftp://example.com/x' + ENTER)
    await d.waitFor('Enter a file path or a URL starting with http:// or https://')
    d.send(CLEAR_LINE + ENTER)
    await d.waitFor('✔ Evidence')
    await d.answer('Notes', ENTER)
    const summary = await run
    expect(summary).toMatchObject({applicable: 2, answered: 2, withoutEvidence: ['CUS-03']})
    expect(d.screen).not.toContain('Terminal inventory')
    const answers = parse(await readFile(file, 'utf8'))
    expect(answers.profile).toEqual({
      p2pe_solution: true,
      third_party_servicing: false,
      remote_key_injection: true,
      remote_updates: true,
      merchant_count: 1200,
    })
    expect(Object.keys(answers.controls)).toEqual(['CUS-01', 'CUS-03'])
  })
})

describe('runWalkthrough under a catalog with SAQ types', () => {
  /** The fixture catalog scoping SAQ B (two criteria) and B-IP (one); SEAL-01 serves only B. */
  const scoped = (): Catalog => ({
    ...catalog,
    meta: {
      ...catalog.meta,
      saq_types: [
        {id: 'B', title: {en: 'SAQ B (dial-out terminals)', 'zh-CN': 'SAQ B（拨号终端）'}, criteria: [
          {id: 'B.1', text: {en: 'Only standalone dial-out terminals.', 'zh-CN': '只使用独立拨号终端。'}},
          {id: 'B.2', text: {en: 'No card data stored electronically.', 'zh-CN': '不以电子方式保存卡数据。'}},
        ]},
        {id: 'B-IP', title: {en: 'SAQ B-IP (terminals on IP)', 'zh-CN': 'SAQ B-IP（IP 终端）'}, criteria: [
          {id: 'B-IP.1', text: {en: 'Only standalone PTS terminals on IP.', 'zh-CN': '只使用通过 IP 连接的独立 PTS 终端。'}},
        ]},
      ],
    },
    controls: catalog.controls.map((c) => ({...c, saq_types: c.id === 'SEAL-01' ? ['B'] : ['B', 'B-IP']})),
  })
  const run = (d: PromptDriver, file: string, lang: Language = 'en') =>
    d.watch(runWalkthrough({catalog: scoped(), file, lang, date: '2026-11-24', prompts: d.prompts(lang), io: d.io}))

  it('asks every eligibility criterion after the scope, records each, and names the SAQ', async () => {
    const file = path.join(dir, 'answers.yaml')
    await copyFile(path.join(FIXTURES, 'assess/commented.yaml'), file)
    const d = new PromptDriver()
    const walk = run(d, file)
    await d.waitFor('== SAQ eligibility ==')
    await d.waitFor('SAQ B (dial-out terminals):')
    await d.answer('B.1 Only standalone dial-out terminals.', 'n' + ENTER)
    await d.answer('B.2 No card data stored electronically.', 'y' + ENTER)
    await d.waitFor('SAQ B-IP (terminals on IP):')
    await d.answer('B-IP.1 Only standalone PTS terminals on IP.', 'y' + ENTER)
    await d.waitFor('Your setup qualifies for SAQ B-IP (terminals on IP): only the controls of that SAQ are asked.')
    await d.waitFor('Domain 1/2 · Control 1/3')
    d.controller.abort()
    await expect(walk).rejects.toMatchObject({name: 'AbortPromptError'})
    expect(parse(await readFile(file, 'utf8')).scoping).toEqual({'B.1': false, 'B.2': true, 'B-IP.1': true})
  })

  it('tells an ineligible merchant, in Chinese, which criteria failed and that a full SAQ D or a QSA is needed', async () => {
    const file = path.join(dir, 'answers.yaml')
    const text = await readFile(path.join(FIXTURES, 'assess/commented.yaml'), 'utf8')
    await writeFile(file, text.replace('\ninventory:', '\nscoping:\n  B.1: false\n  B.2: true\n\ninventory:'))
    const d = new PromptDriver()
    const walk = run(d, file, 'zh-CN')
    await d.waitFor('SAQ B-IP（IP 终端）：')
    await d.answer('B-IP.1 只使用通过 IP 连接的独立 PTS 终端。', 'n' + ENTER)
    await d.waitFor(['您的情况不符合任何一种简化 SAQ：', '  SAQ B：未满足 B.1', '  SAQ B-IP：未满足 B-IP.1', ''].join('\n'))
    await d.waitFor('您需要填写完整的 SAQ D，或由 QSA 进行评估')
    d.controller.abort()
    await expect(walk).rejects.toMatchObject({name: 'AbortPromptError'})
    expect(d.screen).not.toContain('B.1 只使用独立拨号终端')
    expect(parse(await readFile(file, 'utf8')).scoping).toEqual({'B.1': false, 'B.2': true, 'B-IP.1': false})
  })
})
