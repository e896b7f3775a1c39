import {Document, isScalar, type Pair, Scalar, type YAMLMap} from 'yaml'
import {profileFacts} from '../catalog/applicability.js'
import {type Catalog, type CatalogControl, controlsForRole, localized} from '../catalog/catalog.js'
import {saqDefinitions} from '../catalog/saq.js'
import type {Condition, Role} from '../generated/catalog.js'
import {schemaDocument} from '../io/schemas.js'
import {DEVICE_STATE_LABELS, DEVICE_STATES} from '../model/device.js'
import {ZH} from '../model/glossary.js'
import {citationsText} from '../model/references.js'
import type {Language, Localized} from '../model/language.js'
import {ANSWER_STATUSES, type AnswerStatus} from '../model/status.js'
import {PLACEHOLDER} from './placeholder.js'

type Text = Localized

/** Comment lines are wrapped to this display width (a CJK character counts two). */
const COMMENT_WIDTH = 96

const ASK_BOOLEAN: Text = {en: 'CHANGE ME (true or false)', 'zh-CN': 'CHANGE ME（true 或 false）'}
const ASK_NUMBER: Text = {en: 'CHANGE ME (a number)', 'zh-CN': 'CHANGE ME（填数字）'}

/**
 * What each profile fact means, in the template's languages, and which roles are asked it.
 * A fact missing here (added to the schema later) falls back to the schema's description.
 */
/**
 * The profile facts as init writes and the walk-through asks them. `whenNamed`: asked only when a control of the
 * catalog names the fact (a catalog 1.0.0 assessment never needs it). `optional`: a setting of the entity's own (an
 * interval from its risk analysis) that the catalog has a default for: init leaves it out, the walk-through lets it
 * be skipped.
 */
