import {DEFAULT_CATALOG_DIR, loadCatalog} from '../catalog/catalog.js'
import {inquirerPrompts, type PromptContext} from '../answers/walkthrough/prompts.js'
import {
  answersLanguage,
  runSiteWalkthrough,
  runWalkthrough,
  type SiteWalkthroughSummary,
  type WalkthroughSummary,
} from '../answers/walkthrough/walkthrough.js'
import {todayLocal} from '../model/day.js'
import type {Language} from '../model/language.js'

export interface AssessOptions {
  /** The answers file (created if absent). */
  file: string
  /** Default: the file's assessment language, else en. */
  lang?: Language
  domain?: string
  /** Ask every control again, not only those unfinished or new or changed since the answers' catalog version. */
  all?: boolean
  catalog?: string
  /** The assessment date offered as the default (a day, already read); default today on the person's calendar. */
  date?: string
  /** Only this site's per-site controls (by id or name), in an organisation with sites. */
  site?: string
  /** Where the prompts read and draw (the terminal). */
  terminal: PromptContext
  /** Shows lines between questions. */
  print: (text: string) => void
  now?: () => Date
}

/** `posattest assess`: the catalog, the language, then the walk-through on the terminal's prompts (@inquirer/prompts). */
export async function assess(options: AssessOptions): Promise<WalkthroughSummary | SiteWalkthroughSummary> {
  const inquirer = await import('@inquirer/prompts')
  const lang = options.lang ?? (await answersLanguage(options.file)) ?? 'en'
  const catalog = await loadCatalog(options.catalog ?? DEFAULT_CATALOG_DIR)
  const walkthrough = {
    catalog,
    file: options.file,
    lang,
    date: options.date ?? todayLocal((options.now ?? (() => new Date()))()),
    ...(options.domain === undefined ? {} : {domain: options.domain}),
    ...(options.all ? {all: true} : {}),
    prompts: inquirerPrompts(inquirer, options.terminal, lang),
    io: {print: options.print},
  }
  return options.site === undefined ? runWalkthrough(walkthrough) : runSiteWalkthrough({...walkthrough, site: options.site})
}
