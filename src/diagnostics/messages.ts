import type {Language} from '../model/language.js'
import type {Diagnostic} from './diagnostic.js'

/**
 * The words the diagnostic formats add around the messages, in English; the other languages follow its shape, so
 * a missing translation is a type error. Positions, rule ids and the severities of the machine formats (JSON,
 * SARIF, GitHub) are the same in every language.
 */
const en = {
  severity: {error: 'error', warning: 'warning'} satisfies Record<Diagnostic['severity'], string>,
  noProblems: (files: number) => `${files} file${files === 1 ? '' : 's'} checked, no problems`,
  problems: (files: number, errors: number, warnings: number) =>
    `${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
}

/** The texts above, and their types, are the ones every language has. */
export type FormatMessages = typeof en

const zhCN: FormatMessages = {
  severity: {error: '错误', warning: '警告'},
  noProblems: (files) => `已检查 ${files} 个文件，未发现问题`,
  problems: (files, errors, warnings) => `已检查 ${files} 个文件：${errors} 个错误，${warnings} 个警告`,
}

export const FORMAT_MESSAGES: Record<Language, FormatMessages> = {en, 'zh-CN': zhCN}
