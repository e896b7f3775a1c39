import {describe, expect, it} from 'vitest'
import {ANSWERS_RULES, answersRules} from '../../src/answers/validate.js'
import {VALIDATE_MESSAGES} from '../../src/answers/validate/messages.js'
import {LINT_MESSAGES} from '../../src/catalog/lint-messages.js'
import {LINT_RULES, lintRules} from '../../src/catalog/lint.js'
import {FORMAT_MESSAGES} from '../../src/diagnostics/messages.js'
import {GATE_MESSAGES} from '../../src/gate/gate-messages.js'
import {GATE_RULES} from '../../src/gate/gate.js'
import {IO_MESSAGES} from '../../src/io/messages.js'
import {LANGUAGES} from '../../src/model/language.js'

// Every message validate, catalog lint and gate print, in every language. The types already make each language
// fill the English table; this checks that no language left an entry English (a copy of the English text or
// function): each Chinese entry is Chinese text (ideographs or full-width punctuation) or says it from such.
const TABLES = {
  'src/io/messages.ts': IO_MESSAGES,
  'src/answers/validate/messages.ts': VALIDATE_MESSAGES,
  'src/catalog/lint-messages.ts': LINT_MESSAGES,
  'src/diagnostics/messages.ts': FORMAT_MESSAGES,
  'src/gate/gate-messages.ts': GATE_MESSAGES,
} as const

/** Entries that are the same in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set(['separator'])

const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/

/** Every leaf of a table: its dotted key and its value (a text, or the function that says it). */
function leaves(table: object, at = ''): [string, unknown][] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leaves(value, `${at}${key}.`) : [[`${at}${key}`, value] as [string, unknown]],
  )
}

describe('the message tables', () => {
  it.each(Object.entries(TABLES))('%s has every entry in every language', (_file, table) => {
    const english = leaves(table.en)
    for (const language of LANGUAGES) {
      const entries = leaves(table[language])
      expect(entries.map(([key]) => key)).toEqual(english.map(([key]) => key))
      for (const [[key, value], [, en]] of entries.map((entry, i) => [entry, english[i]!] as const)) {
        expect(typeof value, key).toBe(typeof en)
        if (language === 'en' || SAME_IN_EVERY_LANGUAGE.has(key)) continue
        expect(String(value), `${language} ${key}`).toMatch(CHINESE)
      }
    }
  })

  it('gives every rule of validate, catalog lint and gate a description in every language', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(answersRules(language))).toEqual(Object.keys(ANSWERS_RULES))
      expect(Object.keys(lintRules(language))).toEqual(Object.keys(LINT_RULES))
      expect(Object.keys(GATE_MESSAGES[language].rules)).toEqual(Object.keys(GATE_RULES))
      for (const text of [...Object.values(answersRules(language)), ...Object.values(lintRules(language)), ...Object.values(GATE_MESSAGES[language].rules)]) {
        if (language !== 'en') expect(text).toMatch(CHINESE)
      }
    }
  })

  it('keeps English as it was: the English tables are the English texts', () => {
    expect(answersRules('en')).toBe(ANSWERS_RULES)
    expect(lintRules('en')).toBe(LINT_RULES)
    expect(GATE_MESSAGES.en.rules).toBe(GATE_RULES)
    expect(FORMAT_MESSAGES['zh-CN'].problems(2, 1, 0)).toBe('已检查 2 个文件：1 个错误，0 个警告')
  })
})
