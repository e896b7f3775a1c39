import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {checkAnswersSource} from '../../src/answers/load-answers.js'
import {validateAnswers} from '../../src/answers/validate.js'
import {type Catalog, loadCatalog} from '../../src/catalog/catalog.js'
import {formatLocation, type Diagnostic} from '../../src/diagnostics/diagnostic.js'
import {readYamlInput} from '../../src/io/read-input.js'
import {parseYamlSource} from '../../src/io/yaml-source.js'
import {FIXTURES} from '../helpers/run-cli.js'

// Paths as a user would type them from the project root: messages name files that way.
const DIR = path.relative(process.cwd(), path.join(FIXTURES, 'answers'))
const INVALID = `${DIR}/invalid`

let catalog: Catalog
beforeAll(async () => {
  catalog = await loadCatalog(path.join(FIXTURES, 'answers/catalog'))
})

function lines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${formatLocation(d)} ${d.rule}: ${d.message}`)
}

async function check(name: string): Promise<string[]> {
  const source = await readYamlInput(`${INVALID}/${name}.yaml`)
  return lines(await checkAnswersSource(source, catalog))
}

describe('validateAnswers on files', () => {
  test('a complete file with a not_in_place answer is valid (gaps are not errors)', async () => {
    const source = await readYamlInput(`${DIR}/valid/answers.yaml`)
    expect(await checkAnswersSource(source, catalog)).toEqual([])
  })

  test('yaml-syntax: a duplicate key, at the key', async () => {
    expect(await check('yaml-syntax')).toEqual([`${INVALID}/yaml-syntax.yaml:5:5 yaml-syntax: Map keys must be unique`])
  })

  test('schema: unknown keys at the key, other errors at the node', async () => {
    const F = `${INVALID}/schema.yaml`
    expect(await check('schema')).toEqual([
      `${F}:17:3 schema: profile.colour: unknown key`,
      `${F}:19:5 schema: inventory.0: missing required key 'model'`,
      `${F}:24:13 schema: controls.CUS-01.status: must be one of: in_place, in_place_ccw, not_applicable, not_in_place, empty`,
      `${F}:29:15 schema: controls.SEAL-01.evidence.0.date: must be a date (YYYY-MM-DD)`,
    ])
  })

  test('placeholder: CHANGE ME values, without a schema error on top', async () => {
    const F = `${INVALID}/placeholder.yaml`
    expect(await check('placeholder')).toEqual([
      `${F}:4:17 placeholder: assessment.entity.legal_name: replace the placeholder "CHANGE ME (legal name of the company)"`,
      `${F}:6:9 placeholder: assessment.date: replace the placeholder "CHANGE ME (YYYY-MM-DD, the day the assessment is signed)"`,
      `${F}:16:21 placeholder: profile.mobile_terminals: replace the placeholder "CHANGE ME (true or false)"`,
    ])
  })

  test('unknown-control: not in the catalog, or for the other role', async () => {
    const F = `${INVALID}/unknown-control.yaml`
    expect(await check('unknown-control')).toEqual([
      `${F}:27:3 unknown-control: controls.SEAL-02: SEAL-02 is not a merchant control (it is for: acquirer)`,
      `${F}:33:3 unknown-control: controls.XYZ-99: XYZ-99 is not in the catalog (fixture-catalog 0.1.0)`,
    ])
  })

  test('unanswered: absent controls at `controls:`, empty statuses at the status; applies_when is honoured', async () => {
    const F = `${INVALID}/unanswered.yaml`
    expect(await check('unanswered')).toEqual([
      `${F}:18:1 unanswered: CUS-01 (Terminal inventory) is not answered: add it under controls with a status`,
      `${F}:18:1 unanswered: CUS-02 (Mobile terminal custody) is not answered: add it under controls with a status`,
      `${F}:24:12 unanswered: TRN-01 (Tamper training) has no status: answer in_place, in_place_ccw, not_applicable or not_in_place`,
    ])
  })

  test('status-requirements: justification, worksheet, owner and a target date not in the past', async () => {
    const F = `${INVALID}/status-requirements.yaml`
    expect(await check('status-requirements')).toEqual([
      `${F}:20:13 status-requirements: CUS-01: not_applicable needs a justification (why the control does not apply to you)`,
      `${F}:22:13 evidence-missing: SEAL-01: in_place_ccw needs evidence (The inspection log)`,
      `${F}:22:13 status-requirements: SEAL-01: in_place_ccw needs a compensating controls worksheet (ccw: constraint, objective, identified_risk, definition, validation, maintenance)`,
      `${F}:24:13 status-requirements: TRN-01: not_in_place needs an owner (who closes the gap)`,
      `${F}:25:18 status-requirements: TRN-01: target_date 2026-10-01 is before the assessment date 2026-11-20`,
    ])
  })

  test('status-requirements: blank worksheet parts and justification at the blank value', async () => {
    const F = `${INVALID}/status-requirements-parts.yaml`
    expect(await check('status-requirements-parts')).toEqual([
      `${F}:28:19 status-requirements: CUS-01: ccw.definition is empty; the worksheet needs all six parts`,
      `${F}:30:20 status-requirements: CUS-01: ccw.maintenance is empty; the worksheet needs all six parts`,
      `${F}:33:20 status-requirements: CUS-02: not_applicable needs a justification (why the control does not apply to you)`,
      `${F}:36:12 schema: controls.SEAL-01.owner: must not be empty`,
      `${F}:39:13 status-requirements: TRN-01: not_in_place needs a target_date (when the gap will be closed)`,
    ])
  })

  test('evidence-missing: in place without the evidence the control requires', async () => {
    const F = `${INVALID}/evidence-missing.yaml`
    expect(await check('evidence-missing')).toEqual([
      `${F}:20:13 evidence-missing: CUS-01: in_place needs evidence (Export of the terminal register)`,
      `${F}:21:3 review-by-missing: SEAL-01: in_place_ccw should have a review_by date (when the exception is reviewed again, at most 12 months after the assessment: 2027-11-20)`,
      `${F}:22:13 evidence-missing: SEAL-01: in_place_ccw needs evidence (The inspection log)`,
    ])
  })

  test('evidence-stale: the newest item older than max_age_days (90 days at a 90-day limit passes; not_in_place is not checked)', async () => {
    expect(await check('evidence-stale')).toEqual([
      `${INVALID}/evidence-stale.yaml:28:15 evidence-stale: SEAL-01: the newest evidence, dated 2026-10-06, is 45 days old on the assessment date 2026-11-20 (at most 30 allowed)`,
    ])
  })

  test('evidence-stale: old items beside a fresh one are history, not a problem', () => {
    const text = BASE.replace('      - {path: evidence/register.csv, date: 2026-11-01}', '      - {url: https://x.example/old, date: 2024-01-01}\n      - {url: https://x.example/new, date: 2026-11-01}')
    expect(validateAnswers(parseYamlSource('a.yaml', text), catalog, {baseDir: '.'})).toEqual([])
  })

  test('evidence-file: missing, absolute, outside the folder, a folder', async () => {
    const F = `${INVALID}/evidence-file.yaml`
    expect(await check('evidence-file')).toEqual([
      `${F}:22:15 evidence-file: controls.CUS-01.evidence.0.path: no such file: ${INVALID}/evidence/missing-register.csv`,
      `${F}:24:15 evidence-file: controls.CUS-01.evidence.1.path: /etc/hostname is an absolute path; give it relative to the answers file's folder`,
      `${F}:26:15 evidence-file: controls.CUS-01.evidence.2.path: ../valid/evidence/register.csv points outside the answers file's folder`,
      `${F}:28:15 evidence-file: controls.CUS-01.evidence.3.path: not a file: ${INVALID}/evidence/folder`,
    ])
  })

  test('inventory: terminals in use contradicting in_place answers, with the interval of the control; duplicate serials', async () => {
    const F = `${INVALID}/inventory.yaml`
    expect(await check('inventory')).toEqual([
      `${F}:25:5 inventory: SEAL-01 is answered in_place, but terminal PX-1002 has no tamper-evident seal ids recorded`,
      `${F}:29:22 inventory: SEAL-01 is answered in_place, but terminal PX-1002 was last inspected 50 days before the assessment (at most 30 allowed)`,
      `${F}:31:5 inventory: CUS-01 is answered in_place, but terminal PX-1003 has no location in the inventory`,
      `${F}:37:13 duplicate-serial: inventory.3.serial: serial PX-1001 is already used by inventory.0`,
    ])
  })

  test('inventory: PTS approval expired or missing (acquirer); in_place_ccw is not held to the device checks', async () => {
    const F = `${INVALID}/inventory-acquirer.yaml`
    expect(await check('inventory-acquirer')).toEqual([
      `${F}:21:17 inventory: SEAL-02 is answered in_place, but terminal VF-7001 has a PTS approval that expired on 2026-04-30`,
      `${F}:24:5 inventory: SEAL-02 is answered in_place, but terminal VF-7002 has no PCI PTS approval number`,
      `${F}:37:3 review-by-missing: CUS-01: in_place_ccw should have a review_by date (when the exception is reviewed again, at most 12 months after the assessment: 2027-11-20)`,
    ])
  })

  test('future-date: past events after the assessment date; target_date and pts_expiry are not checked', async () => {
    const F = `${INVALID}/future-date.yaml`
    expect(await check('future-date')).toEqual([
      `${F}:9:10 future-date: assessment.period.end: 2026-11-30 is after the assessment date 2026-11-20`,
      `${F}:22:22 future-date: inventory.0.last_inspection: 2026-11-24 is after the assessment date 2026-11-20`,
      `${F}:31:15 future-date: controls.CUS-01.evidence.0.date: 2026-12-01 is after the assessment date 2026-11-20`,
    ])
  })

  test('period: start after end', async () => {
    expect(await check('period')).toEqual([
      `${INVALID}/period.yaml:8:12 period: assessment.period: start 2026-11-19 is after end 2025-11-20`,
    ])
  })

  test('card-number: at the digits inside plain, quoted and block strings and comments, masked', async () => {
    const F = `${INVALID}/card-number.yaml`
    const found = await check('card-number')
    expect(found).toEqual([
      `${F}:18:30 card-number: a comment holds a card number (555555******4444); remove it: posattest never stores card numbers`,
      `${F}:24:23 card-number: controls.CUS-01.notes holds a card number (411111******1111); remove it: posattest never stores card numbers`,
      `${F}:29:25 card-number: controls.SEAL-01.notes holds a card number (378282*****0005); remove it: posattest never stores card numbers`,
      `${F}:36:9 card-number: controls.TRN-01.notes holds a card number (401288******1881); remove it: posattest never stores card numbers`,
      // Only visible once the escape is decoded: reported at the string.
      `${F}:37:20 card-number: controls.TRN-01.justification holds a card number (411111******1111); remove it: posattest never stores card numbers`,
    ])
  })
})

