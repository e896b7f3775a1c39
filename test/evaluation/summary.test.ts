import path from 'node:path'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {loadCatalog} from '../../src/catalog/catalog.js'
import {evaluateAssessment} from '../../src/evaluation/evaluate.js'
import {summarizeResult} from '../../src/evaluation/summary.js'
import type {AnswersFile} from '../../src/generated/answers.js'
import {FIXTURES} from '../helpers/run-cli.js'

const DIR = path.join(FIXTURES, 'evaluation')

describe('summarizeResult', () => {
  it('states verdict, score, gaps by priority and changes', async () => {
    const catalog = await loadCatalog(path.join(DIR, 'catalog'))
    const answers = parse(readFileSync(path.join(DIR, 'gaps.yaml'), 'utf8')) as AnswersFile
    const options = {generator: 'posattest test', evidenceHashes: new Map<string, string>()}
    const previous = evaluateAssessment(catalog, answers, options)
    const result = evaluateAssessment(catalog, answers, {...options, previous})
    expect(summarizeResult(result, 'out/result.json')).toBe(
      [
        'Verdict: non-compliant',
        'Score: 12.5 of 100 (8 applicable controls, 1 excluded)',
        'Gaps: 7 (P1 1, P2 1, P3 2, P4 3)',
        'Since 2025-03-31 (12.5): 0 resolved, 0 new, 7 still open',
        'Wrote out/result.json',
        '',
      ].join('\n'),
    )
  })
})
