import type {Device} from '../../generated/answers.js'
import type {Role} from '../../generated/catalog.js'
import {CCW_FIELD_NAMES, type CcwField} from '../../model/ccw.js'
import {daysBetween} from '../../model/day.js'
import type {DeviceCheckOptions, DeviceProblem} from '../../model/device-checks.js'
import {ZH} from '../../model/glossary.js'
import type {Language} from '../../model/language.js'
import {dotted, type Segment} from './paths.js'

/**
 * What `validate` says of an answers file, in English; the other languages follow its shape, so a missing
 * translation is a type error. Rule ids, paths into the file (`controls.CUS-01.status`), keys and status values
 * are the same in every language: a reader matches them against the file.
 */
const en = {
  /** A path into the file as a message names it. */
  path: (at: readonly Segment[]) => dotted(at),
  placeholder: (at: string, shown: string) => `${at}: replace the placeholder "${shown}"`,
  notAControlId: (key: string) => `controls.${key}: not a control id (answers are keyed by ids like CUS-01)`,
  quoteHint: (raw: string) => ` (write it in quotes to keep it as text: "${raw}")`,
  afterToday: (date: string, today: string) => `assessment.date: ${date} is after today (${today})`,
  afterAssessment: (at: string, when: string, date: string) => `${at}: ${when} is after the assessment date ${date}`,
  period: (start: string, end: string) => `assessment.period: start ${start} is after end ${end}`,
  notInCatalog: (id: string, catalog: string, version: string) => `controls.${id}: ${id} is not in the catalog (${catalog} ${version})`,
  notForRole: (id: string, role: Role, roles: readonly Role[]) => `controls.${id}: ${id} is not a ${role} control (it is for: ${roles.join(', ')})`,
  /** A control named with its title in this language. */
  control: (id: string, title: string) => `${id} (${title})`,
  notAnswered: (name: string) => `${name} is not answered: add it under controls with a status`,
  noStatus: (name: string, statuses: readonly string[]) =>
    `${name} has no status: answer ${statuses.slice(0, -1).join(', ')} or ${statuses.at(-1)}`,
  needsJustification: (id: string) => `${id}: not_applicable needs a justification (why the control does not apply to you)`,
  needsCcw: (id: string, fields: readonly CcwField[]) => `${id}: in_place_ccw needs a compensating controls worksheet (ccw: ${fields.join(', ')})`,
  needsOwner: (id: string) => `${id}: not_in_place needs an owner (who closes the gap)`,
  needsTargetDate: (id: string) => `${id}: not_in_place needs a target_date (when the gap will be closed)`,
  ccwRowEmpty: (id: string, row: string) => `${id}: ccw.${row} is empty; the worksheet needs all six parts`,
  targetBeforeAssessment: (id: string, target: string, date: string) => `${id}: target_date ${target} is before the assessment date ${date}`,
  needsEvidence: (id: string, status: string, wanted: string) => `${id}: ${status} needs evidence (${wanted})`,
  evidenceStale: (id: string, newest: string, age: number, date: string, limit: number) =>
    `${id}: the newest evidence, dated ${newest}, is ${age} days old on the assessment date ${date} (at most ${limit} allowed)`,
  duplicateSerial: (index: number, serial: string, earlier: number) => `inventory.${index}.serial: serial ${serial} is already used by inventory.${earlier}`,
  noTerminalInUse: (id: string) => `${id} is answered in_place, but the inventory lists no terminal in use`,
  /** `problem` is the English message of model/device-checks.ts; the other languages say it from the device. */
  terminalContradicts: (id: string, problem: DeviceProblem, _device: Device, _options: DeviceCheckOptions) =>
    `${id} is answered in_place, but ${problem.message}`,

  // sites (an organisation with several)
  /** A control as one site answers it. */
  siteControl: (id: string, site: string) => `${id} at site ${site}`,
  siteDuplicate: (index: number, id: string, earlier: number) => `sites.${index}.id: site ${id} is already sites.${earlier}; give each site its own id`,
  inventoryOutsideSites: (count: number) =>
    `inventory: with sites, every terminal is listed under its site (sites.N.inventory); move ${count === 1 ? 'this terminal to its site' : `these ${count} terminals to their sites`}`,
  duplicateSerialAt: (at: string, serial: string, earlier: string) => `${at}: serial ${serial} is already listed at ${earlier}`,
  siteUnknownControl: (at: string, id: string, catalog: string, version: string) =>
    `${at}: ${id} is not a control of this role in the catalog (${catalog} ${version})`,
  notPerSite: (at: string, id: string, site: string) =>
    `${at}: ${id} is answered once for the whole organisation, not per site; remove it from site ${site} (only controls the catalog marks scope: site may differ between sites)`,

  // card numbers: where one was found, then the message
  cardNumberIn: (at: string, isKey: boolean) => `${at}${isKey ? ' (a key)' : ''}`,
  cardNumberInComment: 'a comment',
  cardNumber: (where: string, masked: string) => `${where} holds a card number (${masked}); remove it: posattest never stores card numbers`,
  moreCardNumbers: (more: number) => `${more} more card numbers in the file are not listed; remove them all`,

  // evidence paths
  absolutePath: (at: string, raw: string) => `${at}: ${raw} is an absolute path; give it relative to the answers file's folder`,
  pointsOutside: (at: string, raw: string) => `${at}: ${raw} points outside the answers file's folder`,
  linksOutside: (at: string, shown: string) => `${at}: ${shown} leads outside the answers file's folder through a symbolic link`,
  cannotRead: (at: string, reason: string, shown: string) => `${at}: cannot be read (${reason}): ${shown}`,
  danglingLink: (at: string, shown: string) => `${at}: a symbolic link to nothing: ${shown}`,
  noSuchFile: (at: string, shown: string) => `${at}: no such file: ${shown}`,
  notAFile: (at: string, shown: string) => `${at}: not a file: ${shown}`,

  // SAQ scoping
  scopingByAcquirer: 'scoping: SAQ eligibility is answered by merchants only; remove it from an acquirer assessment',
  noSaqTypes: (catalog: string, version: string) => `scoping: the catalog (${catalog} ${version}) defines no SAQ types to scope`,
  scopingMissing: (criteria: readonly string[]) =>
    `no scoping section, so no SAQ type is determined and every merchant control applies: confirm or deny each eligibility criterion (${criteria.join(', ')}); posattest assess asks them`,
  notACriterion: (id: string, catalog: string, version: string) =>
    `scoping.${id}: ${id} is not an eligibility criterion of the catalog (${catalog} ${version})`,
  scopingUnanswered: (open: readonly string[]) =>
    `scoping: ${open.join(', ')} ${open.length === 1 ? 'is' : 'are'} not answered (true or false); an unanswered criterion counts as not met`,

  // catalog versions
  catalogTooNew: (version: string, catalog: string, current: string) =>
    `catalog_version: these answers are for catalog ${version}, newer than this catalog (${catalog} ${current}); use the posattest (or --catalog) they were written with`,
  controlNewSince: (name: string, version: string, from: string, to: string) =>
    `${name} is new in catalog ${version} (these answers are for ${from}): answer it, then set catalog_version: ${to}`,
  controlChangedSince: (name: string, version: string, from: string, to: string) =>
    `${name} changed in catalog ${version} (these answers are for ${from}): check its answer, then set catalog_version: ${to}`,
  controlRetired: (id: string, version: string, from: string) =>
    `controls.${id}: ${id} was retired in catalog ${version} (these answers are for ${from}) and is no longer assessed; remove its answer`,

  // exceptions
  reviewByMissing: (id: string, status: string, latest: string) =>
    `${id}: ${status} should have a review_by date (when the exception is reviewed again, at most 12 months after the assessment: ${latest})`,
  reviewByTooFar: (id: string, reviewBy: string, date: string, latest: string) =>
    `${id}: review_by ${reviewBy} is more than 12 months after the assessment date ${date} (at the latest ${latest})`,
}

