import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {diagnostic} from '../../src/diagnostics/diagnostic.js'
import {renderDiagnostics, toJson, xml, type DiagnosticReport} from '../../src/diagnostics/formats.js'

// The output formats are the point here: each is asserted in full for one small report.
const REPORT: DiagnosticReport = {
  tool: 'validate',
  version: '1.2.3',
  files: ['a.yaml', 'clean.yaml'],
  diagnostics: [
    diagnostic('a.yaml', {line: 4, column: 3}, 'unanswered', 'SEAL-01 has no status', 'warning'),
    diagnostic('a.yaml', {line: 2, column: 9}, 'schema', "status: must be one of: in_place, 'n/a'"),
    diagnostic('a.yaml', undefined, 'evidence-missing', 'evidence/log.csv: no such file'),
  ],
  rules: {schema: 'The file matches the schema.'},
}

describe('renderDiagnostics', () => {
  it('text: one line per problem in file order, then the counts', () => {
    expect(renderDiagnostics(REPORT, 'text')).toBe(
      'a.yaml: error evidence/log.csv: no such file [evidence-missing]\n' +
        "a.yaml:2:9: error status: must be one of: in_place, 'n/a' [schema]\n" +
        'a.yaml:4:3: warning SEAL-01 has no status [unanswered]\n' +
        '2 files checked: 2 errors, 1 warning\n',
    )
    expect(renderDiagnostics({...REPORT, files: ['a.yaml'], diagnostics: []}, 'text')).toBe('1 file checked, no problems\n')
  })

  it('json: the counts and the sorted diagnostics', () => {
    const json = JSON.parse(renderDiagnostics(REPORT, 'json'))
    expect(json).toEqual(toJson(REPORT))
    expect({...json, diagnostics: json.diagnostics.map((d: {rule: string}) => d.rule)}).toEqual({
      tool: 'validate',
      version: '1.2.3',
      files: ['a.yaml', 'clean.yaml'],
      errors: 2,
      warnings: 1,
      diagnostics: ['evidence-missing', 'schema', 'unanswered'],
    })
  })

  it('junit: a suite per file, a failing case per error, a passing case for a clean file; warnings are not failures', () => {
    expect(renderDiagnostics(REPORT, 'junit')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<testsuites name="validate" tests="3" failures="2" errors="0">\n' +
        '  <testsuite name="a.yaml" tests="2" failures="2" errors="0">\n' +
        '    <testcase classname="validate" name="a.yaml evidence-missing">\n' +
        '      <failure type="evidence-missing" message="evidence/log.csv: no such file">a.yaml: evidence/log.csv: no such file</failure>\n' +
        '    </testcase>\n' +
        '    <testcase classname="validate" name="a.yaml:2:9 schema">\n' +
        '      <failure type="schema" message="status: must be one of: in_place, &apos;n/a&apos;">a.yaml:2:9: status: must be one of: in_place, &apos;n/a&apos;</failure>\n' +
        '    </testcase>\n' +
        '  </testsuite>\n' +
        '  <testsuite name="clean.yaml" tests="1" failures="0" errors="0">\n' +
        '    <testcase classname="validate" name="clean.yaml"/>\n' +
        '  </testsuite>\n' +
        '</testsuites>\n',
    )
  })

  it('sarif: every rule known or reported, named and explained; each result a sentence at its region (1:1 for a whole file)', () => {
    const run = JSON.parse(renderDiagnostics({...REPORT, helpUri: 'https://example.test/rules'}, 'sarif')).runs[0]
    const explained = (text: string) => ({shortDescription: {text}, fullDescription: {text}, help: {text}, helpUri: 'https://example.test/rules'})
    expect(run.tool.driver.rules).toEqual([
      {id: 'evidence-missing', name: 'EvidenceMissing', ...explained('evidence-missing.')},
      // A name that would only repeat the id is left out.
      {id: 'schema', ...explained('The file matches the schema.')},
      {id: 'unanswered', ...explained('unanswered.')},
    ])
    // The base: the working directory (relative file names are relative to it), as an absolute URI ending in '/'.
    expect(run.originalUriBaseIds).toEqual({'%SRCROOT%': {uri: `${pathToFileURL(process.cwd()).href}/`}})
    expect(run.columnKind).toBe('utf16CodeUnits')
    const at = {uri: 'a.yaml', uriBaseId: '%SRCROOT%'}
    expect(run.results.map((r: {ruleId: string; ruleIndex: number; level: string; message: {text: string}; locations: {physicalLocation: object}[]}) => [r.ruleId, r.ruleIndex, r.level, r.message.text, r.locations[0]!.physicalLocation])).toEqual([
      ['evidence-missing', 0, 'error', 'evidence/log.csv: no such file.', {artifactLocation: at, region: {startLine: 1, startColumn: 1}}],
      ['schema', 1, 'error', "status: must be one of: in_place, 'n/a'.", {artifactLocation: at, region: {startLine: 2, startColumn: 9}}],
      ['unanswered', 2, 'warning', 'SEAL-01 has no status.', {artifactLocation: at, region: {startLine: 4, startColumn: 3}}],
    ])
  })

  it('sarif: locations relative to the base (the working directory by default), absolute file: URIs outside it', () => {
    const locations = (files: string[], options?: {sarifBase: string}) => {
      const report = {...REPORT, files, diagnostics: files.map((f) => diagnostic(f, {line: 1, column: 1}, 'schema', 'x.'))}
      return JSON.parse(renderDiagnostics(report, 'sarif', options)).runs[0].results.map((r: {locations: {physicalLocation: {artifactLocation: object}}[]}) => r.locations[0]!.physicalLocation.artifactLocation)
    }
    expect(locations(['/base/dir/a b%#?.yaml', '/base/dir/../x.yaml', '/elsewhere/y.yaml', '/base/dir/c:d.yaml'], {sarifBase: '/base/dir/'})).toEqual([
      {uri: 'file:///base/x.yaml'},
      {uri: 'a%20b%25%23%3F.yaml', uriBaseId: '%SRCROOT%'},
      {uri: './c:d.yaml', uriBaseId: '%SRCROOT%'},
      {uri: 'file:///elsewhere/y.yaml'},
    ])
    expect(locations(['/a.yaml'], {sarifBase: '/'})).toEqual([{uri: 'a.yaml', uriBaseId: '%SRCROOT%'}])
    expect(locations(['a.yaml'], {sarifBase: '..'})).toEqual([{uri: `${path.basename(process.cwd())}/a.yaml`, uriBaseId: '%SRCROOT%'}])
  })

  it('github: one workflow command per problem, its properties and data escaped (a line break is already a visible \\n)', () => {
    const report = {...REPORT, diagnostics: [diagnostic('dir,a:b.yaml', {line: 1, column: 2}, 'schema', '100% wrong\nsecond line')]}
    expect(renderDiagnostics(report, 'github')).toBe('::error file=dir%2Ca%3Ab.yaml,line=1,col=2,title=schema::100%25 wrong\\nsecond line\n')
  })

  it('escapes control characters and masks card numbers in file names and messages, in every format', () => {
    const report = {...REPORT, files: ['x\x1b[2J.yaml'], diagnostics: [diagnostic('x\x1b[2J.yaml', {line: 1, column: 1}, 'card-number', 'card 4111111111111111 \u202e')]}
    for (const format of ['text', 'json', 'junit', 'sarif', 'github'] as const) {
      const output = renderDiagnostics(report, format)
      expect([format, /[\x1b\u202e]|4111111111111111/.test(output)]).toEqual([format, false])
      expect(output).toContain('411111******1111')
    }
  })
})

describe('xml', () => {
  it('escapes the five XML characters and makes control characters visible', () => {
    expect(xml(`<a href="x">'&'</a>\x07`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;\\x07')
  })
})
