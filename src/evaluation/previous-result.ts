import {isResultIdentifierField} from '../answers/identifier-fields.js'
import {UserError} from '../model/errors.js'
import type {AssessmentResult} from '../generated/result.js'
import {readInput} from '../io/read-input.js'
import {findCardNumberIn} from '../model/pan.js'
import {schemaErrors} from '../io/schemas.js'

/**
 * Parses and checks a stored result (for --previous, or a report rendered from it): it must be a posattest result,
 * not just any JSON, and hold no card number (a hand-edited result would otherwise carry one into a report).
 */
export function parsePreviousResult(file: string, text: string): AssessmentResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw jsonError(file, text, error as Error)
  }
  const first = schemaErrors('result', value)[0]
  if (first) {
    const where = [...first.path, ...(first.key === undefined ? [] : [first.key])].join('.')
    throw new UserError(
      'not-a-result',
      `${file}: not a posattest result (${where ? `${where}: ` : ''}${first.message})`,
    )
  }
  // The result repeats the answers' assessment, profile and inventory, so the answers' identifier fields apply.
  const card = findCardNumberIn(value, isResultIdentifierField)
  if (card) {
    throw new UserError(
      'card-number',
      `${file}: ${card.path.join('.')} holds a card number (${card.match.masked}); remove it: posattest never stores card numbers`,
    )
  }
  return value as AssessmentResult
}

/**
 * V8's JSON.parse message, made one line with a position: it may quote the whole input (newlines and all),
 * and gives a character offset where it knows one.
 */
function jsonError(file: string, text: string, error: Error): UserError {
  const offset = /at position (\d+)/.exec(error.message)?.[1]
  const reason = error.message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ (in JSON )?at position \d+.*$/s, '')
    .replace(/\s+/g, ' ')
    .trim()
  let where = file
  if (offset !== undefined) {
    const before = text.slice(0, Number(offset))
    const line = before.split('\n').length
    where = `${file}:${line}:${before.length - before.lastIndexOf('\n')}`
  }
  return new UserError('not-json', `${where}: not valid JSON (${reason})`)
}

export async function readPreviousResult(file: string): Promise<AssessmentResult> {
  return parsePreviousResult(file, (await readInput(file)).toString('utf8'))
}
