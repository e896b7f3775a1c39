import {describe, expect, it} from 'vitest'
import {isLanguage, LANGUAGE_NAMES, LANGUAGES, languageFromLocale} from '../../src/model/language.js'
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

describe('languageFromLocale', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG: a value starting with zh is Chinese, anything else English', () => {
    expect(languageFromLocale({LANG: 'zh_CN.UTF-8'})).toBe('zh-CN')
    expect(languageFromLocale({LANG: 'zh_TW.UTF-8'})).toBe('zh-CN')
    expect(languageFromLocale({LANG: 'zh'})).toBe('zh-CN')
    expect(languageFromLocale({LANG: 'en_GB.UTF-8'})).toBe('en')
    expect(languageFromLocale({LANG: 'C.UTF-8'})).toBe('en')
    expect(languageFromLocale({LANG: 'de_DE'})).toBe('en')
    expect(languageFromLocale({LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN', LANG: 'zh_CN'})).toBe('en')
    expect(languageFromLocale({LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8'})).toBe('zh-CN')
    expect(languageFromLocale({LC_ALL: 'zh_CN.GB18030', LANG: 'en_US'})).toBe('zh-CN')
  })

  it('skips unset and empty variables, and is English without any', () => {
    expect(languageFromLocale({})).toBe('en')
    expect(languageFromLocale({LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8'})).toBe('zh-CN')
    expect(languageFromLocale({LC_ALL: undefined, LANG: ''})).toBe('en')
  })
})