const FACTS: Record<string, {roles: Role[]; help: Text; placeholder: Text; whenNamed?: true; optional?: true}> = {
  terminal_connections: {
    roles: ['merchant'],
    help: {
      en: 'How your terminals reach the processor: a list of ip, dial, cellular, wifi, bluetooth.',
      'zh-CN': `终端连接支付处理方的方式：从 ip、dial（拨号）、cellular（${ZH.cellular}）、wifi、bluetooth 中选填，写成列表。`,
    },
    placeholder: {en: 'CHANGE ME (e.g. [ip, cellular])', 'zh-CN': 'CHANGE ME（例如 [ip, cellular]）'},
  },
  p2pe_solution: {
    roles: ['merchant', 'acquirer'],
    help: {
      en: 'A PCI-listed P2PE solution protects every terminal (true or false).',
      'zh-CN': '所有终端都受 PCI 名录中的 P2PE 方案保护（true 或 false）。',
    },
    placeholder: ASK_BOOLEAN,
  },
  p2pe_listing_id: {
    roles: ['merchant'],
    help: {
      en: "The P2PE solution's PCI listing reference, if you use one.",
      'zh-CN': 'P2PE 方案在 PCI 名录中的编号（如使用 P2PE）。',
    },
    placeholder: {
      en: 'CHANGE ME (listing reference, or delete this line)',
      'zh-CN': 'CHANGE ME（名录编号；不使用 P2PE 则删除此行）',
    },
  },
  p2pe_listing_expiry: {
    roles: ['merchant'],
    // Shown in the AOC's Part 2e, not a scoping fact: written by hand beside p2pe_listing_id.
    whenNamed: true,
    help: {
      en: "Expiry date of the P2PE solution's PCI listing (YYYY-MM-DD), if you use one.",
      'zh-CN': 'P2PE 方案在 PCI 名录中的到期日（YYYY-MM-DD，如使用 P2PE）。',
    },
    placeholder: {en: 'CHANGE ME (YYYY-MM-DD, or delete this line)', 'zh-CN': 'CHANGE ME（YYYY-MM-DD；不使用 P2PE 则删除此行）'},
  },
  stores_card_data_electronically: {
    roles: ['merchant'],
    help: {
      en: 'Card data is stored in any electronic form: files, databases, till exports, photos (true or false).',
      'zh-CN': '以任何电子形式保存卡数据：文件、数据库、收银导出、照片等（true 或 false）。',
    },
    placeholder: ASK_BOOLEAN,
  },
  keeps_paper_records: {
    roles: ['merchant'],
    help: {
      en: 'Paper carrying card data (receipts, forms) is kept (true or false).',
      'zh-CN': '保留带有卡数据的纸质记录（签购单、表格等）（true 或 false）。',
    },
    placeholder: ASK_BOOLEAN,
  },
  location_count: {
    roles: ['merchant'],
    help: {en: 'How many shops or sites use terminals.', 'zh-CN': `使用${ZH.terminal}的${ZH.site}（门店等）数量。`},
    placeholder: ASK_NUMBER,
  },
  third_party_servicing: {
    roles: ['merchant', 'acquirer'],
    help: {
      en: "Someone other than your own staff installs or repairs terminals (true or false).",
      'zh-CN': '由本单位员工以外的人员安装或维修终端（true 或 false）。',
    },
    placeholder: ASK_BOOLEAN,
  },
  mobile_terminals: {
    roles: ['merchant'],
    help: {
      en: 'Terminals are carried to the customer: pay at table, delivery (true or false).',
      'zh-CN': '终端会被带到顾客身边使用，如桌边支付、送货上门（true 或 false）。',
    },
    placeholder: ASK_BOOLEAN,
  },
  unattended_terminals: {
    roles: ['merchant'],
    help: {
      en: 'Terminals run without staff present: kiosks, fuel pumps (true or false).',
      'zh-CN': '终端在无人值守的情况下运行，如自助机、加油机（true 或 false）。',
    },
    placeholder: ASK_BOOLEAN,
  },
  remote_key_injection: {
    roles: ['acquirer'],
    help: {
      en: 'Terminal keys are loaded remotely rather than in a key-injection facility (true or false).',
      'zh-CN': '终端密钥通过远程方式注入，而不是在密钥注入中心注入（true 或 false）。',
    },
    placeholder: ASK_BOOLEAN,
  },
  remote_updates: {
    roles: ['merchant', 'acquirer'],
    help: {
      en: 'Terminal software is pushed over the network by a terminal-management system (true or false).',
      'zh-CN': '终端软件由终端管理系统通过网络远程推送（true 或 false）。',
    },
    placeholder: ASK_BOOLEAN,
  },
  merchant_count: {
    roles: ['acquirer'],
    help: {en: 'How many merchants you deploy terminals to.', 'zh-CN': '贵机构为多少家商户部署终端。'},
    placeholder: ASK_NUMBER,
  },
  inspection_interval_days: {
    roles: ['merchant'],
    whenNamed: true,
    optional: true,
    help: {
      en: "Days between two inspections of each terminal, as your risk analysis sets them (PCI DSS 9.5.1.2.1); without it, the catalog's interval applies.",
      'zh-CN': `按贵公司风险分析确定的每台${ZH.terminal}两次${ZH.inspection}之间的天数（PCI DSS 9.5.1.2.1）；未填写时采用${ZH.catalog}规定的间隔。`,
    },
    placeholder: ASK_NUMBER,
  },
  terminal_log_retention_days: {
    roles: ['merchant'],
    whenNamed: true,
    optional: true,
    help: {
      en: 'Days your terminals keep their own transaction log before it is cleared (0 if it is cleared at every settlement).',
      'zh-CN': `${ZH.terminal}自身交易日志在清除前保留的天数（每次结算即清除的填 0）。`,
    },
    placeholder: ASK_NUMBER,
  },
}

/** Whether a profile fact may be left unanswered (see FACTS). */
export function isOptionalFact(fact: string): boolean {
  return FACTS[fact]?.optional === true
}

/** What each status means and needs, as the template's header explains it (one line per status, in the model's order). */
const STATUS_HELP: Record<AnswerStatus, Text> = {
  in_place: {en: 'the control is met (add the evidence asked for)', 'zh-CN': '已落实（请附上要求的证据）'},
  in_place_ccw: {
    en: 'met through a compensating control: fill in ccw (PCI DSS Appendix B)',
    'zh-CN': '通过补偿性控制落实：填写 ccw（PCI DSS 附录 B）',
  },
  not_applicable: {
    en: 'does not apply to you: say why in justification (Appendix C)',
    'zh-CN': '不适用：在 justification 中说明原因（附录 C）',
  },
  not_in_place: {
    en: 'not (fully) met: name an owner and a target_date',
    'zh-CN': `未（完全）落实：填写${ZH.owner} owner 和${ZH.targetDate} target_date`,
  },
}

