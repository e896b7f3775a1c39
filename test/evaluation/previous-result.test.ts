import {describe, expect, it} from 'vitest'
import {UserError} from '../../src/model/errors.js'
import {parsePreviousResult} from '../../src/evaluation/previous-result.js'

function message(text: string): string {
  try {
    parsePreviousResult('last.json', text)
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).exitCode).toBe(2)
    return (error as Error).message
  }
  throw new Error('parsePreviousResult accepted the input')
}

describe('parsePreviousResult', () => {
  it('gives the line and column of a JSON syntax error', () => {
    expect(message('{\n  "a": 1 x\n}')).toBe("last.json:2:10: not valid JSON (Expected ',' or '}' after property value)")
  })

  it('keeps a message that quotes the input on one line, without the quote', () => {
    expect(message('hello\nworld')).toBe("last.json: not valid JSON (Unexpected token 'h')")
    expect(message('')).toBe('last.json: not valid JSON (Unexpected end of JSON input)')
  })

  it('names the first way the JSON is not a result', () => {
    expect(message('[]')).toBe('last.json: not a posattest result (must be object)')
    expect(message('{}')).toBe("last.json: not a posattest result (missing required key 'schema_version')")
  })
})
