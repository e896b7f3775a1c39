import {createHash} from 'node:crypto'
import {cp, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {AssessmentResult} from '../../src/generated/result.js'
import {schemaErrors} from '../../src/io/schemas.js'
import {FIXTURES, ROOT, runCli, tempDir} from '../helpers/run-cli.js'

const CWD = path.join(FIXTURES, 'evaluation')
const evaluate = (...args: string[]) => runCli(['evaluate', ...args, '--catalog', 'catalog'], {cwd: CWD})

let tmp: {dir: string; cleanup: () => Promise<void>}
beforeAll(async () => {
  tmp = await tempDir()
})
afterAll(async () => {
  await tmp.cleanup()
})

describe('posattest evaluate', () => {
  it('prints the result of a compliant assessment on stdout and exits 0', async () => {
    const {code, stdout, stderr} = await evaluate('compliant.yaml')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as AssessmentResult
    expect(schemaErrors('result', result)).toEqual([])
    expect([result.verdict, result.scores.overall, result.remediation.length]).toEqual(['compliant', 100, 0])
    expect(result.generator).toMatch(/^posattest \d+\.\d+\.\d+/)
    // The hashes are those of the fixture files, read relative to the answers file's folder.
    expect(result.controls.find((c) => c.id === 'CUS-01')!.evidence[0]!.sha256).toBe(
      '7717d5f2f59d14249b82d8421a85b2c89ea15ecbacdfeed084c9f546170ad81c',
    )
    expect(stdout.endsWith('}\n')).toBe(true)
  })

  it('writes the result to -o, summarises on stderr and exits 1 when there are gaps', async () => {
    const out = path.join(tmp.dir, 'gaps.json')
    const {code, stdout, stderr} = await evaluate('valid-gaps.yaml', '-o', out)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      [
        'Verdict: non-compliant',
        'Score: 71.4 of 100 (7 applicable controls, 2 excluded)',
        'Gaps: 2 (P2 1, P4 1)',
        `Wrote ${out}`,
        '',
      ].join('\n'),
    )
    const result = JSON.parse(await readFile(out, 'utf8')) as AssessmentResult
    expect(schemaErrors('result', result)).toEqual([])
    expect(result.verdict).toBe('non_compliant')
    expect(result.remediation.map((r) => [r.control_id, r.priority, r.owner, r.due_date])).toEqual([
      ['SEAL-01', 'P2', 'Shift lead', '2025-04-14'],
      ['RET-03', 'P4', 'Mei Chan', '2025-07-29'],
    ])
    // T2 has no seals: the step names it, in both languages.
    expect(result.remediation[0]!.steps[0]).toEqual({
      en: 'Fit tamper-evident seals on T2 and record their ids.',
      'zh-CN': '为终端 T2 加装防拆封条并记录封条编号。',
    })
    expect(result.controls.find((c) => c.id === 'SEAL-01')!.finding!.devices).toEqual(['T2'])
  })

  it('writes byte-identical results for the same input', async () => {
    const a = path.join(tmp.dir, 'a.json')
    const b = path.join(tmp.dir, 'b.json')
    await evaluate('valid-gaps.yaml', '-o', a)
    await evaluate('valid-gaps.yaml', '-o', b)
    const [first, second, printed] = await Promise.all([readFile(a), readFile(b), evaluate('valid-gaps.yaml')])
    expect(second.equals(first)).toBe(true)
    expect(printed.stdout).toBe(first.toString('utf8'))
  })

  it('reports what changed since --previous', async () => {
    const previous = path.join(tmp.dir, 'previous.json')
    await evaluate('valid-gaps.yaml', '-o', previous)
    const out = path.join(tmp.dir, 'now.json')
    const {code, stderr} = await evaluate('compliant.yaml', '-o', out, '--previous', previous)
    expect(code).toBe(0)
    expect(stderr).toBe(
      [
        'Verdict: compliant',
        'Score: 100 of 100 (7 applicable controls, 2 excluded)',
        'Gaps: 0',
        'Since 2025-03-31 (71.4): 2 resolved, 0 new, 0 still open',
        `Wrote ${out}`,
        '',
      ].join('\n'),
    )
    const result = JSON.parse(await readFile(out, 'utf8')) as AssessmentResult
    expect(result.changes).toEqual({
      previous_date: '2025-03-31',
      previous_verdict: 'non_compliant',
      previous_score: 71.4,
      resolved: ['SEAL-01', 'RET-03'],
      new_gaps: [],
      still_open: [],
      added_controls: [],
      removed_controls: [],
    })
  })

  it('may replace the --previous file with -o', async () => {
    const file = path.join(tmp.dir, 'same.json')
    await evaluate('valid-gaps.yaml', '-o', file)
    const {code} = await evaluate('valid-gaps.yaml', '-o', file, '--previous', file)
    expect(code).toBe(1)
    const result = JSON.parse(await readFile(file, 'utf8')) as AssessmentResult
    expect(result.changes!.still_open).toEqual(['SEAL-01', 'RET-03'])
  })

  it('returns the result object with --json', async () => {
    const {code, stdout, stderr} = await evaluate('valid-gaps.yaml', '--json')
    expect([code, stderr]).toEqual([1, ''])
    const printed = await evaluate('valid-gaps.yaml')
    expect(JSON.parse(stdout)).toEqual(JSON.parse(printed.stdout))
  })

  it('evaluates incomplete answers as gaps instead of refusing them (exit 1)', async () => {
    // Given answers that validate rejects only for incompleteness: unanswered, N/A without a reason, a blank
    // worksheet, missing and stale evidence, terminals failing their checks
    const {code, stdout, stderr} = await evaluate('gaps.yaml')
    // Then evaluation reports each as a finding
    expect([code, stderr]).toEqual([1, ''])
    const result = JSON.parse(stdout) as AssessmentResult
    const reasons = new Set(result.controls.flatMap((c) => c.finding?.reasons.map((r) => r.code) ?? []))
    expect([...reasons].sort()).toEqual([
      'ccw_missing',
      'device_check_failed',
      'evidence_missing',
      'evidence_stale',
      'justification_missing',
      'not_in_place',
      'unanswered',
    ])
  })

  it('rejects invalid answers with one line and exit 2', async () => {
    const bad = path.join(tmp.dir, 'bad.yaml')
    const text = await readFile(path.join(CWD, 'compliant.yaml'), 'utf8')
    await writeFile(bad, text.replace('schema_version: 1', 'schema_version: 2'))
    await cp(path.join(CWD, 'evidence'), path.join(tmp.dir, 'evidence'), {recursive: true})
    const {code, stdout, stderr} = await evaluate(bad)
    expect([code, stdout, stderr]).toEqual([2, '', `posattest: ${bad}:1:17: schema_version: must be 1\n`])
  })

  it('rejects a missing answers file', async () => {
    expect(await evaluate('nope.yaml')).toEqual({code: 2, stdout: '', stderr: 'posattest: nope.yaml: no such file or directory\n'})
  })

  it('rejects a --previous file that is not JSON, with its position', async () => {
    const previous = path.join(tmp.dir, 'broken.json')
    await writeFile(previous, '{\n  "a": 1 x\n}\n')
    expect(await evaluate('compliant.yaml', '--previous', previous)).toEqual({
      code: 2,
      stdout: '',
      stderr: `posattest: ${previous}:2:10: not valid JSON (Expected ',' or '}' after property value)\n`,
    })
  })

  it('rejects a --previous file that is JSON but not a result', async () => {
    const previous = path.join(tmp.dir, 'other.json')
    await writeFile(previous, '{"schema_version": 1}\n')
    expect(await evaluate('compliant.yaml', '--previous', previous)).toEqual({
      code: 2,
      stdout: '',
      stderr: `posattest: ${previous}: not a posattest result (missing required key 'generator')\n`,
    })
  })

  it('rejects an output file it cannot write', async () => {
    const out = path.join(tmp.dir, 'no-such-dir', 'r.json')
    expect(await evaluate('compliant.yaml', '-o', out)).toEqual({
      code: 2,
      stdout: '',
      stderr: `posattest: ${out}: no such file or directory\n`,
    })
  })
})