const BASE = `schema_version: 1
assessment:
  entity: {legal_name: Shop}
  role: merchant
  date: 2026-11-20
  period: {start: 2025-11-21, end: 2026-11-20}
  assessor: {name: A, title: B, email: a@example.com}
  language: en
profile: {}
inventory: [{serial: PX-1001, make: PAX, model: A920, location: Front counter, seal_ids: [S-0001], last_inspection: 2026-11-14, state: in-use}]
controls:
  CUS-01:
    status: in_place
    evidence:
      - {path: evidence/register.csv, date: 2026-11-01}
  SEAL-01: {status: not_in_place, owner: A, target_date: 2027-01-01}
  TRN-01: {status: not_in_place, owner: A, target_date: 2027-01-01}
`

describe('validateAnswers (pure)', () => {
  const present = () => ({exists: true, isFile: true})

  test('asks fileExists for evidence paths when no map is given, and never the disk', () => {
    const asked: string[] = []
    const diagnostics = validateAnswers(parseYamlSource('a.yaml', BASE), catalog, {
      baseDir: 'shop',
      fileExists: (p) => {
        asked.push(p)
        return {exists: false, isFile: false}
      },
    })
    expect(asked).toEqual(['evidence/register.csv'])
    expect(lines(diagnostics)).toEqual([
      'a.yaml:15:16 evidence-file: controls.CUS-01.evidence.0.path: no such file: shop/evidence/register.csv',
    ])
  })

  test('the assessment date is checked against today only when today is given', () => {
    const source = parseYamlSource('a.yaml', BASE)
    expect(validateAnswers(source, catalog, {baseDir: '.', fileExists: present})).toEqual([])
    expect(lines(validateAnswers(source, catalog, {baseDir: '.', fileExists: present, today: '2026-11-19'}))).toEqual([
      'a.yaml:5:9 future-date: assessment.date: 2026-11-20 is after today (2026-11-19)',
    ])
  })

  test('a missing controls map is one schema error, not one unanswered error per control', () => {
    const text = BASE.slice(0, BASE.indexOf('controls:'))
    expect(lines(validateAnswers(parseYamlSource('a.yaml', text), catalog, {baseDir: '.', fileExists: present}))).toEqual([
      "a.yaml:1:1 schema: missing required key 'controls'",
    ])
  })

  test('an alias bomb is one whole-file error', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n')
    expect(lines(validateAnswers(parseYamlSource('bomb.yaml', bomb), catalog, {baseDir: '.'}))).toEqual([
      'bomb.yaml yaml-syntax: too many alias expansions (a YAML alias bomb?); refusing to expand',
    ])
  })

  test('__proto__ and constructor keys are unknown keys, not prototype changes', () => {
    const text = BASE.replace('profile: {}', 'profile: {__proto__: {polluted: true}, constructor: 1}')
    expect(lines(validateAnswers(parseYamlSource('a.yaml', text), catalog, {baseDir: '.', fileExists: present}))).toEqual([
      'a.yaml:9:11 schema: profile.__proto__: unknown key',
      'a.yaml:9:40 schema: profile.constructor: unknown key',
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('inventory claims', () => {
  test('a device-check control answered in_place needs a terminal in use to check', () => {
    const text = BASE.replace(/^inventory: .*$/m, 'inventory:\n  - {serial: S1, make: PAX, model: A920, state: spare}')
    expect(
      lines(validateAnswers(parseYamlSource('a.yaml', text), catalog, {baseDir: '.', fileExists: () => ({exists: true, isFile: true})})),
    ).toEqual(['a.yaml:10:1 inventory: CUS-01 is answered in_place, but the inventory lists no terminal in use'])
  })
})

describe('schema hints', () => {
  test('a number where text is expected says how to quote it', () => {
    const text = BASE.replace('entity: {legal_name: Shop}', 'entity: {legal_name: Shop, merchant_id: 0042}')
    expect(lines(validateAnswers(parseYamlSource('a.yaml', text), catalog, {baseDir: '.', fileExists: () => ({exists: true, isFile: true})}))).toEqual([
      'a.yaml:3:43 schema: assessment.entity.merchant_id: must be string (write it in quotes to keep it as text: "0042")',
    ])
  })
})

describe('card numbers in disguise', () => {
  const noDisk = {baseDir: '.', fileExists: () => ({exists: true, isFile: true})}
  const cards = (text: string) => lines(validateAnswers(parseYamlSource('a.yaml', text), catalog, noDisk).filter((d) => d.rule === 'card-number'))
  const MESSAGE = 'controls.TRN-01.notes holds a card number (411111******1111); remove it: posattest never stores card numbers'
  const withNotes = (notes: string) => BASE.replace('  TRN-01: {status: not_in_place, owner: A, target_date: 2027-01-01}\n', `  TRN-01:\n    status: not_in_place\n    owner: A\n    target_date: 2027-01-01\n    notes: ${notes}\n`)

  test.each([
    ['double spaces', 'paid 4111  1111  1111  1111', '21:17'],
    ['a tab and no-break spaces', 'paid 4111\t1111\u00a01111\u202f1111', '21:17'],
    ['zero-width characters', 'paid 4111\u200b1111\u2060111\ufeff11111', '21:17'],
    ['full-width digits', 'paid ４１１１－１１１１－１１１１－１１１１', '21:17'],
    ['Arabic-Indic digits, quoted', '"paid ٤١١١ ١١١١ ١١١١ ١١١١"', '21:18'],
    ['a plain scalar over two lines', 'paid 4111 1111\n      1111 1111 done', '21:17'],
    ['a folded block, broken inside a group', '>\n      Trainer wrote\n      4111 1111 11\n      11 1111 on the board', '23:7'],
    ['a literal block, unbroken', '|\n      card 4111111111\n      111111', '22:12'],
  ])('%s: at the first digit', (_name, notes, at) => {
    expect(cards(withNotes(notes))).toEqual([`a.yaml:${at} card-number: ${MESSAGE}`])
  })

  test('identifier fields stay exempt in any script or layout: a Luhn-valid merchant id or serial is not a card number', () => {
    // 898310058124320 passes Luhn, as one Chinese merchant id in ten does.
    const text = BASE.replace('entity: {legal_name: Shop}', 'entity: {legal_name: Shop, merchant_id: "８９８３１００５８１２４３２０"}').replace(
      'serial: PX-1001',
      'serial: "8983 1005 8124 320"',
    )
    expect(cards(text)).toEqual([])
    // The same number in free text is refused.
    expect(cards(withNotes('merchant ８９８３１００５８１２４３２０'))).toEqual([
      'a.yaml:21:21 card-number: controls.TRN-01.notes holds a card number (898310*****4320); remove it: posattest never stores card numbers',
    ])
  })

  test('a placeholder message cut short shows no part of a card number', () => {
    const text = withNotes('"CHANGE ME (the note) 12345678901234567890123456 ４１１１ １１１１ １１１１ １１１１ refunded"')
    const found = lines(validateAnswers(parseYamlSource('a.yaml', text), catalog, noDisk).filter((d) => d.rule === 'placeholder'))
    expect(found).toEqual([
      'a.yaml:21:12 placeholder: controls.TRN-01.notes: replace the placeholder "CHANGE ME (the note) 12345678901234567890123456 411111***..."',
    ])
  })

  test('dates, phone numbers, PTS approvals, versions and amounts in free text are not card numbers', () => {
    const notes = '"call 021-6234 5678 or +86 138 0013 8000 before 2026-03-01 12:30; PTS 4-30310, v1.2.3.4, ¥1,234.56, 192.168.1.10/24"'
    expect(cards(withNotes(notes))).toEqual([])
  })
})

describe('card numbers in bulk', () => {
  test('a file full of card numbers lists the first hundred, then counts the rest', () => {
    const text = `notes: ${Array(150).fill('4111111111111111').join(' ')}\n`
    const found = validateAnswers(parseYamlSource('a.yaml', text), catalog, {baseDir: '.'}).filter((d) => d.rule === 'card-number')
    expect(found).toHaveLength(101)
    expect(lines(found.slice(0, 2))).toEqual([
      'a.yaml card-number: 50 more card numbers in the file are not listed; remove them all',
      'a.yaml:1:8 card-number: notes holds a card number (411111******1111); remove it: posattest never stores card numbers',
    ])
    expect(lines(found.slice(-1))).toEqual([
      'a.yaml:1:1691 card-number: notes holds a card number (411111******1111); remove it: posattest never stores card numbers',
    ])
  })
})

describe('control ids', () => {
  test('a key under controls that is not an id is one schema line at the key', () => {
    const text = BASE.replace('  TRN-01: {status', '  trn-1: {status: in_place}\n  TRN-01: {status')
    expect(lines(validateAnswers(parseYamlSource('a.yaml', text), catalog, {baseDir: '.', fileExists: () => ({exists: true, isFile: true})}))).toEqual([
      'a.yaml:17:3 schema: controls.trn-1: not a control id (answers are keyed by ids like CUS-01)',
    ])
  })
})

describe('validateAnswers on SAQ scoping (shipped catalog)', () => {
  const F = 'answers.yaml'
  let shipped: Catalog
  let example: string
  beforeAll(async () => {
    shipped = await loadCatalog(path.join(process.cwd(), 'controls'))
    example = (await readYamlInput('examples/merchant-compliant/answers.yaml')).text
  })
  /** The example with its scoping section replaced by `scoping` (YAML lines, or none), validated by rule. */
  const scopingLines = (scoping: string | undefined, role = 'merchant'): string[] => {
    const start = example.indexOf('\n# SAQ eligibility')
    const end = example.indexOf('\ninventory:')
    const text = (example.slice(0, start) + (scoping === undefined ? '\n' : `\n${scoping}\n`) + example.slice(end)).replace('  role: merchant', `  role: ${role}`)
    const diagnostics = validateAnswers(parseYamlSource(F, Buffer.from(text)), shipped, {baseDir: 'examples/merchant-compliant', fileExists: () => ({exists: true, isFile: true})})
    return lines(diagnostics.filter((d) => d.rule.startsWith('scoping')))
  }

  test('a complete scoping section gives nothing to say', () => {
    expect(scopingLines(example.slice(example.indexOf('scoping:'), example.indexOf('\ninventory:')).trimEnd())).toEqual([])
  })

  test('scoping-missing: a merchant file without scoping is warned, not refused', () => {
    const found = scopingLines(undefined)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^answers\.yaml:5:1 scoping-missing: no scoping section, so no SAQ type is determined and every merchant control applies/)
  })

  test('scoping-unanswered: the criteria left open, named; scoping: an unknown criterion at its key', () => {
    const found = scopingLines(['scoping:', '  P2PE.1: false', '  B.9: true', '  B-IP.1: null'].join('\n'))
    const text = example.slice(0, example.indexOf('\n# SAQ eligibility')) + '\nscoping:'
    const line = text.split('\n').length
    expect(found).toEqual([
      `${F}:${line}:1 scoping-unanswered: scoping: P2PE.2, P2PE.3, P2PE.4, P2PE.5, B.1, B.2, B.3, B.4, B-IP.1, B-IP.2, B-IP.3, B-IP.4, B-IP.5, B-IP.6, B-IP.7 are not answered (true or false); an unanswered criterion counts as not met`,
      `${F}:${line + 2}:3 scoping: scoping.B.9: B.9 is not an eligibility criterion of the catalog (posattest-pos-terminals ${shipped.meta.version})`,
    ])
  })

  test('scoping: an acquirer does not answer SAQ eligibility', () => {
    const found = scopingLines(['scoping:', '  B.1: true'].join('\n'), 'acquirer')
    expect(found.map((l) => l.replace(/^answers\.yaml:\d+:\d+ /, ''))).toEqual([
      'scoping: scoping: SAQ eligibility is answered by merchants only; remove it from an acquirer assessment',
    ])
  })
})

describe('exceptions and their review date', () => {
  const present = () => ({exists: true, isFile: true})
  const check = (seal: string, trn = '{status: not_in_place, owner: A, target_date: 2027-01-01}') => {
    const text = BASE.replace(/^ {2}SEAL-01: .*$/m, `  SEAL-01: ${seal}`).replace(/^ {2}TRN-01: .*$/m, `  TRN-01: ${trn}`)
    return validateAnswers(parseYamlSource('a.yaml', text), catalog, {baseDir: '.', fileExists: present})
  }

  test('no review_by on an exception is a warning at the answer: the file stays valid', () => {
    const diagnostics = check('{status: not_applicable, justification: No seals on this model}')
    expect(lines(diagnostics)).toEqual([
      'a.yaml:16:3 review-by-missing: SEAL-01: not_applicable should have a review_by date (when the exception is reviewed again, at most 12 months after the assessment: 2027-11-20)',
    ])
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning'])
  })

  test('review_by up to 12 months after the assessment, or already past, is accepted', () => {
    expect(check('{status: not_applicable, justification: No seals, review_by: 2027-11-20}')).toEqual([])
    expect(check('{status: not_applicable, justification: No seals, review_by: 2026-01-31}')).toEqual([])
  })

  test('review_by more than 12 months after the assessment is an error at the date', () => {
    expect(lines(check('{status: not_applicable, justification: No seals, review_by: 2027-11-21}'))).toEqual([
      'a.yaml:16:73 review-by-too-far: SEAL-01: review_by 2027-11-21 is more than 12 months after the assessment date 2026-11-20 (at the latest 2027-11-20)',
    ])
  })

  test('an answer that lacks what its status needs gets no warning on top; a gap needs no review date', () => {
    expect(lines(check('{status: not_applicable}')).map((l) => l.split(' ')[1])).toEqual(['status-requirements:'])
    expect(check('{status: not_in_place, owner: A, target_date: 2027-01-01}')).toEqual([])
  })
})
