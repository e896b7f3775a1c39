import type {ErrorCode} from 'yaml'
import type {Language} from '../model/language.js'

/**
 * What reading a YAML file and checking it against a schema say, in English; the other languages follow its
 * shape, so a missing translation is a type error. The diagnostics' rule ids are not here: they are the same in
 * every language.
 */
const en = {
  fileTooLarge: (size: number, limit: number) => `file is ${size} bytes; the limit is ${limit}`,
  nulBytes: 'not a text file (it contains NUL bytes)',
  notUtf8: 'not UTF-8 text',
  /** The yaml library's own words, cut to one line. */
  yamlSyntax: (_code: ErrorCode, message: string) => message,
  aliasBomb: 'too many alias expansions (a YAML alias bomb?); refusing to expand',
  /** A value the yaml library could not build, in its own words. */
  yamlValue: (message: string) => message,
  /** The fast reader read the file, the full reader reads it otherwise (or not at all) from `where` on. */
  readersDisagree: (where: string) =>
    `YAML readers read this file differently${where ? ` at ${where}` : ''} (a tag, an unusual number or key?); write it plainly, quoting such values`,

  /** A schema error at a path (`controls.CUS-01.status`). */
  at: (where: string, message: string) => `${where}: ${message}`,
  required: (key: string) => `missing required key '${key}'`,
  unknownKey: 'unknown key',
  badKeyName: 'key is not a valid name',
  oneOfValues: (values: readonly string[]) => `must be one of: ${values.join(', ')}`,
  emptyValue: 'empty',
  constant: (json: string) => `must be ${json}`,
  type: (types: readonly string[]) => `must be ${types.join(' or ')}`,
  date: 'must be a date (YYYY-MM-DD)',
  format: (format: string) => `must be a valid ${format}`,
  pattern: (pattern: string) => `does not match the expected form ${pattern}`,
  exactlyOneOf: (choices: readonly string[]) => `must have exactly one of: ${choices.join(', ')}`,
  notValid: (title: string | undefined) => `is not a valid ${title ?? 'value'}`,
  minItems: (limit: number) => `must have at least ${limit} item${limit === 1 ? '' : 's'}`,
  maxLength: (limit: number) => `is longer than ${limit} characters`,
  notEmpty: 'must not be empty',
  minLength: (limit: number) => `must be at least ${limit} characters`,
  uniqueItems: (j: number, i: number) => `has duplicate items (${j} and ${i})`,
  /** Any other keyword: ajv's own words. */
  otherKeyword: (_keyword: string, message: string) => message,
}

/** The texts above, and their types, are the ones every language has. */
export type IoMessages = typeof en

/** What each of the yaml library's errors means, in Chinese (its own English words are not translated word for word). */
const YAML_ERRORS_ZH: Readonly<Record<ErrorCode, string>> = {
  ALIAS_PROPS: '别名不能带锚点或标签',
  BAD_ALIAS: '别名无效，或指向不存在的锚点',
  BAD_DIRECTIVE: 'YAML 指令无效',
  BAD_DQ_ESCAPE: '双引号字符串中的转义序列无效',
  BAD_INDENT: '缩进不正确',
  BAD_PROP_ORDER: '锚点和标签的位置不正确',
  BAD_SCALAR_START: '值不能以此字符开头（请给它加上引号）',
  BLOCK_AS_IMPLICIT_KEY: '块结构不能用作隐式键',
  BLOCK_IN_FLOW: '流式集合（[ ] 或 { }）中不能出现块结构',
  DUPLICATE_KEY: '映射中的键重复',
  IMPOSSIBLE: 'YAML 解析器内部错误',
  KEY_OVER_1024_CHARS: '隐式键超过 1024 个字符',
  MISSING_CHAR: '缺少字符（如未闭合的引号或括号）',
  MULTILINE_IMPLICIT_KEY: '隐式键不能跨行',
  MULTIPLE_ANCHORS: '一个节点只能有一个锚点',
  MULTIPLE_DOCS: '文件只能包含一个 YAML 文档',
  MULTIPLE_TAGS: '一个节点只能有一个标签',
  NON_STRING_KEY: '键必须是字符串',
  RESOURCE_EXHAUSTION: '文件展开后过大，拒绝读取',
  TAB_AS_INDENT: '不能用制表符缩进',
  TAG_RESOLVE_FAILED: '无法解析标签',
  UNEXPECTED_TOKEN: '出现意外的标记',
  BAD_COLLECTION_TYPE: '集合类型与标签不符',
}

/** JSON Schema's type names as a reader of a YAML file knows them. */
const TYPES_ZH: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数字',
  integer: '整数',
  boolean: '布尔值（true 或 false）',
  object: '映射（键: 值）',
  array: '列表',
  null: '空值',
}

const zhCN: IoMessages = {
  fileTooLarge: (size, limit) => `文件大小为 ${size} 字节，上限为 ${limit} 字节`,
  nulBytes: '不是文本文件（含有 NUL 字节）',
  notUtf8: '不是 UTF-8 文本',
  yamlSyntax: (code) => YAML_ERRORS_ZH[code] ?? `YAML 语法错误（${code}）`,
  aliasBomb: '别名展开次数过多（疑似 YAML 别名炸弹），拒绝展开',
  yamlValue: (message) => `无法读取 YAML 的值：${message}`,
  readersDisagree: (where) => `不同的 YAML 读取器对此文件的理解不一致${where ? `（位置 ${where}）` : ''}（标签、特殊数字或键？）；请写成普通形式，给此类值加引号`,

  at: (where, message) => `${where}：${message}`,
  required: (key) => `缺少必填键 '${key}'`,
  unknownKey: '未知的键',
  badKeyName: '键名无效',
  oneOfValues: (values) => `必须是以下之一：${values.join('、')}`,
  emptyValue: '空值',
  constant: (json) => `必须为 ${json}`,
  type: (types) => `必须是${types.map((t) => TYPES_ZH[t] ?? t).join('或')}`,
  date: '必须是日期（YYYY-MM-DD）',
  format: (format) => `必须是有效的 ${format}`,
  pattern: (pattern) => `不符合规定的格式 ${pattern}`,
  exactlyOneOf: (choices) => `必须且只能有以下之一：${choices.join('、')}`,
  notValid: (title) => (title === undefined ? '不是有效的值' : `不是有效的 ${title}`),
  minItems: (limit) => `至少需要 ${limit} 项`,
  maxLength: (limit) => `超过 ${limit} 个字符`,
  notEmpty: '不能为空',
  minLength: (limit) => `至少需要 ${limit} 个字符`,
  uniqueItems: (j, i) => `含有重复项（索引 ${j} 与 ${i}）`,
  otherKeyword: (keyword, message) => `不满足 JSON Schema 的 ${keyword} 约束（${message}）`,
}

export const IO_MESSAGES: Record<Language, IoMessages> = {en, 'zh-CN': zhCN}
