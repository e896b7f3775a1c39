import {localized} from '../../catalog/catalog.js'
import {determineSaq, saqDefinitions} from '../../catalog/saq.js'
import type {Scoping} from '../../generated/answers.js'
import {ELIGIBILITY_MESSAGES} from './eligibility-messages.js'
import type {WalkthroughSession} from './session.js'

/**
 * Merchants, under a catalog that defines SAQ types: asks each eligibility criterion the file has not answered,
 * SAQ by SAQ, then says which SAQ the answers give, or that none does and what that means.
 */
export async function askEligibility(s: WalkthroughSession): Promise<void> {
  const definitions = saqDefinitions(s.options.catalog)
  if (s.role() !== 'merchant' || definitions.length === 0) return
  const m = ELIGIBILITY_MESSAGES[s.lang]
  const all = definitions.flatMap((saq) => saq.criteria)
  if (all.every((c) => typeof s.doc.get(['scoping', c.id]) === 'boolean')) {
    s.print(s.m.sectionComplete(m.section, m.criterionCount(all.length)))
  } else {
    s.heading(m.section)
    s.print(m.intro)
    for (const saq of definitions) {
      if (saq.criteria.every((c) => typeof s.doc.get(['scoping', c.id]) === 'boolean')) continue
      s.print(m.saqHeading(localized(saq.title, s.lang)))
      for (const criterion of saq.criteria) {
        if (typeof s.doc.get(['scoping', criterion.id]) === 'boolean') continue
        const value = await s.prompts.confirm({message: `${criterion.id} ${localized(criterion.text, s.lang)}`, default: false})
        await s.put(['scoping', criterion.id], value)
      }
    }
  }
  const scoping = Object.fromEntries(all.map((c) => [c.id, s.doc.get(['scoping', c.id])])) as Scoping
  const saq = determineSaq(s.options.catalog, 'merchant', scoping)!
  if (saq.type !== 'ineligible') {
    const chosen = definitions.find((d) => d.id === saq.type)!
    s.print(m.eligible(localized(chosen.title, s.lang)))
    return
  }
  s.print(m.ineligible)
  for (const {saq: id, criteria} of saq.unmet) s.print(m.unmet(id, criteria.join(', ')))
  s.print(m.fullAssessment)
}
