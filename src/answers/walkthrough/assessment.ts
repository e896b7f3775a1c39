import {addDays, addYears} from '../../model/day.js'
import {LANGUAGE_NAMES, LANGUAGES} from '../../model/language.js'
import type {YamlPath} from '../answers-document.js'
import {ASSESSMENT_MESSAGES} from './assessment-messages.js'
import type {WalkthroughSession} from './session.js'

/** Asks the assessment details the file lacks: the entity, the role, the dates, the assessor, the report language. */
export async function askAssessment(s: WalkthroughSession): Promise<void> {
  const m = ASSESSMENT_MESSAGES[s.lang]
  if (assessmentComplete(s)) {
    const a = s.doc.get(['assessment']) as Record<string, any>
    s.print(s.m.sectionComplete(m.section, `${a.entity.legal_name}, ${a.role}, ${a.date}`))
    return
  }
  s.heading(m.section)
  const ask = async (p: YamlPath, question: () => Promise<string>) => {
    if (s.has(['assessment', ...p])) return
    const value = await question()
    if (value !== '') await s.put(['assessment', ...p], value)
    else await s.dropPlaceholder(['assessment', ...p])
  }
  await ask(['entity', 'legal_name'], () => s.text(m.legalName, {required: true}))
  await ask(['entity', 'trading_name'], () => s.text(m.tradingName))
  await ask(['role'], () =>
    s.prompts.select({
      message: m.role,
      choices: [
        {value: 'merchant', name: m.roleMerchant},
        {value: 'acquirer', name: m.roleAcquirer},
      ],
    }),
  )
  if (s.role() === 'merchant') {
    await ask(['entity', 'merchant_id'], () => s.text(m.merchantId, {required: true, identifier: true}))
    await ask(['acquirer'], () => s.text(m.acquirerName, {required: true}))
  } else {
    await ask(['entity', 'acquirer_id'], () => s.text(m.acquirerId, {required: true, identifier: true}))
  }
  await ask(['entity', 'country'], async () =>
    (await s.text(m.country, {check: (v) => (/^[A-Za-z]{2}$/.test(v) ? undefined : m.badCountry)})).toUpperCase(),
  )
  await ask(['date'], () => s.date(m.assessmentDate, {required: true, default: s.options.date}))
  const assessed = String(s.doc.get(['assessment', 'date']))
  await ask(['period', 'start'], () =>
    s.date(m.periodStart, {required: true, default: addDays(addYears(assessed, -1), 1), notAfter: assessed}),
  )
  const start = String(s.doc.get(['assessment', 'period', 'start']))
  await ask(['period', 'end'], () => s.date(m.periodEnd, {required: true, default: assessed, notBefore: start}))
  await ask(['assessor', 'name'], () => s.text(m.assessorName, {required: true}))
  await ask(['assessor', 'title'], () => s.text(m.assessorTitle, {required: true}))
  await ask(['assessor', 'email'], () =>
    s.text(m.assessorEmail, {
      required: true,
      maxLength: 254,
      check: (v) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? undefined : m.badEmail),
    }),
  )
  await ask(['language'], () =>
    s.prompts.select({
      message: m.reportLanguage,
      choices: LANGUAGES.map((l) => ({value: l, name: LANGUAGE_NAMES[l]})),
      default: s.lang,
    }),
  )
}

function assessmentComplete(s: WalkthroughSession): boolean {
  const has = (...p: string[]) => s.has(['assessment', ...p])
  const role = s.doc.get(['assessment', 'role'])
  const roleFields = role === 'merchant' ? has('entity', 'merchant_id') && has('acquirer') : role === 'acquirer' ? has('entity', 'acquirer_id') : false
  return (
    roleFields &&
    has('entity', 'legal_name') &&
    has('date') &&
    has('period', 'start') &&
    has('period', 'end') &&
    has('assessor', 'name') &&
    has('assessor', 'title') &&
    has('assessor', 'email') &&
    has('language')
  )
}
