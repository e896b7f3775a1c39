import type {Catalog} from '../catalog/catalog.js'
import type {AnswersFile, Site} from '../generated/answers.js'
import type {
  AssessmentResult,
  ControlResult,
  Finding,
  FindingReason,
  LocalizedText,
  RemediationItem,
  SiteGap,
  SiteResult,
} from '../generated/result.js'
import {ZH} from '../model/glossary.js'
import {compareResults} from './changes.js'
import type {EvaluateOptions} from './evaluate.js'
import {scoreControls, SEVERITY_WEIGHT} from './scores.js'

type EvaluateOne = (catalog: Catalog, answers: AnswersFile, options: EvaluateOptions) => AssessmentResult

/** The controls a site may answers itself: the catalog's `scope: site`. Anything else is the organisation's. */
export function isPerSiteControl(catalog: Catalog, id: string): boolean {
  return catalog.byId.get(id)?.scope === 'site'
}

/** The per-site controls a site answers itself, in catalog order (an override of any other control is not honoured). */
export function siteOverrides(catalog: Catalog, site: Site): string[] {
  const own = site.controls ?? {}
  return catalog.controls.filter((c) => c.scope === 'site' && Object.hasOwn(own, c.id)).map((c) => c.id)
}

/**
 * A site's effective answers: the organisation's, with the site's terminals as the inventory and the site's own
 * answers to per-site controls in place of the organisation's.
 */
export function siteAnswers(catalog: Catalog, answers: AnswersFile, site: Site): AnswersFile {
  const {sites: _sites, ...organisation} = answers
  const controls: AnswersFile['controls'] = {...answers.controls}
  for (const id of siteOverrides(catalog, site)) controls[id] = site.controls![id]!
  return {...organisation, inventory: site.inventory, controls}
}

/** The organisation's own answers with every site's terminals, in site order: what the organisation-level rows show. */
export function organisationAnswers(answers: AnswersFile): AnswersFile {
  const {sites, ...organisation} = answers
  return {...organisation, inventory: [...answers.inventory, ...(sites ?? []).flatMap((s) => s.inventory)]}
}

/** A reason that holds at one site only, said with the site's id and name first. */
function atSite(reason: FindingReason, site: Site): FindingReason {
  const text: LocalizedText = {}
  for (const [lang, said] of Object.entries(reason.text)) {
    if (said === undefined) continue
    text[lang] = lang === 'zh-CN' ? `${ZH.site} ${site.id}（${site.name}）：${said}` : `Site ${site.id} (${site.name}): ${said}`
  }
  return {code: reason.code, text, site: site.id}
}

const reasonKey = (r: FindingReason): string => JSON.stringify([r.code, r.text])

/**
 * The organisation's finding for one control from the sites' findings: null when no site has a gap there. A reason
 * every site gives alike is said once; any other is said at its site.
 */
function mergeFindings(sites: readonly Site[], findings: readonly (Finding | null)[]): Finding | null {
  const gapSites = sites.filter((_, i) => findings[i] !== null)
  if (gapSites.length === 0) return null
  const everywhere =
    gapSites.length === sites.length
      ? findings[0]!.reasons.filter((r) => findings.every((f) => f!.reasons.some((o) => reasonKey(o) === reasonKey(r))))
      : []
  const common = new Set(everywhere.map(reasonKey))
  const reasons: FindingReason[] = [...everywhere.map((r) => ({...r}))]
  const devices: string[] = []
  sites.forEach((site, i) => {
    const finding = findings[i]
    if (!finding) return
    for (const reason of finding.reasons) if (!common.has(reasonKey(reason))) reasons.push(atSite(reason, site))
    for (const serial of finding.devices) if (!devices.includes(serial)) devices.push(serial)
  })
  return {reasons: reasons as Finding['reasons'], devices, sites: gapSites.map((s) => s.id)}
}

