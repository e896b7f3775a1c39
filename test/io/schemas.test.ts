import path from 'node:path'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import type {ValidateFunction} from 'ajv/dist/2020.js'
import {describe, expect, it, vi} from 'vitest'
import {parse} from 'yaml'
import {PRECOMPILED_VALIDATORS, SCHEMA_NAMES, ajvVersion, newSchemaAjv, schemaDiagnostics, schemaDocument, schemaErrors, schemasSha256, validator, type SchemaName} from '../../src/io/schemas.js'
import {parseYamlSource} from '../../src/io/yaml-source.js'

// Turning ajv's errors into one readable line each, at the node concerned, is this module's job: its messages are the point.
const diagnose = (name: Parameters<typeof schemaDiagnostics>[0], text: string) =>
  schemaDiagnostics(name, parseYamlSource('f.yaml', text)).map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`)

const POLICY = 'schema_version: 1\nname: Bank\n'

describe('schemaDiagnostics', () => {
  it('gives nothing for a valid document', () => {
    expect(diagnose('policy', POLICY)).toEqual([])
  })

  it('names each problem by its path, at the value, or at the key for an unknown key', () => {
    expect(diagnose('policy', `${POLICY}max_assessment_age_days: 0\nrequired_verdict: perfect\ninventory:\n  forbid_expired: true\n`)).toEqual([
      '3:26 schema max_assessment_age_days: must be >= 1',
      '4:19 schema required_verdict: must be one of: compliant, any',
      '6:3 schema inventory.forbid_expired: unknown key',
    ])
  })

  it('says what a missing key, a wrong type, a constant and an empty string need', () => {
    expect(diagnose('policy', 'schema_version: 2\nname: ""\ntrusted_roots: x\n')).toEqual([
      '1:17 schema schema_version: must be 1',
      '2:7 schema name: must not be empty',
      '3:16 schema trusted_roots: must be array',
    ])
    expect(diagnose('policy', 'schema_version: 1\n')).toEqual(["1:1 schema missing required key 'name'"])
  })

  it('gives one line for a oneOf that fails, not one per branch, naming the keys of each branch', () => {
    expect(diagnose('policy', `${POLICY}signer_binding: {match: organisation, registry: x.csv}\n`)).toEqual(['3:17 schema signer_binding: must have exactly one of: match, registry'])
  })
})

describe('schemaErrors, validator and schemaDocument', () => {
  it('validates plain data without positions, naming the keyword that failed for code to branch on', () => {
    expect(schemaErrors('policy', {schema_version: 1, name: 'Bank'})).toEqual([])
    expect(schemaErrors('policy', {schema_version: 1, name: 'Bank', extra: 1})).toEqual([
      {path: [], key: 'extra', keyword: 'additionalProperties', params: {additionalProperty: 'extra'}, message: 'unknown key'},
    ])
  })

  it('knows every schema in schemas/, and reads each document', () => {
    for (const name of SCHEMA_NAMES) {
      expect(typeof validator(name)).toBe('function')
      expect(schemaDocument(name).$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    }
  })
})

/*
 * The validators ajv generated at build time (dist/schema-validators.cjs) must be the validators ajv compiles from
 * the same schemas: same verdict and the same errors (with verbose's schema, parentSchema and data, which the
 * readable messages are made from) on every document the project holds and on broken copies of each.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const require = createRequire(import.meta.url)
const built = require(fileURLToPath(PRECOMPILED_VALIDATORS)) as {AJV_VERSION: string; SCHEMAS_SHA256: string; validators: Record<SchemaName, ValidateFunction>}
const compiled = newSchemaAjv()
const compiledValidator = (name: SchemaName) => compiled.getSchema(`${name}.schema.json`)!

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return files(file)
    return /\.(ya?ml|json)$/.test(name) && statSync(file).size < 1_000_000 ? [file] : []
  })
}

/** Every YAML and JSON document under examples/, controls/ and test/fixtures/ that parses. */
const DOCUMENTS = ['examples', 'controls', 'test/fixtures']
  .flatMap((dir) => files(path.join(ROOT, dir)))
  .flatMap((file) => {
    try {
      const text = readFileSync(file, 'utf8')
      return [{file: path.relative(ROOT, file), value: file.endsWith('.json') ? JSON.parse(text) : parse(text, {maxAliasCount: 100})}]
    } catch {
      return []
    }
  })
  .filter((d) => d.value !== null && typeof d.value === 'object')

/** Broken copies: a key removed, each top-level value of the wrong type, an unknown key. */
function brokenCopies(value: Record<string, unknown>): unknown[] {
  const keys = Object.keys(value)
  const copies: unknown[] = [{...value, unexpected_key: 1}]
  if (keys[0] !== undefined) {
    const {[keys[0]]: _dropped, ...rest} = value
    copies.push(rest)
  }
  for (const key of keys) copies.push({...value, [key]: typeof value[key] === 'string' ? 7 : 'x'})
  return copies
}

const outcome = (validate: ValidateFunction, value: unknown) => {
  const valid = validate(value)
  return {valid, errors: validate.errors ?? null}
}

describe('the validators generated at build time', () => {
  it('were made from these schemas by this ajv, and are the ones validator() uses', () => {
    expect(built.SCHEMAS_SHA256).toBe(schemasSha256())
    expect(built.AJV_VERSION).toBe(ajvVersion())
    for (const name of SCHEMA_NAMES) expect(validator(name)).toBe(built.validators[name])
  })

  it('judge every document, and broken copies of each, exactly as the compiled schemas do', () => {
    expect(DOCUMENTS.length).toBeGreaterThan(40)
    let invalid = 0
    for (const name of SCHEMA_NAMES) {
      for (const {file, value} of DOCUMENTS) {
        for (const candidate of [value, ...brokenCopies(value as Record<string, unknown>)]) {
          const want = outcome(compiledValidator(name), candidate)
          expect(outcome(built.validators[name], candidate), `${name} on ${file}`).toEqual(want)
          if (!want.valid) invalid++
        }
      }
    }
    expect(invalid).toBeGreaterThan(1000)
  })
})

describe('validators handed over by the CLI bundle (providePrecompiledValidators)', () => {
  // Fresh modules for each case: validator() keeps what it found for the process.
  async function freshSchemas() {
    vi.resetModules()
    return import('../../src/io/schemas.js')
  }
  const fake = Object.assign(() => true, {errors: null}) as unknown as ValidateFunction

  it('are used when made from these schemas by this ajv', async () => {
    const schemas = await freshSchemas()
    schemas.providePrecompiledValidators(() => ({AJV_VERSION: ajvVersion(), SCHEMAS_SHA256: schemasSha256(), validators: {answers: fake}}))
    expect(schemas.validator('answers')).toBe(fake)
  })

  it('are not used when made from other schemas, by another ajv, or when they cannot be loaded: the schemas are compiled', async () => {
    for (const module of [
      () => ({AJV_VERSION: ajvVersion(), SCHEMAS_SHA256: '0'.repeat(64), validators: {answers: fake}}),
      () => ({AJV_VERSION: '0.0.0', SCHEMAS_SHA256: schemasSha256(), validators: {answers: fake}}),
      () => {
        throw new Error('not built')
      },
    ]) {
      const schemas = await freshSchemas()
      schemas.providePrecompiledValidators(module)
      const validate = schemas.validator('answers')
      expect(validate).not.toBe(fake)
      expect(validate({})).toBe(false)
    }
  })
})
