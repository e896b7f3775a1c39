import {createHash} from 'node:crypto'
import path from 'node:path'
import {createRequire} from 'node:module'
import Handlebars from 'handlebars'

/*
 * The report templates precompiled by handlebars (templates/precompiled.cjs, written by
 * scripts/precompile-templates.mjs): a cold process spent ~100 ms compiling them for every report. A spec stands
 * in for its template only while the source is the one it was made from; any other source is compiled as before.
 */

/** A template as scripts/precompile-templates.mjs wrote it: handlebars' precompiled spec and its source's SHA-256. */
export interface PrecompiledTemplate {
  sha256: string
  spec: TemplateSpecification
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0]

/** templates/precompiled.cjs: every shipped template, precompiled by handlebars (the version it was made with). */
export interface PrecompiledTemplates {
  HANDLEBARS_VERSION: string
  TEMPLATES: Readonly<Record<string, PrecompiledTemplate>>
}

/** The options every template is compiled with: the output is plain text, so values are never HTML-escaped. */
const COMPILE_OPTIONS = {noEscape: true} as const

/**
 * A template from its source: handlebars' precompiled spec while it is the spec of exactly this source (same
 * SHA-256, same handlebars), else compiled here. Compiling is what a cold process paid most for a report's
 * templates; the precompiled spec is the code handlebars would generate from the same source and options.
 */
export function templateOf(
  handlebars: typeof Handlebars,
  source: string,
  precompiled: PrecompiledTemplate | undefined,
  precompiledWith: string | undefined,
): Handlebars.TemplateDelegate {
  if (precompiled && precompiledWith === Handlebars.VERSION && precompiled.sha256 === createHash('sha256').update(source).digest('hex')) {
    return handlebars.template(precompiled.spec)
  }
  // The output is plain text, not HTML: values are made safe by plainText instead of HTML escaping.
  return handlebars.compile(source, {...COMPILE_OPTIONS})
}

/**
 * The precompiled templates of a templates folder (its precompiled.cjs); none when it has no such file. CommonJS,
 * because the CLI's bundle runs from V8's code cache, where Node 20 cannot import() (io/code-cache.ts).
 */
export async function loadPrecompiledTemplates(dir: string): Promise<PrecompiledTemplates | undefined> {
  try {
    return createRequire(import.meta.url)(path.join(dir, 'precompiled.cjs')) as PrecompiledTemplates
  } catch {
    return undefined
  }
}
