import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {collectEvidenceFiles, loadAnswersFile} from '../../src/answers/load-answers.js'
import {type Catalog, loadCatalog} from '../../src/catalog/catalog.js'
import {UserError} from '../../src/model/errors.js'
import {readYamlInput} from '../../src/io/read-input.js'
import {FIXTURES} from '../helpers/run-cli.js'

const DIR = path.relative(process.cwd(), path.join(FIXTURES, 'answers'))

let catalog: Catalog
beforeAll(async () => {
  catalog = await loadCatalog(path.join(FIXTURES, 'answers/catalog'))
})

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(UserError)
  return error as UserError
}

describe('loadAnswersFile', () => {
  test('returns the answers, the parsed source and the folder evidence is relative to', async () => {
    const file = `${DIR}/valid/answers.yaml`
    const loaded = await loadAnswersFile(file, catalog)
    expect(loaded.baseDir).toBe(`${DIR}/valid`)
    expect(loaded.source.file).toBe(file)
    expect(loaded.answers.assessment.entity.legal_name).toBe('Harbour Lane Coffee Ltd')
    expect(Object.keys(loaded.answers.controls)).toEqual(['CUS-01', 'SEAL-01', 'TRN-01'])
  })

  test('the first problem as file:line:col, and how many more there are', async () => {
    const file = `${DIR}/invalid/evidence-file.yaml`
    const error = await failure(loadAnswersFile(file, catalog))
    expect(error.exitCode).toBe(2)
    expect(error.message).toBe(
      `${file}:22:15: controls.CUS-01.evidence.0.path: no such file: ${DIR}/invalid/evidence/missing-register.csv (3 more; run posattest validate ${file})`,
    )
  })

  test('a single problem has no count', async () => {
    const file = `${DIR}/invalid/period.yaml`
    const error = await failure(loadAnswersFile(file, catalog))
    expect(error.message).toBe(`${file}:8:12: assessment.period: start 2026-11-19 is after end 2025-11-20`)
  })

  test('a card number is masked in the error', async () => {
    const error = await failure(loadAnswersFile(`${DIR}/invalid/card-number.yaml`, catalog))
    expect(error.message).toMatch(/^.*card-number\.yaml:18:30: a comment holds a card number \(555555\*\*\*\*\*\*4444\);/)
    expect(error.message).not.toMatch(/5555 5555 5555 4444/)
  })

  test('today, when given, is applied', async () => {
    const error = await failure(loadAnswersFile(`${DIR}/valid/answers.yaml`, catalog, {today: '2026-11-01'}))
    expect(error.message).toBe(`${DIR}/valid/answers.yaml:9:9: assessment.date: 2026-11-20 is after today (2026-11-01)`)
  })
})

describe('reading', () => {
  test('a missing file or a folder is a usage error naming it', async () => {
    const missing = await failure(readYamlInput('no/such/answers.yaml'))
    expect([missing.message, missing.exitCode]).toEqual(['no/such/answers.yaml: no such file or directory', 2])
    const folder = await failure(readYamlInput(DIR))
    expect(folder.message).toBe(`${DIR}: is a directory`)
  })

  test('evidence files are looked up relative to the answers folder', async () => {
    const found = await collectEvidenceFiles(`${DIR}/invalid`, {
      controls: {A: {evidence: [{path: 'evidence/inspection-log.csv'}, {path: 'evidence/folder'}, {path: 'evidence/none.csv'}]}},
    })
    expect(Object.fromEntries(found)).toEqual({
      'evidence/folder': {exists: true, isFile: false},
      'evidence/inspection-log.csv': {exists: true, isFile: true},
      'evidence/none.csv': {exists: false, isFile: false},
    })
  })
})
