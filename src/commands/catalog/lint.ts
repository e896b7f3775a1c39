import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../../cli/base-command.js'
import {langFlag, sarifBaseFlag, sarifOptions} from '../../cli/flags.js'
import {DIAGNOSTIC_FORMATS, type DiagnosticFormat} from '../../diagnostics/formats.js'
import {languageFromLocale} from '../../model/language.js'

export default class CatalogLint extends BaseCommand {
  static override summary = 'Check catalog folders and control files for mistakes'

  static override description = `Checks each PATH, a catalog folder (catalog.yaml and the domain files it lists) or a single
control file, and reports every problem at file:line:col with a rule id: YAML syntax (including
alias bombs), schema, duplicate or mis-prefixed control ids, domain file names and prefixes, PCI DSS
v4.0.1 references that do not exist, texts missing a catalog language, remediation templates that
do not compile or name unknown variables, and applies_when facts the answers profile lacks.
Without PATH it checks the catalog shipped with posattest.

Exit status: 0 when clean, 1 when problems were found, 2 for bad usage or input that cannot be read
(a missing path, a folder without YAML, a file over 5 MiB, a binary file).`

  static override examples = [
    '<%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> controls/',
    '<%= config.bin %> <%= command.id %> controls/seals.yaml --format github',
    '<%= config.bin %> <%= command.id %> my-catalog/ --format sarif > lint.sarif',
    '<%= config.bin %> <%= command.id %> controls/ --lang zh-CN',
  ]

  static override strict = false

  static override args = {
    path: Args.string({
      description: 'A catalog folder (with catalog.yaml) or one control file; several may be given. Default: the shipped catalog.',
      ignoreStdin: true,
    }),
  }

  static override flags = {
    format: Flags.string({
      char: 'f',
      description: 'Output format: text for people, json, junit (XML), sarif (code scanning) or github (workflow annotations).',
      options: [...DIAGNOSTIC_FORMATS],
      default: 'text',
    }),
    lang: langFlag('Language of the messages (rule ids and positions are the same in both); default: the locale (LC_ALL, LC_MESSAGES, LANG).'),
    'sarif-base': sarifBaseFlag,
  }

  static override enableJsonFlag = true

  async run(): Promise<unknown> {
    const {argv, flags} = await this.parse(CatalogLint)
    const [{lint}, {renderDiagnostics, toJson}] = await Promise.all([import('../../services/catalog.js'), import('../../diagnostics/formats.js')])
    const language = flags.lang ?? languageFromLocale(process.env)
    const {report, exitCode} = await lint({paths: argv as string[], version: this.config.version, language})
    // Set rather than exit, so the report (and --json's object) is printed before the process ends.
    process.exitCode = exitCode
    if (this.jsonEnabled()) return toJson(report)
    process.stdout.write(renderDiagnostics(report, flags.format as DiagnosticFormat, sarifOptions(flags['sarif-base'])))
    return undefined
  }
}