function siteGaps(result: AssessmentResult): SiteGap[] {
  const byId = new Map(result.controls.map((c) => [c.id, c]))
  return result.remediation.map((item) => {
    const control = byId.get(item.control_id)!
    return {
      control_id: item.control_id,
      domain: item.domain,
      title: {...item.title},
      severity: item.severity,
      priority: item.priority,
      status: control.status,
      reasons: control.finding!.reasons.map((r) => ({...r})) as SiteGap['reasons'],
      devices: [...control.finding!.devices],
      ...(item.owner === undefined ? {} : {owner: item.owner}),
      due_date: item.due_date,
    }
  })
}

/**
 * Evaluates an organisation with sites: each site on its effective answers (siteAnswers), then the organisation,
 * whose every control is a gap when it is one at any site, so the organisation is compliant only when every site
 * is. The organisation-level rows keep the organisation's own answers; their findings name the sites.
 */
export function evaluateSites(catalog: Catalog, answers: AnswersFile, options: EvaluateOptions, evaluateOne: EvaluateOne): AssessmentResult {
  const sites = answers.sites ?? []
  const perSite = sites.map((site) =>
    evaluateOne(catalog, siteAnswers(catalog, answers, site), {generator: options.generator, evidenceHashes: options.evidenceHashes}),
  )
  const whole = evaluateOne(catalog, organisationAnswers(answers), {generator: options.generator, evidenceHashes: options.evidenceHashes})

  const siteControls = perSite.map((r) => new Map(r.controls.map((c) => [c.id, c])))
  const controls: ControlResult[] = whole.controls.map((control) => ({
    ...control,
    finding: mergeFindings(
      sites,
      siteControls.map((m) => m.get(control.id)?.finding ?? null),
    ),
  }))

  // One plan item per control that is a gap anywhere: the organisation's own item when its answers make one,
  // else the first site's where it is a gap; priority first, then catalog order, as for one site.
  const wholeItems = new Map(whole.remediation.map((r) => [r.control_id, r]))
  const index = new Map(controls.map((c, i) => [c.id, i]))
  const remediation: RemediationItem[] = controls
    .filter((c) => c.finding !== null)
    .map((c) => {
      const gapAt = c.finding!.sites ?? []
      const firstSite = perSite[sites.findIndex((s) => s.id === gapAt[0])]
      const own = wholeItems.get(c.id)
      const siteItem = firstSite?.remediation.find((r) => r.control_id === c.id)
      const item = (own ?? siteItem)!
      const owner = own?.owner ?? siteItem?.owner
      return {
        control_id: item.control_id,
        domain: item.domain,
        title: item.title,
        severity: item.severity,
        priority: item.priority,
        steps: item.steps,
        ...(owner === undefined ? {} : {owner}),
        due_date: item.due_date,
        sites: [...gapAt],
      }
    })
    .sort((a, b) => SEVERITY_WEIGHT[b.severity] - SEVERITY_WEIGHT[a.severity] || index.get(a.control_id)! - index.get(b.control_id)!)

  const result: AssessmentResult = {
    ...whole,
    controls,
    scores: scoreControls(catalog, controls),
    verdict: whole.saq?.type !== 'ineligible' && perSite.every((r) => r.verdict === 'compliant') ? 'compliant' : 'non_compliant',
    remediation,
  }
  if (options.previous) result.changes = compareResults(options.previous, controls)
  result.sites = sites.map((site, i): SiteResult => {
    const r = perSite[i]!
    return {
      id: site.id,
      name: site.name,
      ...(site.address === undefined ? {} : {address: site.address}),
      terminals: site.inventory.map((d) => d.serial),
      overrides: siteOverrides(catalog, site),
      controls: r.controls.filter((c) => siteOverrides(catalog, site).includes(c.id)),
      score: r.scores.overall,
      verdict: r.verdict,
      gaps: siteGaps(r),
    }
  })
  return result
}