function statusLines(lang: Language): string[] {
  return ANSWER_STATUSES.map((status) => `     ${status.padEnd(16)}${STATUS_HELP[status][lang]}`)
}

/** A terminal state as the Chinese template names it: 使用中（in-use）. */
function stateInChinese(state: (typeof DEVICE_STATES)[number]): string {
  return `${DEVICE_STATE_LABELS['zh-CN'][state]}（${state}）`
}

const T = {
  header: {
    en: (role: Role, catalog: Catalog) => [
      `posattest answers file: PCI DSS v${catalog.meta.pci_dss_version} card-terminal self-assessment (${role})`,
      `Catalog: ${catalog.meta.id} ${catalog.meta.version}, effective ${catalog.meta.effective}`,
      '',
      `1. Replace every ${PLACEHOLDER} value (dates are written YYYY-MM-DD).`,
      '2. Set the profile facts: they decide which controls apply to you.',
      '3. Give each control a status:',
      ...statusLines('en'),
      '   Evidence is a list of files beside this one (or https links) with the date each shows:',
      '     evidence:',
      '       - path: evidence/inspection-log.csv',
      '         date: 2026-11-14',
      '4. Never write a card number anywhere in this file.',
      '5. Check the file with: posattest validate <this file>',
    ],
    'zh-CN': (role: Role, catalog: Catalog) => [
      `posattest 答卷文件：PCI DSS v${catalog.meta.pci_dss_version} 银行卡受理终端安全自评估（${role === 'merchant' ? '商户' : '收单机构'}）`,
      `控制项目录：${catalog.meta.id} ${catalog.meta.version}，${catalog.meta.effective} 起生效`,
      '',
      `1. 替换所有 ${PLACEHOLDER} 值（日期格式为 YYYY-MM-DD）。`,
      '2. 填写 profile 中的各项事实：它们决定哪些控制项适用于您。',
      '3. 为每个控制项填写 status（状态）：',
      ...statusLines('zh-CN'),
      '   evidence（证据）是与本文件放在一起的文件（或 https 链接）列表，并注明证据所反映的日期：',
      '     evidence:',
      '       - path: evidence/inspection-log.csv',
      '         date: 2026-11-14',
      '4. 本文件中任何地方都不得填写银行卡号。',
      '5. 用以下命令检查本文件：posattest validate <本文件>',
    ],
  },
  assessment: {en: 'Who is assessed, by whom, and for which period.', 'zh-CN': '被评估方、评估人及评估期间。'},
  profile: {
    en: 'Scoping facts: they decide which controls apply.',
    'zh-CN': '范围事实：决定哪些控制项适用。',
  },
  scoping: {
    en: 'SAQ eligibility: true or false for each statement; the first SAQ whose statements are all true is yours.',
    'zh-CN': 'SAQ 适用资格：逐条填写 true 或 false；所有陈述均为 true 的第一种 SAQ 即适用于您。',
  },
  inventory: {
    en: [
      'Every card terminal: in use, spare, in repair or retired. For example:',
      '  - serial: "275-312-480"',
      '    make: Verifone',
      '    model: V240m',
      '    pts_approval: 4-40193',
      '    pts_expiry: 2030-04-30',
      '    location: Front counter',
      '    seal_ids: [SL-004211]',
      '    last_inspection: 2026-11-14',
      '    firmware: VOS3 1.2.4',
      '    state: in-use',
    ],
    'zh-CN': [
      `所有银行卡受理${ZH.terminal}：${DEVICE_STATES.slice(0, -1).map(stateInChinese).join('、')}或${stateInChinese(DEVICE_STATES.at(-1)!)}。例如：`,
      '  - serial: "275-312-480"',
      '    make: Verifone',
      '    model: V240m',
      '    pts_approval: 4-40193',
      '    pts_expiry: 2030-04-30',
      '    location: 前台收银台',
      '    seal_ids: [SL-004211]',
      '    last_inspection: 2026-11-14',
      '    firmware: VOS3 1.2.4',
      '    state: in-use',
    ],
  },
  sitesInventory: {
    en: 'With sites, every terminal is listed under its site (sites: below); leave this list empty.',
    'zh-CN': `有多个${ZH.site}时，每台${ZH.terminal}都列在其所在${ZH.site}下（见下方 sites:）；此处保持为空。`,
  },
  sites: {
    en: (perSite: readonly string[]) => [
      'The sites of the organisation. The answers above hold at every site; each site lists its own terminals ' +
        `under inventory and may answer these per-site controls itself, under controls, where it differs: ${perSite.join(', ')}.`,
      'posattest assess <this file> --site ID walks one site through them.',
    ],
    'zh-CN': (perSite: readonly string[]) => [
      `本机构的各${ZH.site}。上方的回答适用于每个${ZH.site}；每个${ZH.site}在 inventory 下列出自己的${ZH.terminal}，` +
        `并可在与机构不同时，在 controls 下自行回答以下按${ZH.site}作答的${ZH.control}：${perSite.join('、')}。`,
      `posattest assess <本文件> --site 编号 会逐项询问一个${ZH.site}。`,
    ],
  },
  controls: {
    en: 'Answers, one per control, grouped by domain.',
    'zh-CN': '各控制项的回答，按领域分组。',
  },
  evidence: {
    en: (required: boolean, days: number) => `Evidence (${required ? 'required' : 'optional'}; at most ${days} days old): `,
    'zh-CN': (required: boolean, days: number) => `证据（${required ? '必需' : '可选'}；不超过 ${days} 天）：`,
  },
  appliesWhen: {en: 'Applies only when: ', 'zh-CN': '仅在以下情况适用：'},
  placeholders: {
    legal_name: {en: 'CHANGE ME (legal name of the company)', 'zh-CN': 'CHANGE ME（公司法定名称）'},
    trading_name: {en: 'CHANGE ME (trading name, or delete this line)', 'zh-CN': 'CHANGE ME（经营名称/招牌名；没有则删除此行）'},
    merchant_id: {
      en: 'CHANGE ME (merchant id from your acquirer, or delete this line)',
      'zh-CN': 'CHANGE ME（收单机构分配的商户号；没有则删除此行）',
    },
    acquirer_id: {
      en: 'CHANGE ME (your acquirer id, e.g. BIN or institution code, or delete this line)',
      'zh-CN': 'CHANGE ME（收单机构代码；没有则删除此行）',
    },
    country: {en: 'CHANGE ME (two letters, e.g. GB)', 'zh-CN': 'CHANGE ME（两个大写字母，如 CN）'},
    acquirer: {en: 'CHANGE ME (the bank or company that acquires your card payments)', 'zh-CN': 'CHANGE ME（为您提供收单服务的银行或机构）'},
    date: {en: 'CHANGE ME (YYYY-MM-DD, the day the assessment is signed)', 'zh-CN': 'CHANGE ME（YYYY-MM-DD，评估签署日期）'},
    start: {en: 'CHANGE ME (YYYY-MM-DD, first day assessed)', 'zh-CN': 'CHANGE ME（YYYY-MM-DD，评估期间第一天）'},
    end: {en: 'CHANGE ME (YYYY-MM-DD, last day assessed)', 'zh-CN': 'CHANGE ME（YYYY-MM-DD，评估期间最后一天）'},
    name: {en: 'CHANGE ME (who completed the assessment)', 'zh-CN': 'CHANGE ME（完成评估的人员姓名）'},
    title: {en: 'CHANGE ME (their job title)', 'zh-CN': 'CHANGE ME（职务）'},
    email: {en: 'CHANGE ME (their email address)', 'zh-CN': 'CHANGE ME（电子邮箱）'},
  },
} as const

