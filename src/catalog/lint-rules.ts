import type {Diagnostic} from '../diagnostics/diagnostic.js'
import {ZH} from '../model/glossary.js'
import type {Language} from '../model/language.js'

/** Every rule `catalog lint` reports, with the one-line description SARIF lists. */
export const LINT_RULES = {
  'yaml-syntax': 'The file is not valid YAML (syntax error, duplicate key, or an alias bomb).',
  schema: 'The file does not match schemas/catalog.schema.json or schemas/catalog-meta.schema.json.',
  'duplicate-id': 'Two controls share an id.',
  'id-prefix': "A control id does not start with its file's prefix.",
  'domain-file': 'A domain file is not named <domain>.yaml, or its prefix is not the one fixed for its domain.',
  'unknown-pci-requirement': 'A references.pci_dss entry is not a requirement of PCI DSS v4.0.1.',
  'missing-language': 'A text lacks one of the languages catalog.yaml declares.',
  'template-syntax': 'A remediation step is not a template Handlebars can compile.',
  'template-variable': 'A remediation step names a variable or helper the remediation context does not provide.',
  'unknown-fact': 'An applies_when condition names a fact the answers profile does not have, or interval_fact names no whole-number profile fact.',
  'empty-folder': 'A folder given to lint holds no YAML files.',
  'file-too-large': 'A file is larger than posattest reads (5 MiB).',
  'binary-file': 'A file is not UTF-8 text.',
  'unreadable-file': 'A file could not be read (permissions, or it vanished).',
  'missing-domain-file': 'catalog.yaml lists a domain whose file does not exist.',
  'missing-catalog-yaml': 'A folder of control files has no catalog.yaml.',
  'unlisted-file': 'A YAML file in a catalog folder is not listed in catalog.yaml.',
  'saq-types-missing':
    'catalog.yaml defines saq_types, but a merchant control lists none, an acquirer-only control lists some, or an SAQ has no control.',
  'no-reference': 'A control cites neither a PCI DSS requirement nor a requirement of another PCI standard.',
  'glossary-term':
    "A Chinese text writes a glossary term another way than src/model/glossary.ts chooses, or a domain's description first mentions a term without the merchant's everyday word (终端（POS 机）).",
} as const satisfies Record<string, string>

export type LintRule = keyof typeof LINT_RULES

/** The same lines in Chinese: every rule has one (a missing one is a type error). */
const LINT_RULES_ZH: Readonly<Record<LintRule, string>> = {
  'yaml-syntax': '文件不是有效的 YAML（语法错误、键重复或别名炸弹）。',
  schema: '文件不符合 schemas/catalog.schema.json 或 schemas/catalog-meta.schema.json。',
  'duplicate-id': `两个${ZH.control}的编号相同。`,
  'id-prefix': `${ZH.control}编号不以所在文件的前缀开头。`,
  'domain-file': '领域文件未按 <domain>.yaml 命名，或其前缀不是该领域规定的前缀。',
  'unknown-pci-requirement': 'references.pci_dss 中的条目不是 PCI DSS v4.0.1 的要求。',
  'missing-language': `文本缺少 catalog.yaml 声明的某种语言。`,
  'template-syntax': '整改步骤不是 Handlebars 能编译的模板。',
  'template-variable': '整改步骤使用了整改上下文中没有的变量或辅助函数。',
  'unknown-fact': 'applies_when 条件使用了答案 profile 中没有的事实，或 interval_fact 未指向整数型的 profile 事实。',
  'empty-folder': '交给 lint 的文件夹中没有 YAML 文件。',
  'file-too-large': '文件超出 posattest 读取的大小上限（5 MiB）。',
  'binary-file': '文件不是 UTF-8 文本。',
  'unreadable-file': '无法读取文件（权限不足，或文件已不存在）。',
  'missing-domain-file': 'catalog.yaml 列出的领域没有对应的文件。',
  'missing-catalog-yaml': `${ZH.control}文件所在的文件夹中没有 catalog.yaml。`,
  'unlisted-file': `${ZH.catalog}文件夹中的 YAML 文件未列在 catalog.yaml 中。`,
  'saq-types-missing': `catalog.yaml 定义了 saq_types，但某个商户${ZH.control}未列出任何 SAQ、某个仅限收单机构的${ZH.control}列出了 SAQ，或某个 SAQ 没有${ZH.control}。`,
  'no-reference': `${ZH.control}既未引用 PCI DSS 要求，也未引用其他 PCI 标准的要求。`,
  'glossary-term': `中文文本用其他写法表示术语表中的术语（例如不写“${ZH.terminalRegister}”而用别的说法），或领域说明首次提到术语时未附商户的日常说法（如“${ZH.terminal}（POS 机）”）。`,
}

/** Each rule's one line in a language, for SARIF. */
export function lintRules(language: Language): Readonly<Record<LintRule, string>> {
  return language === 'en' ? LINT_RULES : LINT_RULES_ZH
}

/**
 * Problems that mean an input could not be read as YAML text at all; `catalog lint` exits 2 for
 * these (unreadable input) and 1 for everything found inside readable files.
 */
export const UNREADABLE_INPUT_RULES: ReadonlySet<string> = new Set<LintRule>([
  'empty-folder',
  'file-too-large',
  'binary-file',
  'unreadable-file',
])

/** 2 when an input could not be read, 1 for findings, 0 when clean (warnings do not fail). */
export function lintExitCode(diagnostics: readonly Diagnostic[]): 0 | 1 | 2 {
  if (diagnostics.some((d) => UNREADABLE_INPUT_RULES.has(d.rule))) return 2
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0
}
