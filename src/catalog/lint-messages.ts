import {ZH} from '../model/glossary.js'
import type {Language} from '../model/language.js'

/** The part of a catalog text a message names. */
export type TextPart =
  | {kind: 'title' | 'description' | 'question' | 'guidance' | 'evidence'}
  | {kind: 'step'; step: number}

/**
 * What `catalog lint` says of a catalog, in English; the other languages follow its shape, so a missing
 * translation is a type error. Rule ids, keys, ids, file names and language codes are the same in every language.
 */
const en = {
  emptyFolder: 'no YAML files in this folder',
  missingCatalogYaml: (meta: string, languages: readonly string[]) =>
    `no ${meta}: a catalog folder lists its domain files there; linting the files as controls in ${languages.join(' and ')}`,
  missingDomainFile: (domain: string, name: string) => `domain ${domain} is listed but ${name} does not exist`,
  unlistedFile: (meta: string) => `not listed in ${meta} domains, so its controls are not part of the catalog`,
  domainFileName: (domain: string, name: string) => `domain ${domain} belongs in ${domain}.yaml, not ${name}`,
  domainPrefix: (domain: string, expected: string, prefix: string) => `domain ${domain} uses prefix ${expected}, not ${prefix}`,
  duplicateId: (id: string, first: string) => `duplicate control id ${id}; first defined at ${first}`,
  idPrefix: (id: string, prefix: string) => `control id ${id} does not use this file's prefix ${prefix}`,
  /** A text of the file (no control) or of a control (its id, or `controls[3]`). */
  part: (control: string | undefined, part: TextPart) => {
    const name = part.kind === 'step' ? `remediation step ${part.step}` : part.kind === 'evidence' ? 'evidence description' : part.kind
    return control === undefined ? name : `${control} ${name}`
  },
  missingLanguage: (label: string, language: string) => `${label} has no ${language} text`,
  templateProblem: (step: string, language: string, problem: string) => `${step} (${language}) ${problem}`,
  doesNotCompile: (detail: string) => `does not compile: ${detail}`,
  parseError: (line: string, column: number, expecting: string) => `parse error on line ${line}, column ${column}: ${expecting}`,
  unknownPciRequirement: (requirement: string) => `${requirement} is not a PCI DSS v4.0.1 requirement`,
  unknownFact: (fact: string, hints: readonly string[]) => `unknown profile fact ${fact}${hints.length ? ` (did you mean ${hints.join(' or ')}?)` : ''}`,

  // remediation-step templates (template-variables.ts)
  partial: 'uses a partial ({{> ...}}); remediation steps cannot include partials',
  decorator: 'uses a decorator ({{* ...}}); remediation steps cannot use decorators',
  blockWithoutHash: (name: string) => `uses {{${name}}} without #; write {{#${name} ...}}...{{/${name}}}`,
  helperWithoutArgument: (name: string) => `calls helper ${name} without an argument (e.g. {{${name} devices}})`,
  unknownHelper: (name: string, helpers: readonly string[]) => `names unknown helper ${name} (helpers: ${helpers.join(', ')})`,
  eachWithoutList: 'uses {{#each}} without exactly one list to walk (e.g. {{#each devices}})',
  conditionCount: (name: string) => `uses {{#${name}}} without exactly one condition`,
  helperAsBlock: (name: string) => `uses helper ${name} as a block; write {{${name} ...}}`,
  unknownBlockHelper: (label: string, blocks: readonly string[]) => `names unknown block helper ${label} (blocks: ${blocks.join(', ')})`,
  outsideEach: (name: string) => `names ${name} outside {{#each}}`,
  unknownDataVariable: (name: string) => `names unknown data variable ${name}`,
  listPosition: (name: string, position: string) => `names ${name}, but ${position} is a list position`,
  aboveTop: (name: string) => `names ${name}, which reaches above the top of the context`,
  unknownDeviceFieldInEach: (name: string, fields: readonly string[]) => `names unknown device field ${name} inside {{#each}} (fields: ${fields.join(', ')})`,
  unknownDeviceField: (name: string) => `names unknown device field ${name}`,
  plainValueField: (name: string) => `names ${name} inside an {{#each}} over plain values; use {{this}}`,
  unknownVariable: (name: string) => `names unknown variable ${name}`,

  // SAQ scoping and references
  saqWithoutControls: (id: string) => `SAQ ${id} is defined but no control lists it in saq_types`,
  merchantControlWithoutSaq: (label: string, defined: readonly string[]) =>
    `merchant control ${label} lists no saq_types (the SAQs it serves: ${defined.join(', ')})`,
  saqOnNonMerchantControl: (label: string) => `${label} is not a merchant control, so it serves no SAQ; remove its saq_types`,
  offGlossary: (word: string, chosen: string, meaning: string) => `writes ${word} for ${meaning}; the glossary's word is ${chosen}`,
  everydayMissing: (term: string, everyday: string) => `the description first mentions ${term} without the merchant's word: write ${term}（${everyday}）`,
  unknownIntervalFact: (fact: string, facts: readonly string[]) =>
    `interval_fact ${fact} is not a whole-number profile fact (one of: ${facts.join(', ')})`,
  noReference: (label: string) => `${label} cites no requirement: give references.pci_dss or references.other_standards`,
}

