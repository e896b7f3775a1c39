import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import {beforeAll, describe, expect, test} from 'vitest'
import {stringify} from 'yaml'
import {isIdentifierField} from '../../src/answers/identifier-fields.js'
import {validateAnswers} from '../../src/answers/validate.js'
import {type Catalog, controlsForRole, DEFAULT_CATALOG_DIR, loadCatalog} from '../../src/catalog/catalog.js'
import {saqCriterionIds} from '../../src/catalog/saq.js'
import {addDays} from '../../src/model/day.js'
import {parseYamlSource} from '../../src/io/yaml-source.js'
import {luhnValid} from '../../src/model/pan.js'
import {digitsOnly, disguisedPanArb} from '../helpers/card-disguises.js'
import {FIXTURES, runCli, tempDir} from '../helpers/run-cli.js'

const catalogs: Record<string, Catalog> = {}
beforeAll(async () => {
  catalogs.fixture = await loadCatalog(path.join(FIXTURES, 'answers/catalog'))
  catalogs.shipped = await loadCatalog(DEFAULT_CATALOG_DIR)
})

const STATUSES = ['in_place', 'in_place_ccw', 'not_applicable', 'not_in_place'] as const
const CONNECTIONS = ['ip', 'dial', 'cellular', 'wifi', 'bluetooth'] as const

// Free text without digits, so no generated text is mistaken for a card number.
const text = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z ,.'()-]{0,40}[A-Za-z.]$/),
  fc.constantFrom('终端每日检查', '上海静安店', 'Owner / 店主', 'Café Ünïcode'),
)

const seedArb = fc.record({
  role: fc.constantFrom('merchant' as const, 'acquirer' as const),
  dateOffset: fc.integer({min: 400, max: 4000}),
  periodDays: fc.integer({min: 0, max: 365}),
  language: fc.constantFrom('en' as const, 'zh-CN' as const),
  profile: fc.record(
    {
      terminal_connections: fc.uniqueArray(fc.constantFrom(...CONNECTIONS)),
      p2pe_solution: fc.boolean(),
      stores_card_data_electronically: fc.boolean(),
      keeps_paper_records: fc.boolean(),
      location_count: fc.integer({min: 1, max: 500}),
      third_party_servicing: fc.boolean(),
      mobile_terminals: fc.boolean(),
      unattended_terminals: fc.boolean(),
      remote_key_injection: fc.boolean(),
      remote_updates: fc.boolean(),
      merchant_count: fc.integer({min: 0, max: 100_000}),
    },
    {requiredKeys: []},
  ),
  devices: fc.array(
    fc.record({
      state: fc.constantFrom('in-use', 'spare', 'in-repair', 'retired'),
      inspectedDaysAgo: fc.integer({min: 0, max: 29}),
      expiresInDays: fc.integer({min: 0, max: 3000}),
      location: text,
    }),
    {minLength: 1, maxLength: 6},
  ),
  statuses: fc.array(fc.constantFrom(...STATUSES), {minLength: 1, maxLength: 80}),
  evidenceAges: fc.array(fc.nat(), {minLength: 1, maxLength: 80}),
  words: fc.array(text, {minLength: 1, maxLength: 20}),
})

type Seed = typeof seedArb extends fc.Arbitrary<infer T> ? T : never

