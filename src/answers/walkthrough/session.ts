import type {Role} from '../../generated/catalog.js'
import type {Catalog} from '../../catalog/catalog.js'
import {UserError} from '../../model/errors.js'
import {isDay} from '../../model/day.js'
import type {Language} from '../../model/language.js'
import {findCardNumbers} from '../../model/pan.js'
import type {AnswersDocument, YamlPath} from '../answers-document.js'
import {PLACEHOLDER} from '../placeholder.js'
import type {WalkthroughPrompts} from './prompts.js'
import {SESSION_MESSAGES, type SessionMessages} from './session-messages.js'

export interface WalkthroughIo {
  /** Shows one or more lines between questions (on the same stream the prompts draw on). */
  print(text: string): void
}

export interface WalkthroughOptions {
  catalog: Catalog
  /** The answers file; created if absent or empty. */
  file: string
  /** Language of the questions. */
  lang: Language
  /** Assessment date offered as the default (the command's --date, or today). */
  date: string
  /** Only ask the controls of this domain. */
  domain?: string
  /** Ask every control again, answered or not (each with its answer offered as the default). */
  all?: boolean
  /** Only this site's per-site controls (by id or name), in an organisation with sites. */
  site?: string
  prompts: WalkthroughPrompts
  io: WalkthroughIo
}

/** The longest answer of a line's worth (names, titles) and of free text (notes, justifications, worksheet rows). */
export const SHORT_TEXT = 200
export const FREE_TEXT = 4000

/**
 * One run of the walk-through over one answers file: what every section asks with (text and date questions that
 * refuse card numbers and bad dates) and saves with (each answer written at once, so stopping loses nothing).
 */
export class WalkthroughSession {
  readonly m: SessionMessages

  constructor(
    readonly options: WalkthroughOptions,
    readonly doc: AnswersDocument,
  ) {
    this.m = SESSION_MESSAGES[options.lang]
  }

  get lang(): Language {
    return this.options.lang
  }

  get prompts(): WalkthroughPrompts {
    return this.options.prompts
  }

  print(text: string): void {
    this.options.io.print(text)
  }

  heading(title: string): void {
    this.print('')
    this.print(`== ${title} ==`)
  }

  role(): Role {
    const role = this.doc.get(['assessment', 'role'])
    if (role === 'merchant' || role === 'acquirer') return role
    throw new UserError('bad-role', `${this.options.file}: assessment.role is '${String(role)}'; it must be merchant or acquirer`)
  }

  /** The file's assessment date once it has one, else the date offered as the default. */
  assessmentDate(): string {
    const date = this.doc.get(['assessment', 'date'])
    return isDay(date) ? date : this.options.date
  }

  /** Whether the file holds a value at this path (a CHANGE ME placeholder is no value). */
  has(p: YamlPath): boolean {
    return present(this.doc.get(p))
  }

  /** Stores one answer and writes the file at once, so stopping later cannot lose it. */
  async put(p: YamlPath, value: unknown): Promise<void> {
    this.doc.set(p, value)
    await this.doc.save()
  }

  /** A question skipped where the file held a CHANGE ME placeholder: the placeholder line goes. */
  async dropPlaceholder(p: YamlPath): Promise<void> {
    const value = this.doc.get(p)
    if (typeof value === 'string' && value.startsWith(PLACEHOLDER)) await this.put(p, undefined)
  }

  /**
   * Asks for free text and returns it trimmed ('' when skipped). A card number is refused at the
   * prompt, shown masked, so it never reaches the file.
   */
  text(
    message: string,
    options: {
      required?: boolean
      default?: string
      maxLength?: number
      /** An identifier (merchant id, serial…), exempt from the card-number check: see identifier-fields.ts. */
      identifier?: boolean
      check?: (value: string) => string | undefined
    } = {},
  ): Promise<string> {
    const m = this.m
    const maxLength = options.maxLength ?? SHORT_TEXT
    return this.prompts
      .input({
        message,
        ...(options.default === undefined ? {} : {default: options.default}),
        validate: (raw) => {
          const value = raw.trim()
          const card = options.identifier ? undefined : findCardNumbers(value)[0]
          if (card) return m.cardNumber(card.masked)
          if (value === '') return options.required ? m.required : true
          if (value.length > maxLength) return m.tooLong(maxLength)
          return options.check?.(value) ?? true
        },
      })
      .then((value) => value.trim())
  }

  /** Asks for a day (YYYY-MM-DD), optionally within limits. */
  date(message: string, options: {required?: boolean; default?: string; notAfter?: string; notBefore?: string}): Promise<string> {
    const m = this.m
    return this.text(message, {
      ...(options.required === undefined ? {} : {required: options.required}),
      ...(options.default === undefined ? {} : {default: options.default}),
      check: (value) => {
        if (!isDay(value)) return m.badDate
        if (options.notAfter !== undefined && value > options.notAfter) return m.dateAfter(options.notAfter)
        if (options.notBefore !== undefined && value < options.notBefore) return m.dateNotBefore(options.notBefore)
        return undefined
      },
    })
  }
}

/** Given, and not one of the CHANGE ME placeholders `posattest init` writes. */
export function present(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '' && !value.startsWith(PLACEHOLDER)
  return value !== undefined && value !== null
}