/** The texts above, and their types, are the ones every language has. */
export type ValidateMessages = typeof en

const ROLES_ZH: Readonly<Record<Role, string>> = {merchant: ZH.merchant, acquirer: ZH.acquirer}

/** The inventory fields the identity check asks for, as the Chinese reasons of the result name them. */
const FIELDS_ZH: Readonly<Partial<Record<keyof Device, string>>> = {serial: ZH.serial, make: ZH.make, model: ZH.model, location: ZH.position}

/** A terminal failing a device check, in the words of the result's Chinese reasons (src/evaluation/reasons.ts). */
function terminalProblemZh(problem: DeviceProblem, device: Device, options: DeviceCheckOptions): string {
  const terminal = `${ZH.terminal} ${problem.serial}`
  switch (problem.check) {
    case 'identity':
      return `${terminal} 在${ZH.terminalRegister}中缺少${FIELDS_ZH[problem.field] ?? problem.field}`
    case 'seals':
      return `${terminal} 未记录${ZH.sealIds}`
    case 'inspection':
      return device.last_inspection
        ? `${terminal} 最近一次${ZH.inspection}早于评估日 ${daysBetween(device.last_inspection, options.date)} 天（最多允许 ${options.intervalDays} 天）`
        : `${terminal} 没有${ZH.inspection}记录`
    case 'pts_approval':
      return problem.field === 'pts_approval'
        ? `${terminal} 缺少 ${ZH.ptsApproval}编号`
        : device.pts_expiry
          ? `${terminal} 的 PTS 认证已于 ${device.pts_expiry} 过期`
          : `${terminal} 缺少 ${ZH.ptsExpiry}`
    case 'firmware':
      return `${terminal} 未记录${ZH.firmware}版本`
  }
}