/** A valid answers file for a catalog, built from a seed the way the schema and the rules describe it. */
function buildAnswers(catalog: Catalog, seed: Seed): Record<string, any> {
  const date = addDays('2015-01-01', seed.dateOffset)
  const word = (i: number) => seed.words[i % seed.words.length]!
  const inventory = seed.devices.map((d, i) => ({
    serial: `SN-${i}-X`,
    make: 'PAX',
    model: 'A920',
    pts_approval: `4-${i}`,
    pts_expiry: addDays(date, d.expiresInDays),
    location: d.location,
    seal_ids: [`SEAL-${i}`],
    last_inspection: addDays(date, -d.inspectedDaysAgo),
    firmware: 'v1',
    // The first terminal is in use, so in_place answers to device checks have something to check.
    state: i === 0 ? 'in-use' : d.state,
  }))
  const controls: Record<string, unknown> = {}
  controlsForRole(catalog, seed.role).forEach((control, i) => {
    const status = seed.statuses[i % seed.statuses.length]!
    const answer: Record<string, unknown> = {status}
    if (status === 'in_place' || status === 'in_place_ccw') {
      const age = seed.evidenceAges[i % seed.evidenceAges.length]! % (control.evidence.max_age_days + 1)
      answer.evidence = [{url: `https://evidence.example/${control.id}`, date: addDays(date, -age), description: word(i)}]
    }
    if (status === 'in_place_ccw') {
      answer.ccw = {
        constraint: word(i),
        objective: word(i + 1),
        identified_risk: word(i + 2),
        definition: word(i + 3),
        validation: word(i + 4),
        maintenance: word(i + 5),
      }
    }
    if (status === 'not_applicable') answer.justification = word(i)
    // An exception is reviewed within the 12 months after the assessment (any day up to it, an expired one too).
    if (status === 'not_applicable' || status === 'in_place_ccw') answer.review_by = addDays(date, ((i * 37) % 365) - 35)
    if (status === 'not_in_place') Object.assign(answer, {owner: word(i), target_date: addDays(date, 1 + i)})
    if (i % 3 === 0) answer.notes = word(i + 7)
    controls[control.id] = answer
  })
  return {
    schema_version: 1,
    catalog_version: catalog.meta.version,
    assessment: {
      entity: {legal_name: word(0), trading_name: word(1), country: 'CN'},
      role: seed.role,
      ...(seed.role === 'merchant' ? {acquirer: word(2)} : {}),
      date,
      period: {start: addDays(date, -seed.periodDays), end: date},
      assessor: {name: word(3), title: word(4), email: 'assessor@example.com'},
      language: seed.language,
    },
    profile: structuredClone(seed.profile),
    // A merchant confirms or denies every eligibility criterion the catalog defines (none in a catalog without SAQs).
    ...(seed.role === 'merchant' && saqCriterionIds(catalog).length > 0
      ? {scoping: Object.fromEntries(saqCriterionIds(catalog).map((id, i) => [id, (seed.dateOffset + i) % 3 !== 0]))}
      : {}),
    inventory,
    controls,
  }
}

const noDisk = {baseDir: '.', fileExists: () => ({exists: true, isFile: true})}

function validateText(catalog: Catalog, yamlText: string) {
  return validateAnswers(parseYamlSource('answers.yaml', yamlText), catalog, noDisk)
}

/** A Luhn-valid number of 13–19 digits, starting like a real card brand. */
const panArb = fc
  .tuple(fc.constantFrom('3', '4', '5', '6'), fc.integer({min: 11, max: 17}))
  .chain(([first, middle]) =>
    fc.array(fc.integer({min: 0, max: 9}), {minLength: middle, maxLength: middle}).map((digits) => {
      const body = first + digits.join('')
      for (let check = 0; check <= 9; check++) if (luhnValid(body + check)) return body + check
      throw new Error('unreachable: some check digit always satisfies Luhn')
    }),
  )

type Path = (string | number)[]

/** Every path to a map or array (containers) and to a string (strings) in a value. */
function paths(value: unknown, at: Path = [], out = {maps: [] as Path[], strings: [] as Path[], all: [] as Path[]}) {
  if (typeof value === 'string') out.strings.push(at)
  if (at.length > 0) out.all.push(at)
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out))
  else if (value && typeof value === 'object') {
    out.maps.push(at)
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out)
  }
  return out
}

function getAt(root: any, at: Path): any {
  return at.reduce((node, key) => node?.[key], root)
}

function setAt(root: any, at: Path, value: unknown): void {
  const parent = getAt(root, at.slice(0, -1))
  // defineProperty: a plain assignment of `__proto__` would change the prototype instead of adding a key.
  Object.defineProperty(parent, at[at.length - 1]!, {value, enumerable: true, configurable: true, writable: true})
}

const mutationArb = fc.oneof(
  fc.record({kind: fc.constant('unknown-key' as const), key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'x_extra'), pick: fc.nat()}),
  fc.record({kind: fc.constant('huge-string' as const), pick: fc.nat()}),
  fc.record({kind: fc.constant('card-number' as const), pick: fc.nat(), pan: panArb, separated: fc.boolean()}),
  // In any disguise (separators, scripts, invisible characters, line breaks): stringify quotes or escapes it as it must.
  fc.record({kind: fc.constant('disguised-card-number' as const), pick: fc.nat(), disguised: fc.oneof(disguisedPanArb(), disguisedPanArb({fold: '  '}))}),
  fc.record({
    kind: fc.constant('wrong-type' as const),
    pick: fc.nat(),
    value: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.double(), text),
  }),
  fc.record({kind: fc.constant('delete' as const), pick: fc.nat()}),
)

type Mutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never

