/**
 * The guided walk-through (`posattest assess`): the driver. Each section is a module of its own with its
 * messages beside it (assessment, scope, inventory, controls, review); session.ts asks and saves for all of them.
 */
import type {Catalog} from '../../catalog/catalog.js'
import {UserError} from '../../model/errors.js'
import {isLanguage, type Language} from '../../model/language.js'
import {openAnswersDocument} from '../answers-document.js'
import {askAssessment} from './assessment.js'
import {planCatalogUpgrade} from './catalog-upgrade.js'
import {askControls, finishUpgrade} from './controls.js'
import {askEligibility} from './eligibility.js'
import {askInventory} from './inventory.js'
import {review, type WalkthroughSummary} from './review.js'
import {askScope} from './scope.js'
import {askSite, type SiteWalkthroughSummary} from './site.js'
import {WalkthroughSession, type WalkthroughOptions} from './session.js'

export type {WalkthroughGap, WalkthroughSummary} from './review.js'
export type {SiteWalkthroughSummary} from './site.js'
export type {WalkthroughIo, WalkthroughOptions} from './session.js'

/**
 * Asks what the answers file still lacks (assessment details, scoping facts, SAQ eligibility, terminals, then the applicable
 * controls domain by domain) and saves after every answer, so stopping at any point loses at most the question
 * on screen and a re-run carries on from there. Answers written for an older catalog version get the controls
 * new or changed since asked again, then name the catalog's version (catalog-upgrade.ts).
 */
export async function runWalkthrough(options: WalkthroughOptions): Promise<WalkthroughSummary> {
  if (options.site !== undefined) throw new Error('runWalkthrough asks the organisation; runSiteWalkthrough asks one site')
  checkDomain(options.catalog, options.domain)
  const document = await openAnswersDocument(options.file)
  document.controlOrder = options.catalog.controls.map((c) => c.id)
  const s = new WalkthroughSession(options, document)
  const upgrade = planCatalogUpgrade(options.catalog, document, options.all ?? false)
  // A new file is written for this catalog: it says so from its first saved answer on.
  if (upgrade.fresh) document.set(['catalog_version'], options.catalog.meta.version)
  s.print(s.m.intro(options.file))
  await askAssessment(s)
  await askScope(s)
  await askEligibility(s)
  // An organisation with sites lists its terminals under each site (init --sites; inventory import or the file).
  if (s.role() === 'merchant' && document.get(['sites']) === undefined) await askInventory(s)
  await askControls(s, upgrade)
  await finishUpgrade(s, upgrade)
  return review(s)
}

/**
 * `assess --site NAME`: only that site's per-site controls (site.ts), in an answers file that already has its
 * organisation's answers and its sites (init --sites, then assess without --site).
 */
export async function runSiteWalkthrough(options: WalkthroughOptions & {site: string}): Promise<SiteWalkthroughSummary> {
  checkDomain(options.catalog, options.domain)
  const document = await openAnswersDocument(options.file)
  document.controlOrder = options.catalog.controls.map((c) => c.id)
  const s = new WalkthroughSession(options, document)
  s.print(s.m.intro(options.file))
  return askSite(s, options.site)
}

/** The assessment language an answers file already names, to ask the questions in (undefined for a new file). */
export async function answersLanguage(file: string): Promise<Language | undefined> {
  const language = (await openAnswersDocument(file)).get(['assessment', 'language'])
  return isLanguage(language) ? language : undefined
}

function checkDomain(catalog: Catalog, domain: string | undefined): void {
  if (domain !== undefined && !catalog.domains.some((d) => d.id === domain)) {
    throw new UserError('unknown-domain', `unknown domain '${domain}'; the catalog has: ${catalog.domains.map((d) => d.id).join(', ')}`)
  }
}