const zhCN: ValidateMessages = {
  path: (at) => (at.length === 0 ? '（整个文件）' : dotted(at)),
  placeholder: (at, shown) => `${at}：请替换占位符“${shown}”`,
  notAControlId: (key) => `controls.${key}：不是${ZH.control}编号（答案以 CUS-01 这样的编号为键）`,
  quoteHint: (raw) => `（请加上引号写成 "${raw}"，才会保留为文本）`,
  afterToday: (date, today) => `assessment.date：${date} 晚于今天（${today}）`,
  afterAssessment: (at, when, date) => `${at}：${when} 晚于评估日 ${date}`,
  period: (start, end) => `assessment.period：开始日期 ${start} 晚于结束日期 ${end}`,
  notInCatalog: (id, catalog, version) => `controls.${id}：${ZH.catalog}（${catalog} ${version}）中没有 ${id}`,
  notForRole: (id, role, roles) => `controls.${id}：${id} 不是${ROLES_ZH[role]}的${ZH.control}（适用于：${roles.map((r) => ROLES_ZH[r]).join('、')}）`,
  control: (id, title) => `${id}（${title}）`,
  notAnswered: (name) => `${name}尚未作答：请在 controls 下添加该${ZH.control}并填写 status`,
  noStatus: (name, statuses) => `${name}没有 status：请填写 ${statuses.slice(0, -1).join('、')} 或 ${statuses.at(-1)}`,
  needsJustification: (id) => `${id}：not_applicable 需要填写 justification（说明该${ZH.control}为何不适用）`,
  needsCcw: (id, fields) => `${id}：in_place_ccw 需要填写${ZH.ccw}（ccw：${fields.join('、')}）`,
  needsOwner: (id) => `${id}：not_in_place 需要填写 owner（${ZH.owner}：由谁消除该${ZH.gap}）`,
  needsTargetDate: (id) => `${id}：not_in_place 需要填写 target_date（${ZH.targetDate}：何时消除该${ZH.gap}）`,
  ccwRowEmpty: (id, row) =>
    `${id}：ccw.${row}（${CCW_FIELD_NAMES['zh-CN'][row as CcwField] ?? row}）为空；${ZH.ccw}的六个部分都必须填写`,
  targetBeforeAssessment: (id, target, date) => `${id}：target_date ${target} 早于评估日 ${date}`,
  needsEvidence: (id, status, wanted) => `${id}：${status} 需要${ZH.evidence}（${wanted}）`,
  evidenceStale: (id, newest, age, date, limit) =>
    `${id}：最新${ZH.evidence}的日期为 ${newest}，至评估日 ${date} 已有 ${age} 天（最多允许 ${limit} 天）`,
  duplicateSerial: (index, serial, earlier) => `inventory.${index}.serial：${ZH.serial} ${serial} 已被 inventory.${earlier} 使用`,
  noTerminalInUse: (id) => `${id} 的回答为 in_place，但${ZH.terminalRegister}中没有${ZH.inUse}的${ZH.terminal}`,
  terminalContradicts: (id, problem, device, options) => `${id} 的回答为 in_place，但${terminalProblemZh(problem, device, options)}`,

  siteControl: (id, site) => `${ZH.site} ${site} 的 ${id}`,
  siteDuplicate: (index, id, earlier) => `sites.${index}.id：${ZH.site} ${id} 已是 sites.${earlier}；请为每个${ZH.site}使用不同的编号`,
  inventoryOutsideSites: (count) =>
    `inventory：有多个${ZH.site}时，每台${ZH.terminal}都应列在其所在${ZH.site}下（sites.N.inventory）；请将这 ${count} 台${ZH.terminal}移到所属${ZH.site}`,
  duplicateSerialAt: (at, serial, earlier) => `${at}：${ZH.serial} ${serial} 已列在 ${earlier}`,
  siteUnknownControl: (at, id, catalog, version) => `${at}：${ZH.catalog}（${catalog} ${version}）中没有该角色的${ZH.control} ${id}`,
  notPerSite: (at, id, site) =>
    `${at}：${id} 由整个机构统一作答，不按${ZH.site}作答；请从${ZH.site} ${site} 中删除（只有${ZH.catalog}标为 scope: site 的${ZH.control}才可因${ZH.site}而异）`,

  cardNumberIn: (at, isKey) => (isKey ? `${at}（键名）` : `${at} `),
  cardNumberInComment: '注释',
  cardNumber: (where, masked) => `${where}中含有卡号（${masked}）；请删除：posattest 从不存储卡号`,
  moreCardNumbers: (more) => `文件中另有 ${more} 个卡号未列出；请全部删除`,

  absolutePath: (at, raw) => `${at}：${raw} 是绝对路径；请改为相对于答案文件所在文件夹的路径`,
  pointsOutside: (at, raw) => `${at}：${raw} 指向答案文件所在文件夹之外`,
  linksOutside: (at, shown) => `${at}：${shown} 经由符号链接指向答案文件所在文件夹之外`,
  cannotRead: (at, reason, shown) => `${at}：无法读取（${reason}）：${shown}`,
  danglingLink: (at, shown) => `${at}：符号链接指向不存在的目标：${shown}`,
  noSuchFile: (at, shown) => `${at}：文件不存在：${shown}`,
  notAFile: (at, shown) => `${at}：不是文件：${shown}`,

  scopingByAcquirer: 'scoping：SAQ 资格只由商户回答；请从收单机构的评估中删除',
  noSaqTypes: (catalog, version) => `scoping：${ZH.catalog}（${catalog} ${version}）没有定义可供界定的 SAQ 类型`,
  scopingMissing: (criteria) =>
    `没有 scoping 部分，因此无法确定 SAQ 类型，所有商户${ZH.control}均适用：请逐一确认或否认各项资格标准（${criteria.join('、')}）；posattest assess 会逐项询问`,
  notACriterion: (id, catalog, version) => `scoping.${id}：${id} 不是${ZH.catalog}（${catalog} ${version}）中的资格标准`,
  scopingUnanswered: (open) => `scoping：${open.join('、')} 未回答（true 或 false）；未回答的标准视为未满足`,

  catalogTooNew: (version, catalog, current) =>
    `catalog_version：这些答案针对${ZH.catalog} ${version}，比当前${ZH.catalog}（${catalog} ${current}）更新；请使用编写这些答案时的 posattest（或 --catalog）`,
  controlNewSince: (name, version, from, to) => `${name} 是${ZH.catalog} ${version} 中新增的（这些答案针对 ${from}）：请作答，然后设置 catalog_version: ${to}`,
  controlChangedSince: (name, version, from, to) =>
    `${name} 在${ZH.catalog} ${version} 中有变更（这些答案针对 ${from}）：请核对其答案，然后设置 catalog_version: ${to}`,
  controlRetired: (id, version, from) => `controls.${id}：${id} 已在${ZH.catalog} ${version} 中退役（这些答案针对 ${from}），不再评估；请删除其答案`,

  reviewByMissing: (id, status, latest) =>
    `${id}：${status} 应有${ZH.reviewBy} review_by（该${ZH.exception}下次${ZH.review}的日期，最晚为评估日期后 12 个月：${latest}）`,
  reviewByTooFar: (id, reviewBy, date, latest) => `${id}：review_by ${reviewBy} 晚于评估日期 ${date} 后 12 个月（最晚 ${latest}）`,
}

export const VALIDATE_MESSAGES: Record<Language, ValidateMessages> = {en, 'zh-CN': zhCN}