/** Applies a mutation; returns the card number it planted (if any) and whether the result must be invalid. */
function mutate(answers: Record<string, any>, m: Mutation): {pan?: string; shown?: string; mustFail: boolean} {
  const {maps, strings, all} = paths(answers)
  switch (m.kind) {
    case 'unknown-key': {
      setAt(answers, [...maps[m.pick % maps.length]!, m.key], {injected: true})
      return {mustFail: true}
    }
    case 'huge-string': {
      setAt(answers, strings[m.pick % strings.length]!, 'x'.repeat(100_000))
      return {mustFail: true}
    }
    case 'card-number': {
      // Identifier fields (merchant id, serials…) are exempt from the card-number rule: plant it in free text.
      const freeText = strings.filter((p) => !isIdentifierField(p))
      const at = freeText[m.pick % freeText.length]!
      const shown = m.separated ? m.pan.replace(/(\d{4})(?=\d)/g, '$1 ') : m.pan
      setAt(answers, at, `${String(getAt(answers, at))} ${shown} `)
      return {pan: m.pan, mustFail: true}
    }
    case 'disguised-card-number': {
      const freeText = strings.filter((p) => !isIdentifierField(p))
      const at = freeText[m.pick % freeText.length]!
      setAt(answers, at, `${String(getAt(answers, at))} ${m.disguised.text} `)
      return {pan: m.disguised.pan, shown: m.disguised.text, mustFail: true}
    }
    case 'wrong-type': {
      setAt(answers, all[m.pick % all.length]!, m.value)
      return {mustFail: false}
    }
    case 'delete': {
      const at = all[m.pick % all.length]!
      const parent = getAt(answers, at.slice(0, -1))
      if (Array.isArray(parent)) parent.splice(Number(at[at.length - 1]), 1)
      else delete parent[at[at.length - 1]!]
      return {mustFail: false}
    }
  }
}

function rawForms(pan: string): string[] {
  return [pan, pan.replace(/(\d{4})(?=\d)/g, '$1 ')]
}

describe('validateAnswers properties', () => {
  test.each(['fixture', 'shipped'])('files built the schema way validate clean (%s catalog)', (name) => {
    const catalog = catalogs[name]!
    fc.assert(
      fc.property(seedArb, (seed) => {
        const yamlText = stringify(buildAnswers(catalog, seed))
        expect(validateText(catalog, yamlText)).toEqual([])
      }),
      {numRuns: 150},
    )
  })

  test.each(['fixture', 'shipped'])('mutated files give diagnostics, never an exception, never a raw card number (%s catalog)', (name) => {
    const catalog = catalogs[name]!
    fc.assert(
      fc.property(seedArb, mutationArb, (seed, mutation) => {
        const answers = buildAnswers(catalog, seed)
        const {pan, shown, mustFail} = mutate(answers, mutation)
        const diagnostics = validateText(catalog, stringify(answers))
        expect(Array.isArray(diagnostics)).toBe(true)
        if (mustFail) expect(diagnostics.length).toBeGreaterThan(0)
        for (const d of diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(0)
          expect(typeof d.message).toBe('string')
          // A message echoes at most a few characters of a huge value.
          expect(d.message.length).toBeLessThan(1000)
        }
        if (pan) {
          expect(diagnostics.some((d) => d.rule === 'card-number')).toBe(true)
          const all = JSON.stringify(diagnostics)
          for (const raw of [...rawForms(pan), ...(shown ? [shown.trim()] : [])]) expect(all).not.toContain(raw)
          for (const d of diagnostics) expect(digitsOnly(d.message)).not.toContain(pan)
        }
        expect(({} as Record<string, unknown>).injected).toBeUndefined()
      }),
      {numRuns: 300},
    )
  })

  test('arbitrary text and bytes never throw', () => {
    const catalog = catalogs.fixture!
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'grapheme', maxLength: 400}), fc.uint8Array({maxLength: 400})), (input) => {
        const diagnostics = validateAnswers(parseYamlSource('x.yaml', input), catalog, noDisk)
        expect(diagnostics.length).toBeGreaterThan(0)
      }),
      {numRuns: 300},
    )
  })
})

describe('validate CLI on mutated files', () => {
  test('exit 1 or 2, no stack trace, no raw card number anywhere', async () => {
    const {dir, cleanup} = await tempDir()
    try {
      const catalog = catalogs.fixture!
      const cases = fc.sample(fc.tuple(seedArb, mutationArb, panArb), {numRuns: 6, seed: 20261120})
      for (const [index, [seed, mutation, commentPan]] of cases.entries()) {
        const answers = buildAnswers(catalog, seed)
        const {pan} = mutate(answers, mutation)
        const file = path.join(dir, `mutated-${index}.yaml`)
        // A card number in a comment too: the raw text is scanned, not just the values.
        await writeFile(file, `# called back on ${commentPan}\n${stringify(answers)}`)
        for (const format of ['text', 'json']) {
          const r = await runCli(['validate', file, '--catalog', path.join(FIXTURES, 'answers/catalog'), '--format', format])
          expect([1, 2]).toContain(r.code)
          expect(r.stderr).not.toContain('    at ')
          for (const raw of [...rawForms(commentPan), ...(pan ? rawForms(pan) : [])]) {
            expect(r.stdout + r.stderr).not.toContain(raw)
          }
          expect(r.stdout).toContain('card-number')
        }
      }
    } finally {
      await cleanup()
    }
  })
})
