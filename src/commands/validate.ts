import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../base-command.js'
import {diagnostic, type Diagnostic} from '../diagnostics/diagnostic.js'
import {DIAGNOSTIC_FORMATS, type DiagnosticReport} from '../diagnostics/formats.js'
import {EXIT, UserError} from '../errors.js'

/** Files read at once: enough to hide disk latency over a thousand files, few enough for any fd limit. */
const CONCURRENCY = 16

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
  ]

  static override strict = false

  static override enableJsonFlag = true

  static override args = {
    file: Args.string({description: 'answers file to check (several may be given)', required: true}),
  }

  static override flags = {
    catalog: Flags.string({description: 'control catalog folder (default: the catalog shipped with posattest)'}),
    format: Flags.option({
      description: 'output format: text for people, json, junit, sarif or github (workflow annotations) for CI',
      options: DIAGNOSTIC_FORMATS,
      default: 'text' as const,
    })(),
    today: Flags.string({
      description: 'also reject an assessment dated after this day (YYYY-MM-DD); the clock is never read',
    }),
  }

  async run(): Promise<unknown> {
    const {argv, flags} = await this.parse(Validate)
    const files = argv as string[]
    if (flags.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.today)) {
      throw new UserError('bad-day', `--today must be a date (YYYY-MM-DD), not ${flags.today}`)
    }
    const [{loadCatalog, DEFAULT_CATALOG_DIR}, {checkAnswersSource}, {readYamlInput}, {ANSWERS_RULES}, formats] =
      await Promise.all([
        import('../catalog/catalog.js'),
        import('../answers/load-answers.js'),
        import('../io/read-input.js'),
        import('../answers/validate.js'),
        import('../diagnostics/formats.js'),
      ])
    const catalog = await loadCatalog(flags.catalog ?? DEFAULT_CATALOG_DIR)

    let unreadable = 0
    const results: Diagnostic[][] = Array.from({length: files.length}, () => [])
    const checkOne = async (index: number): Promise<void> => {
      const file = files[index]!
      try {
        const source = await readYamlInput(file)
        results[index] = await checkAnswersSource(source, catalog, flags.today ? {today: flags.today} : {})
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        // One file alone that cannot be read is a usage error; among many it is one line of the report.
        if (files.length === 1) throw error
        unreadable++
        results[index] = [diagnostic(file, undefined, 'file-unreadable', error.message.replace(`${file}: `, ''))]
      }
    }
    let next = 0
    await Promise.all(
      Array.from({length: Math.min(CONCURRENCY, files.length)}, async () => {
        while (next < files.length) await checkOne(next++)
      }),
    )

    const report: DiagnosticReport = {
      tool: 'posattest validate',
      version: this.config.version,
      files,
      diagnostics: results.flat(),
      rules: {...ANSWERS_RULES, 'file-unreadable': 'The file could not be read.'},
    }
    const errors = report.diagnostics.some((d) => d.severity === 'error')
    process.exitCode = unreadable > 0 ? EXIT.usage : errors ? EXIT.findings : EXIT.ok
    if (this.jsonEnabled()) return formats.toJson(report)
    process.stdout.write(formats.renderDiagnostics(report, flags.format))
    return undefined
  }
}