/**
 * The facts a control names: those its condition tests, its interval_fact, and the profile values its remediation
 * steps print.
 */
function factsNamedBy(control: CatalogControl): string[] {
  const steps = control.remediation.steps.flatMap((step) => Object.values(step))
  return [
    ...(control.applies_when ? conditionFacts(control.applies_when) : []),
    ...(control.interval_fact ? [control.interval_fact] : []),
    ...steps.flatMap((text) => [...(text ?? '').matchAll(/\bprofile\.([a-z][a-z0-9_]*)/g)].map((m) => m[1]!)),
  ]
}

/** The profile facts a role is asked: its own ones, plus any its controls name. */
export function factsForRole(catalog: Catalog, role: Role): string[] {
  const named = new Set(controlsForRole(catalog, role).flatMap(factsNamedBy))
  return profileFacts()
    .filter((fact) => named.has(fact) || (!FACTS[fact]?.whenNamed && (FACTS[fact]?.roles ?? ['merchant', 'acquirer']).includes(role)))
    .sort((a, b) => factOrder(a) - factOrder(b))
}

/**
 * The text of a fresh answers file for one role: every control of the role in catalog order with its
 * question and expected evidence as comments, `status` left empty, and CHANGE ME placeholders where
 * only the user can say. `posattest validate` accepts its shape and points at what is left to fill.
 */
