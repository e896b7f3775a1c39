import {readFileSync} from 'node:fs'
import {Ajv2020, type ErrorObject, type ValidateFunction} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {diagnostic, type Diagnostic} from '../diagnostics/diagnostic.js'
import {pointerSegments, type YamlSource} from './yaml-source.js'

export const SCHEMA_NAMES = ['catalog', 'catalog-meta', 'answers', 'result', 'policy'] as const
export type SchemaName = (typeof SCHEMA_NAMES)[number]

/** schemas/ at the package root: the same relative place from src/ (tests) and dist/ (the CLI). */
export const SCHEMA_DIR = new URL('../../schemas/', import.meta.url)

let ajv: Ajv2020 | undefined
const validators = new Map<SchemaName, ValidateFunction>()

function loadSchema(name: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(new URL(`${name}.schema.json`, SCHEMA_DIR), 'utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

function getAjv(): Ajv2020 {
  if (ajv) return ajv
  // strictRequired would reject the answers schema's Evidence oneOf (`required: [path]` | `required: [url]`),
  // whose keys are declared in the surrounding `properties`, which is exactly what is meant.
  ajv = new Ajv2020({allErrors: true, strict: true, strictRequired: false, verbose: true, allowUnionTypes: true})
  addFormats.default(ajv, ['date', 'email', 'uri', 'date-time'])
  for (const name of SCHEMA_NAMES) {
    const schema = loadSchema(name)
    if (schema) ajv.addSchema(schema, `${name}.schema.json`)
  }
  return ajv
}

export function validator(name: SchemaName): ValidateFunction {
  let validate = validators.get(name)
  if (!validate) {
    validate = getAjv().getSchema(`${name}.schema.json`)
    if (!validate) throw new Error(`schema ${name} is not in schemas/`)
    validators.set(name, validate)
  }
  return validate
}

/** The raw JSON Schema document (for rules that read it, e.g. the list of profile facts). */
export function schemaDocument(name: SchemaName): Record<string, any> {
  const schema = loadSchema(name)
  if (!schema) throw new Error(`schema ${name} is not in schemas/`)
  return schema
}

/** Validates plain data; returns ajv's errors made readable, without positions. */
/** One schema error made readable: where, which JSON Schema keyword failed (for code to branch on) and what to say. */
export interface SchemaError {
  path: string[]
  key?: string
  keyword: string
  /** ajv's parameters of that keyword (`type` for a type error, `limit` for a length…). */
  params: Readonly<Record<string, unknown>>
  message: string
}

export function schemaErrors(name: SchemaName, value: unknown): SchemaError[] {
  const validate = validator(name)
  if (validate(value)) return []
  return simplifyErrors(validate.errors ?? [])
}

/** Validates a parsed YAML file; each error sits at the `file:line:col` of the offending node. */
export function schemaDiagnostics(name: SchemaName, source: YamlSource): Diagnostic[] {
  return schemaErrors(name, source.value).map((e) => {
    const at = e.key === undefined ? source.locate(e.path) : source.locate([...e.path, e.key], {key: true})
    const where = [...e.path, ...(e.key === undefined ? [] : [e.key])]
    return diagnostic(source.file, at, 'schema', `${where.length ? where.join('.') + ': ' : ''}${e.message}`)
  })
}

function simplifyErrors(errors: ErrorObject[]): SchemaError[] {
  // A failed oneOf reports every branch's complaints; keep one line for the oneOf itself.
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf')
  const kept = errors.filter(
    (e) =>
      !oneOfs.some(
        (o) =>
          o !== e &&
          e.schemaPath.startsWith(o.schemaPath + '/') &&
          (e.instancePath === o.instancePath || e.instancePath.startsWith(o.instancePath + '/')),
      ),
  )
  const seen = new Set<string>()
  const out: SchemaError[] = []
  for (const e of kept) {
    const path = pointerSegments(e.instancePath)
    const {key, message} = describe(e)
    const id = `${e.instancePath}|${key ?? ''}|${message}`
    if (seen.has(id)) continue
    seen.add(id)
    out.push({path, ...(key === undefined ? {} : {key}), keyword: e.keyword, params: e.params as Record<string, unknown>, message})
  }
  return out
}

function describe(e: ErrorObject): {key?: string; message: string} {
  const p = e.params as Record<string, any>
  const parent = e.parentSchema as Record<string, any> | undefined
  switch (e.keyword) {
    case 'required':
      return {message: `missing required key '${p.missingProperty}'`}
    case 'additionalProperties':
      return {key: String(p.additionalProperty), message: `unknown key`}
    case 'propertyNames':
      return {key: String(p.propertyName), message: `key is not a valid name`}
    case 'enum':
      return {message: `must be one of: ${(p.allowedValues as unknown[]).map((v) => (v === null ? 'empty' : String(v))).join(', ')}`}
    case 'const':
      return {message: `must be ${JSON.stringify(p.allowedValue)}`}
    case 'type':
      return {message: `must be ${String(p.type).replace(/,/g, ' or ')}`}
    case 'format':
      return {message: p.format === 'date' ? 'must be a date (YYYY-MM-DD)' : `must be a valid ${p.format}`}
    case 'pattern':
      return {message: `does not match the expected form ${p.pattern}`}
    case 'oneOf':
      if (parent?.title === 'Evidence' || (Array.isArray(parent?.oneOf) && parent.oneOf.every((b: any) => b.required)))
        return {message: `must have exactly one of: ${parent!.oneOf.map((b: any) => b.required.join('+')).join(', ')}`}
      return {message: `is not a valid ${parent?.title ?? 'value'}`}
    case 'minItems':
      return {message: `must have at least ${p.limit} item${p.limit === 1 ? '' : 's'}`}
    case 'maxLength':
      return {message: `is longer than ${p.limit} characters`}
    case 'minLength':
      return {message: p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters`}
    case 'uniqueItems':
      return {message: `has duplicate items (${p.j} and ${p.i})`}
    default:
      return {message: e.message ?? e.keyword}
  }
}
