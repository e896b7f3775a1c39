import type {Condition} from '../generated/catalog.js'
import type {Language} from '../model/language.js'
import {ZH} from '../model/glossary.js'
import {otherStandardGroups} from '../model/references.js'
import {type CatalogControl, localized} from './catalog.js'

// East Asian Wide and Fullwidth ranges (Unicode UAX #11): a terminal gives each of these two columns.
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x20000, 0x3fffd],
]

/** Columns a string takes in a terminal: CJK and fullwidth characters count two, combining marks none. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (/\p{Mn}|\p{Me}|\p{Cf}/u.test(char)) continue
    width += WIDE.some(([low, high]) => code >= low && code <= high) ? 2 : 1
  }
  return width
}

/** Pads with spaces to a display width (not a character count). */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

/** Columns separated by two spaces, aligned by display width; the last column is not padded. */
export function renderTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))))
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : padToWidth(cell, widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => line + '\n')
    .join('')
}

const LABELS = {
  en: {
    id: 'ID',
    domain: 'DOMAIN',
    roles: 'ROLES',
    severity: 'SEVERITY',
    title: 'TITLE',
    domainField: 'Domain',
    rolesField: 'Roles',
    severityField: 'Severity',
    applies: 'Applies',
    deviceChecks: 'Device checks',
    scope: 'Scope',
    perSite: 'per site: each site of an organisation may answer it itself',
    interval: 'Interval',
    evidence: 'Evidence',
    deadline: 'Deadline',
    question: 'Question',
    guidance: 'Guidance',
    evidenceToKeep: 'Evidence to keep',
    steps: 'Remediation steps',
    references: 'References',
    pciDss: 'PCI DSS v4.0.1',
    sources: 'Sources',
  },
  'zh-CN': {
    id: '编号',
    domain: '领域',
    roles: '角色',
    severity: '严重程度',
    title: '标题',
    domainField: '领域',
    rolesField: '角色',
    severityField: '严重程度',
    applies: '适用条件',
    deviceChecks: '设备检查',
    scope: '作答范围',
    perSite: `按${ZH.site}：机构的每个${ZH.site}可自行作答`,
    interval: '检查间隔',
    evidence: '证据',
    deadline: '整改期限',
    question: '问题',
    guidance: '指引',
    evidenceToKeep: '需保留的证据',
    steps: '整改步骤',
    references: '参考',
    pciDss: 'PCI DSS v4.0.1',
    sources: '来源',
  },
} as const

/** The `catalog list` table: one row per control, with a header in the chosen language. */
export function renderControlTable(controls: readonly CatalogControl[], lang: Language): string {
  const l = LABELS[lang]
  return renderTable([
    [l.id, l.domain, l.roles, l.severity, l.title],
    ...controls.map((c) => [c.id, c.domain, c.roles.join(','), c.severity, oneLine(localized(c.title, lang))]),
  ])
}

/** `catalog show`: every field of one control, remediation steps as their raw templates. */
export function renderControlDetail(control: CatalogControl, lang: Language): string {
  const l = LABELS[lang]
  const zh = lang === 'zh-CN'
  const facts: [string, string][] = [
    [l.domainField, control.domain],
    [l.rolesField, control.roles.join(', ')],
    [l.severityField, control.severity],
    [l.applies, describeApplicability(control.applies_when, lang)],
  ]
  if (control.scope === 'site') facts.push([l.scope, l.perSite])
  if (control.device_checks?.length) facts.push([l.deviceChecks, control.device_checks.join(', ')])
  if (control.interval_days !== undefined) {
    facts.push([l.interval, zh ? `两次间隔不超过 ${control.interval_days} 天` : `at most ${control.interval_days} days between checks`])
  }
  const {required, max_age_days: maxAge} = control.evidence
  facts.push([
    l.evidence,
    zh ? `${required ? '必需' : '可选'}；不超过 ${maxAge} 天` : `${required ? 'required' : 'optional'}; at most ${maxAge} days old`,
  ])
  const days = control.remediation.deadline_days
  facts.push([l.deadline, zh ? `评估日期后 ${days} 天内` : `within ${days} days of the assessment date`])

  const references: [string, string][] = []
  if (control.references.pci_dss.length > 0) references.push([l.pciDss, control.references.pci_dss.join(', ')])
  for (const [standard, ids] of otherStandardGroups(control.references.other_standards)) references.push([standard, ids])
  if (control.references.sources?.length) references.push([l.sources, control.references.sources.join(', ')])

  const sections = [
    `${control.id}  ${oneLine(localized(control.title, lang))}\n`,
    renderTable(facts),
    section(l.question, localized(control.question, lang)),
    section(l.guidance, localized(control.guidance, lang)),
    section(l.evidenceToKeep, localized(control.evidence.description, lang)),
    `${l.steps}\n` +
      control.remediation.steps.map((step, i) => indent(localized(step, lang), `  ${i + 1}. `)).join(''),
    `${l.references}\n` + indent(renderTable(references).trimEnd(), '  '),
  ]
  return sections.join('\n')
}

/** A control's applicability in words. */
export function describeApplicability(condition: Condition | undefined, lang: Language): string {
  if (condition === undefined) return lang === 'zh-CN' ? '始终适用' : 'always'
  return lang === 'zh-CN' ? `当 ${describeCondition(condition, lang)} 时` : `when ${describeCondition(condition, lang)}`
}

/** A condition in words, e.g. `terminal_connections includes ip and location_count is at least 2`. */
export function describeCondition(condition: Condition, lang: Language): string {
  const zh = lang === 'zh-CN'
  const nested = (c: Condition) => (('all' in c && c.all.length > 1) || ('any' in c && c.any.length > 1) ? `(${describeCondition(c, lang)})` : describeCondition(c, lang))
  if ('all' in condition) return condition.all.map(nested).join(zh ? ' 且 ' : ' and ')
  if ('any' in condition) return condition.any.map(nested).join(zh ? ' 或 ' : ' or ')
  if ('not' in condition) {
    const inner = condition.not
    if ('equals' in inner) return zh ? `${inner.fact} 不为 ${inner.equals}` : `${inner.fact} is not ${inner.equals}`
    if ('includes' in inner) return zh ? `${inner.fact} 不包含 ${inner.includes}` : `${inner.fact} does not include ${inner.includes}`
    if ('at_least' in inner) return zh ? `${inner.fact} 小于 ${inner.at_least}` : `${inner.fact} is below ${inner.at_least}`
    return zh ? `非（${describeCondition(inner, lang)}）` : `not (${describeCondition(inner, lang)})`
  }
  if ('equals' in condition) return zh ? `${condition.fact} 为 ${condition.equals}` : `${condition.fact} is ${condition.equals}`
  if ('includes' in condition) return zh ? `${condition.fact} 包含 ${condition.includes}` : `${condition.fact} includes ${condition.includes}`
  return zh ? `${condition.fact} 至少为 ${condition.at_least}` : `${condition.fact} is at least ${condition.at_least}`
}

function section(heading: string, text: string): string {
  return `${heading}\n${indent(text, '  ')}`
}

/** Indents every line; the first line gets `first` (e.g. a list number) and the rest line up under it. */
function indent(text: string, first: string): string {
  const rest = ' '.repeat(displayWidth(first))
  return text
    .trimEnd()
    .split('\n')
    .map((line, i) => `${i === 0 ? first : rest}${line}`.trimEnd())
    .join('\n')
    .concat('\n')
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}
