import os from 'node:os'
import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../cli/base-command.js'
import {dayFlag, langFlag, sarifBaseFlag, sarifOptions} from '../cli/flags.js'
import {DIAGNOSTIC_FORMATS} from '../diagnostics/formats.js'
import {languageFromLocale} from '../model/language.js'

export default class Validate extends BaseCommand {
  static override summary = 'Check answers files against the schema and the control catalog'

  static override description = `Reports every problem with its file:line:col and a rule id: YAML syntax, schema, placeholders left by init, unknown or unanswered controls, statuses without what they need (justification, compensating controls worksheet, owner and target date), missing or stale evidence, evidence files that do not exist, an inventory that contradicts an in-place answer, dates after the assessment date, and card numbers anywhere in the file (always masked).

Gaps are not errors: a complete file with not_in_place answers is valid; \`posattest evaluate\` reports them.
Several files may be checked in one call; the catalog is loaded once.
Exit status: 0 all files valid, 1 problems found, 2 a file could not be read or bad usage.`

  static override examples = [
    '<%= config.bin %> <%= command.id %> answers.yaml',
    '<%= config.bin %> <%= command.id %> examples/*/answers.yaml --format junit > validate.xml',
    '<%= config.bin %> <%= command.id %> answers.yaml --format sarif > validate.sarif',
    '<%= config.bin %> <%= command.id %> answers.yaml --catalog ./my-controls --json',
    '<%= config.bin %> <%= command.id %> answers.yaml --lang zh-CN',
  ]

  static override strict = false

  static override enableJsonFlag = true

  static override args = {
    file: Args.string({description: 'answers file to check (several may be given)', required: true, ignoreStdin: true}),
  }

  static override flags = {
    catalog: Flags.string({description: 'control catalog folder (default: the catalog shipped with posattest)'}),
    format: Flags.option({
      description: 'output format: text for people, json, junit, sarif or github (workflow annotations) for CI',
      options: DIAGNOSTIC_FORMATS,
      default: 'text' as const,
    })(),
    'sarif-base': sarifBaseFlag,
    today: dayFlag({description: 'also reject an assessment dated after this day (YYYY-MM-DD); the clock is never read'}),
    jobs: Flags.integer({description: "worker threads for a run of many files (default: one per core)", min: 1, max: 256}),
    lang: langFlag(
      "language of the messages (rule ids and positions are the same in both); default: the file's assessment.language, else the locale (LC_ALL, LC_MESSAGES, LANG)",
    ),
  }

  async run(): Promise<unknown> {
    const {argv, flags} = await this.parse(Validate)
    const [{validate}, formats] = await Promise.all([import('../services/validate.js'), import('../diagnostics/formats.js')])
    const {report, exitCode} = await validate({
      files: argv as string[],
      ...(flags.catalog === undefined ? {} : {catalog: flags.catalog}),
      ...(flags.today === undefined ? {} : {today: flags.today}),
      version: this.config.version,
      ...(flags.lang === undefined ? {} : {language: flags.lang}),
      localeLanguage: languageFromLocale(process.env),
      jobs: flags.jobs ?? os.availableParallelism(),
    })
    process.exitCode = exitCode
    if (this.jsonEnabled()) return formats.toJson(report)
    process.stdout.write(formats.renderDiagnostics(report, flags.format, sarifOptions(flags['sarif-base'])))
    return undefined
  }
}
