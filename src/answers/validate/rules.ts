import {ZH} from '../../model/glossary.js'
import type {Language} from '../../model/language.js'

/** Rule ids `validate` reports, each with the one line SARIF shows. */
export const ANSWERS_RULES = {
  'yaml-syntax': 'The file is not well-formed YAML (or expands too many aliases).',
  'file-too-large': 'The file is larger than posattest reads.',
  'binary-file': 'The file is not UTF-8 text.',
  schema: 'The file does not match schemas/answers.schema.json.',
  placeholder: 'A CHANGE ME placeholder from `posattest init` is still there.',
  scoping: 'A scoping (SAQ eligibility) answer names no criterion of the catalog, or is given where none applies.',
  'scoping-missing': 'A merchant answers file has no scoping section, so no SAQ type is determined.',
  'scoping-unanswered': 'An SAQ eligibility criterion is not answered, so the SAQ type cannot be fully determined.',
  'unknown-control': 'An answer names a control the catalog does not have for this role.',
  unanswered: 'A control that applies to this assessment has no status.',
  'status-requirements':
    'A status lacks what it needs: not_applicable a justification, in_place_ccw a complete worksheet, not_in_place an owner and target date.',
  'evidence-missing': 'A control answered in place requires evidence and has none.',
  'evidence-stale': 'Evidence is older than the control allows on the assessment date.',
  'evidence-file': 'An evidence path does not name a file inside the answers folder.',
  'evidence-outside': 'An evidence path leads outside the answers folder through a symbolic link.',
  'review-by-missing': 'An exception (not_applicable or in_place_ccw) has no review_by date (a warning).',
  'review-by-too-far': 'An exception is to be reviewed more than 12 months after the assessment date.',
  inventory: 'The terminal inventory contradicts an in-place answer.',
  'duplicate-serial': 'Two terminals in the inventory have the same serial number.',
  'future-date': 'A date of something that already happened lies after the assessment date.',
  period: 'The assessment period ends before it starts.',
  'card-number': 'The file holds a card number (PAN); posattest never stores one.',
  'catalog-version-unknown': 'The answers name a catalog_version newer than the catalog they are checked against.',
  'control-new-since': 'A control of the role was added to the catalog after the version the answers were written for (a warning).',
  'control-changed-since': 'A control of the role changed after the catalog version the answers were written for (a warning).',
  'control-retired': 'An answer names a control retired since the catalog version the answers were written for (a warning).',
  'file-unreadable': 'The file could not be read.',
  'site-scope': 'A site answers a control the catalog has answered once for the whole organisation (only scope: site controls may differ per site).',
  'site-duplicate': 'Two sites have the same id.',
  'site-inventory': 'An answers file with sites lists a terminal outside every site.',
} as const satisfies Record<string, string>

export type AnswersRule = keyof typeof ANSWERS_RULES

/** The same lines in Chinese: every rule has one (a missing one is a type error). */
const ANSWERS_RULES_ZH: Readonly<Record<AnswersRule, string>> = {
  'yaml-syntax': '文件不是格式正确的 YAML（或展开的别名过多）。',
  'file-too-large': '文件超出 posattest 读取的大小上限。',
  'binary-file': '文件不是 UTF-8 文本。',
  schema: '文件不符合 schemas/answers.schema.json。',
  placeholder: '仍留有 `posattest init` 写入的 CHANGE ME 占位符。',
  scoping: '范围界定（SAQ 资格）的回答未对应目录中的任何标准，或在不适用时填写。',
  'scoping-missing': '商户答案文件没有 scoping 部分，因此无法确定 SAQ 类型。',
  'scoping-unanswered': 'SAQ 资格标准未回答，因此无法完全确定 SAQ 类型。',
  'unknown-control': `答案中的${ZH.control}不在该角色的${ZH.catalog}中。`,
  unanswered: `适用于本次评估的${ZH.control}没有 status。`,
  'status-requirements': `status 缺少所需内容：not_applicable 需要 justification，in_place_ccw 需要完整的${ZH.ccw}，not_in_place 需要${ZH.owner}和${ZH.targetDate}。`,
  'evidence-missing': `回答为已落实的${ZH.control}要求提供${ZH.evidence}，但没有提供。`,
  'evidence-stale': `在评估日，${ZH.evidence}已超过该${ZH.control}允许的时限。`,
  'evidence-file': `${ZH.evidence}路径指向的不是答案文件夹内的文件。`,
  'evidence-outside': `${ZH.evidence}路径经由符号链接指向答案文件夹之外。`,
  'review-by-missing': `${ZH.exception}（not_applicable 或 in_place_ccw）没有${ZH.reviewBy} review_by（警告）。`,
  'review-by-too-far': `${ZH.exception}的${ZH.reviewBy}晚于评估日期后 12 个月。`,
  inventory: `${ZH.terminalRegister}与已落实的回答相矛盾。`,
  'duplicate-serial': `${ZH.terminalRegister}中两台${ZH.terminal}的${ZH.serial}相同。`,
  'future-date': '已发生之事的日期晚于评估日。',
  period: '评估期间的结束日期早于开始日期。',
  'card-number': '文件中含有卡号（PAN）；posattest 从不存储卡号。',
  'catalog-version-unknown': `答案中的 catalog_version 比用于核对的${ZH.catalog}更新。`,
  'control-new-since': `该角色的某个${ZH.control}是在答案所依据的${ZH.catalog}版本之后新增的（警告）。`,
  'control-changed-since': `该角色的某个${ZH.control}在答案所依据的${ZH.catalog}版本之后有变更（警告）。`,
  'control-retired': `答案中的某个${ZH.control}在答案所依据的${ZH.catalog}版本之后已退役（警告）。`,
  'file-unreadable': '无法读取该文件。',
  'site-scope': `某个${ZH.site}回答了${ZH.catalog}规定由整个机构统一作答的${ZH.control}（只有 scope: site 的${ZH.control}才可因${ZH.site}而异）。`,
  'site-duplicate': `两个${ZH.site}的编号相同。`,
  'site-inventory': `含多个${ZH.site}的答案文件中有${ZH.terminal}未列在任何${ZH.site}下。`,
}

/** Each rule's one line in a language, for SARIF. */
export function answersRules(language: Language): Readonly<Record<AnswersRule, string>> {
  return language === 'en' ? ANSWERS_RULES : ANSWERS_RULES_ZH
}

/**
 * Rules that say an answer is incomplete rather than that the file is wrong (what they check is
 * src/model/completeness.ts). `validate` reports them (CI wants a complete file), but evaluation turns each into a
 * finding, so `evaluate` and `report` still run on them.
 */
export const COMPLETENESS_RULES: ReadonlySet<string> = new Set([
  'scoping-unanswered',
  'unanswered',
  'status-requirements',
  'evidence-missing',
  'evidence-stale',
  'inventory',
])