describe('posattest evaluate on the shipped examples and catalog', () => {
  async function evaluateExample(name: string) {
    const {code, stdout, stderr} = await runCli(['evaluate', `examples/${name}/answers.yaml`])
    const result = JSON.parse(stdout) as AssessmentResult
    expect(stderr).toBe('')
    expect(schemaErrors('result', result)).toEqual([])
    // Every path evidence carries the sha256 of the file next to the answers.
    for (const c of result.controls) {
      for (const e of c.evidence) {
        if (e.path === undefined) continue
        const bytes = await readFile(path.join(ROOT, 'examples', name, e.path))
        expect(e.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
      }
    }
    return {code, result}
  }

  it('finds merchant-compliant compliant (exit 0)', async () => {
    const {code, result} = await evaluateExample('merchant-compliant')
    expect([code, result.verdict, result.scores.overall, result.remediation]).toEqual([0, 'compliant', 100, []])
  })

  it('finds the gaps of merchant-gaps (exit 1) and plans one item per gap, by priority', async () => {
    const {code, result} = await evaluateExample('merchant-gaps')
    expect([code, result.verdict]).toEqual([1, 'non_compliant'])
    const gaps = result.controls.filter((c) => c.finding !== null).map((c) => c.id)
    expect(result.remediation.map((r) => r.control_id).sort()).toEqual([...gaps].sort())
    const priorities = result.remediation.map((r) => r.priority)
    expect(priorities).toEqual([...priorities].sort())
    // The terminal without recorded seals is named in the seal step, in both languages.
    const seals = result.controls.find((c) => c.id === 'SEAL-03')!
    expect(seals.finding!.devices).toEqual(['1240987654'])
    const step = result.remediation.find((r) => r.control_id === 'SEAL-03')!.steps[0]!
    expect([step.en, step['zh-CN']].every((text) => text!.includes('1240987654'))).toBe(true)
  })

  it.each([
    ['merchant-p2pe', 'P2PE'],
    ['merchant-saq-b', 'B'],
  ])('finds %s compliant under SAQ %s (exit 0), with no unmet criterion of that SAQ', async (name, saq) => {
    const {code, result} = await evaluateExample(name)
    expect([code, result.verdict, result.saq!.type, result.scores.overall]).toEqual([0, 'compliant', saq, 100])
    expect(result.saq!.unmet.map((u) => u.saq)).not.toContain(saq)
  })

  it('finds merchant-ineligible non-compliant (exit 1) whatever its answers, naming the unmet criterion of every short SAQ', async () => {
    const {code, result} = await evaluateExample('merchant-ineligible')
    expect([code, result.verdict, result.saq!.type]).toEqual([1, 'non_compliant', 'ineligible'])
    expect(result.saq!.unmet).toEqual([
      {saq: 'P2PE', criteria: ['P2PE.1', 'P2PE.2', 'P2PE.5']},
      {saq: 'B', criteria: ['B.1', 'B.2']},
      {saq: 'B-IP', criteria: ['B-IP.3', 'B-IP.5']},
    ])
    expect(result.controls.every((c) => c.finding === null)).toBe(true)
  })
})
