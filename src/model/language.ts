/**
 * The languages posattest speaks: of the catalog texts, the questions, the result's reasons and steps, and the
 * report. Every list of languages in posattest is this one.
 */
export const LANGUAGES = ['en', 'zh-CN'] as const
export type Language = (typeof LANGUAGES)[number]

/** A text in every language. */
export type Localized = Record<Language, string>

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value)
}

/** A language's own name, as a person choosing it looks for it. */
export const LANGUAGE_NAMES: Localized = {en: 'English', 'zh-CN': '简体中文 (zh-CN)'}