/** The texts above, and their types, are the ones every language has. */
export type LintMessages = typeof en

const PARTS_ZH: Readonly<Record<Exclude<TextPart['kind'], 'step'>, string>> = {
  title: '标题',
  description: '说明',
  question: '问题',
  guidance: '指引',
  evidence: `${ZH.evidence}说明`,
}

const zhCN: LintMessages = {
  emptyFolder: '此文件夹中没有 YAML 文件',
  missingCatalogYaml: (meta, languages) =>
    `缺少 ${meta}：${ZH.catalog}文件夹应在其中列出各领域文件；现将这些文件按${ZH.control}文件检查，语言为 ${languages.join(' 和 ')}`,
  missingDomainFile: (domain, name) => `已列出领域 ${domain}，但 ${name} 不存在`,
  unlistedFile: (meta) => `未列在 ${meta} 的 domains 中，因此其中的${ZH.control}不属于该${ZH.catalog}`,
  domainFileName: (domain, name) => `领域 ${domain} 应写在 ${domain}.yaml 中，而不是 ${name}`,
  domainPrefix: (domain, expected, prefix) => `领域 ${domain} 的前缀应为 ${expected}，而不是 ${prefix}`,
  duplicateId: (id, first) => `${ZH.control}编号 ${id} 重复；首次定义于 ${first}`,
  idPrefix: (id, prefix) => `${ZH.control}编号 ${id} 未使用本文件的前缀 ${prefix}`,
  part: (control, part) => {
    const name = part.kind === 'step' ? `第 ${part.step} 条整改步骤` : PARTS_ZH[part.kind]
    return control === undefined ? name : `${control} 的${name}`
  },
  missingLanguage: (label, language) => `${label}缺少 ${language} 文本`,
  templateProblem: (step, language, problem) => `${step}（${language}）${problem}`,
  doesNotCompile: (detail) => `无法编译：${detail}`,
  parseError: (line, column, expecting) => `第 ${line} 行第 ${column} 列解析错误：${expecting}`,
  unknownPciRequirement: (requirement) => `${requirement} 不是 PCI DSS v4.0.1 中的要求`,
  unknownFact: (fact, hints) => `未知的 profile 事实 ${fact}${hints.length ? `（是否应为 ${hints.join(' 或 ')}？）` : ''}`,

  partial: '使用了局部模板（{{> ...}}）；整改步骤中不能包含局部模板',
  decorator: '使用了装饰器（{{* ...}}）；整改步骤中不能使用装饰器',
  blockWithoutHash: (name) => `{{${name}}} 缺少 #；应写成 {{#${name} ...}}...{{/${name}}}`,
  helperWithoutArgument: (name) => `调用辅助函数 ${name} 时没有参数（例如 {{${name} devices}}）`,
  unknownHelper: (name, helpers) => `使用了未知的辅助函数 ${name}（可用：${helpers.join('、')}）`,
  eachWithoutList: '{{#each}} 必须且只能遍历一个列表（例如 {{#each devices}}）',
  conditionCount: (name) => `{{#${name}}} 必须且只能有一个条件`,
  helperAsBlock: (name) => `把辅助函数 ${name} 用作块；应写成 {{${name} ...}}`,
  unknownBlockHelper: (label, blocks) => `使用了未知的块辅助函数 ${label}（可用：${blocks.join('、')}）`,
  outsideEach: (name) => `在 {{#each}} 之外使用了 ${name}`,
  unknownDataVariable: (name) => `使用了未知的数据变量 ${name}`,
  listPosition: (name, position) => `使用了 ${name}，但 ${position} 是列表中的位置序号`,
  aboveTop: (name) => `使用了 ${name}，超出了上下文的顶层`,
  unknownDeviceFieldInEach: (name, fields) => `在 {{#each}} 中使用了未知的${ZH.terminal}字段 ${name}（可用字段：${fields.join('、')}）`,
  unknownDeviceField: (name) => `使用了未知的${ZH.terminal}字段 ${name}`,
  plainValueField: (name) => `在遍历普通值的 {{#each}} 中使用了 ${name}；应使用 {{this}}`,
  unknownVariable: (name) => `使用了未知的变量 ${name}`,

  saqWithoutControls: (id) => `定义了 SAQ ${id}，但没有${ZH.control}在 saq_types 中列出它`,
  merchantControlWithoutSaq: (label, defined) => `商户${ZH.control} ${label} 未列出 saq_types（可选的 SAQ：${defined.join('、')}）`,
  saqOnNonMerchantControl: (label) => `${label} 不是商户${ZH.control}，不适用于任何 SAQ；请删除其 saq_types`,
  offGlossary: (word, chosen) => `写作“${word}”；术语表中的用词为“${chosen}”`,
  everydayMissing: (term, everyday) => `领域说明首次提到“${term}”时未附商户的日常说法：应写作“${term}（${everyday}）”`,
  unknownIntervalFact: (fact, facts) => `interval_fact ${fact} 不是整数型的 profile 事实（可选：${facts.join('、')}）`,
  noReference: (label) => `${label} 未引用任何要求：请填写 references.pci_dss 或 references.other_standards`,
}

export const LINT_MESSAGES: Record<Language, LintMessages> = {en, 'zh-CN': zhCN}