export function buildAnswersTemplate(catalog: Catalog, role: Role, lang: Language, options: {sites?: readonly TemplateSite[]} = {}): string {
  const sites = options.sites ?? []
  const p = T.placeholders
  const entity: Record<string, string> = {legal_name: p.legal_name[lang], trading_name: p.trading_name[lang]}
  if (role === 'merchant') entity.merchant_id = p.merchant_id[lang]
  else entity.acquirer_id = p.acquirer_id[lang]
  entity.country = p.country[lang]
  const assessment: Record<string, unknown> = {entity, role}
  if (role === 'merchant') assessment.acquirer = p.acquirer[lang]
  Object.assign(assessment, {
    date: p.date[lang],
    period: {start: p.start[lang], end: p.end[lang]},
    assessor: {name: p.name[lang], title: p.title[lang], email: p.email[lang]},
    language: lang,
  })

  const facts = factsForRole(catalog, role)
  const controls = controlsForRole(catalog, role)
  const criteria = role === 'merchant' ? saqDefinitions(catalog).flatMap((saq) => saq.criteria) : []
  const doc = new Document({
    schema_version: 1,
    catalog_version: catalog.meta.version,
    assessment,
    profile: Object.fromEntries(
      facts
        .filter((f) => !isOptionalFact(f))
        // An organisation with sites knows how many locations it has: the list says so.
        .map((f) => [f, f === 'location_count' && sites.length > 0 ? sites.length : factPlaceholder(f, lang)]),
    ),
    // A merchant under a catalog with SAQ types confirms (true) or denies (false) each eligibility criterion.
    ...(criteria.length > 0 ? {scoping: Object.fromEntries(criteria.map((c) => [c.id, null]))} : {}),
    inventory: [],
    controls: Object.fromEntries(controls.map((c) => [c.id, {status: null}])),
    ...(sites.length > 0
      ? {sites: sites.map((s) => ({id: s.id, name: s.name, ...(s.address === undefined ? {} : {address: s.address}), inventory: []}))}
      : {}),
  })
  doc.commentBefore = comment(T.header[lang](role, catalog))

  const root = doc.contents as YAMLMap
  commentKey(pairOf(root, 'assessment'), [T.assessment[lang]], true)
  const profile = pairOf(root, 'profile')
  commentKey(profile, [T.profile[lang]], true)
  for (const pair of (profile.value as YAMLMap).items) {
    const fact = keyOf(pair)
    commentKey(pair, [FACTS[fact]?.help[lang] ?? factDescription(fact)])
  }
  if (criteria.length > 0) {
    const scoping = pairOf(root, 'scoping')
    commentKey(scoping, [T.scoping[lang]], true)
    for (const pair of (scoping.value as YAMLMap).items) {
      commentKey(pair, [localized(criteria.find((c) => c.id === keyOf(pair))!.text, lang)])
    }
  }
  commentKey(pairOf(root, 'inventory'), sites.length > 0 ? [T.sitesInventory[lang]] : [...T.inventory[lang]], true)
  const controlsPair = pairOf(root, 'controls')
  commentKey(controlsPair, [T.controls[lang]], true)

  const domainOf = new Map(catalog.domains.map((d) => [d.id, d]))
  let lastDomain: string | undefined
  for (const pair of (controlsPair.value as YAMLMap).items) {
    const control = catalog.byId.get(keyOf(pair))!
    const lines: string[] = []
    if (control.domain !== lastDomain) {
      const domain = domainOf.get(control.domain)!
      const heading = `── ${localized(domain.title, lang)} (${domain.prefix}) `
      lines.push(heading + '─'.repeat(Math.max(4, COMMENT_WIDTH - displayWidth(heading))), ...wrap(localized(domain.description, lang)), '')
      lastDomain = control.domain
    }
    lines.push(`${control.id} ${localized(control.title, lang)}  [${control.severity}; ${citationsText(control.references.pci_dss, control.references.other_standards)}]`)
    // A blank line between controls, but none right under `controls:`.
    commentKey(pair, lines, pair !== (controlsPair.value as YAMLMap).items[0])
    const status = (pair.value as YAMLMap).items[0]!
    commentKey(status, controlComment(control, lang))
  }
  if (sites.length > 0) {
    const perSite = controls.filter((c) => c.scope === 'site').map((c) => c.id)
    commentKey(pairOf(root, 'sites'), [...T.sites[lang](perSite).flatMap((l) => wrap(l)), '', ...T.inventory[lang]], true)
  }
  return doc.toString({nullStr: '', lineWidth: 0, indentSeq: true})
}

