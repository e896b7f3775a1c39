import {describe, expect, it} from 'vitest'
import {parseYamlSource} from '../../src/io/yaml-source.js'
import {SCHEMA_NAMES, schemaDiagnostics, schemaDocument, schemaErrors, validator} from '../../src/io/schemas.js'

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
