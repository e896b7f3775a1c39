import {describe, expect, it} from 'vitest'
import {isLanguage, LANGUAGE_NAMES, LANGUAGES} from '../../src/model/language.js'
import {schemaDocument} from '../../src/io/schemas.js'

describe('LANGUAGES', () => {
  it('is English and Simplified Chinese, the languages an assessment may name', () => {
    expect(LANGUAGES).toEqual(['en', 'zh-CN'])
    expect(schemaDocument('answers').$defs.assessment.properties.language.enum).toEqual([...LANGUAGES])
    expect(LANGUAGE_NAMES).toEqual({en: 'English', 'zh-CN': '简体中文 (zh-CN)'})
  })

  it('tells a language from anything else', () => {
    expect(isLanguage('zh-CN')).toBe(true)
    expect(isLanguage('zh')).toBe(false)
    expect(isLanguage(undefined)).toBe(false)
  })
})