/** A site of an organisation, as `init --sites` reads it from a list. */
export interface TemplateSite {
  id: string
  name: string
  address?: string
}

function controlComment(control: CatalogControl, lang: Language): string[] {
  const lines = [...wrap(localized(control.question, lang))]
  const evidence = control.evidence
  lines.push(...wrap(`${T.evidence[lang](evidence.required, evidence.max_age_days)}${localized(evidence.description, lang)}`))
  if (control.applies_when) lines.push(...wrap(`${T.appliesWhen[lang]}${describeCondition(control.applies_when)}`))
  return lines
}

/** A condition in words, e.g. `p2pe_solution is true and not (location_count at least 2)`. */
export function describeCondition(condition: Condition): string {
  if ('all' in condition) return condition.all.map(nested).join(' and ')
  if ('any' in condition) return condition.any.map(nested).join(' or ')
  if ('not' in condition) return `not ${nested(condition.not)}`
  if ('equals' in condition) return `${condition.fact} is ${String(condition.equals)}`
  if ('includes' in condition) return `${condition.fact} includes ${condition.includes}`
  return `${condition.fact} at least ${condition.at_least}`
}

function nested(condition: Condition): string {
  const text = describeCondition(condition)
  return 'all' in condition || 'any' in condition || 'not' in condition ? `(${text})` : text
}

function conditionFacts(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionFacts)
  if ('any' in condition) return condition.any.flatMap(conditionFacts)
  if ('not' in condition) return conditionFacts(condition.not)
  return [condition.fact]
}

function factOrder(fact: string): number {
  const order = Object.keys(schemaDocument('answers').$defs.profile.properties)
  return order.indexOf(fact)
}

function factDescription(fact: string): string {
  return schemaDocument('answers').$defs.profile.properties[fact]?.description ?? fact
}

function factPlaceholder(fact: string, lang: Language): string {
  return FACTS[fact]?.placeholder[lang] ?? `${PLACEHOLDER}`
}

function pairOf(map: YAMLMap, key: string): Pair {
  return map.items.find((p) => keyOf(p) === key)!
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
}

/** Puts comment lines above a mapping key (yaml attaches them to the key node). */
function commentKey(pair: Pair, lines: readonly string[], spaceBefore = false): void {
  const key = isScalar(pair.key) ? pair.key : new Scalar(keyOf(pair))
  key.commentBefore = comment(lines)
  if (spaceBefore) key.spaceBefore = true
  pair.key = key
}

function comment(lines: readonly string[]): string {
  return lines.map((l) => (l === '' ? '' : ` ${l}`)).join('\n')
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/
const NO_LINE_START = /^[，。、；：！？）》」』】,.;:!?)]/

function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) width += CJK.test(ch) ? 2 : 1
  return width
}

/** Word-wraps prose for comments; CJK text may break between any two characters. */
export function wrap(text: string, width = COMMENT_WIDTH): string[] {
  const tokens = text.replace(/\s+/g, ' ').trim().match(/ ?(?:[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[^ \u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+)/g)
  if (!tokens) return ['']
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    if (line !== '' && displayWidth(line + token) > width && !NO_LINE_START.test(token.trimStart())) {
      lines.push(line)
      line = token.trimStart()
    } else {
      line += token
    }
  }
  lines.push(line)
  return lines
}
