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

/**
 * The language the environment's locale asks for, as POSIX reads it: the first of LC_ALL, LC_MESSAGES and LANG
 * that is set and not empty; a value starting with `zh` (zh_CN.UTF-8, zh_TW, zh) is Chinese, anything else,
 * or nothing, English. Pure: the caller passes the environment (process.env).
 */
export function languageFromLocale(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '')
  return locale !== undefined && locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}
