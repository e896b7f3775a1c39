import {langFlagDefaultEnglish} from '../../cli/flags.js'
import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../../cli/base-command.js'
import {UserError} from '../../model/errors.js'

export default class CatalogShow extends BaseCommand {
  static override summary = 'Show one control in full'

  static override description = `Prints a control's title, question, guidance, severity, roles, when it applies, the
evidence it needs and how old that may be, its remediation steps (as the raw templates the report
fills in), the remediation deadline and its PCI DSS references. Ids are matched without regard to
case; an unknown id exits 2 and names the closest ids.`

  static override examples = [
    '<%= config.bin %> <%= command.id %> SEAL-01',
    '<%= config.bin %> <%= command.id %> cus-02 --lang zh-CN',
    '<%= config.bin %> <%= command.id %> SEAL-01 --json',
  ]

  static override args = {
    id: Args.string({description: 'Control id, e.g. SEAL-01.', required: true, ignoreStdin: true}),
  }

  static override flags = {
    lang: langFlagDefaultEnglish('Language of the texts and headings.'),
    catalog: Flags.directory({description: 'Catalog folder to read instead of the shipped one.', exists: false}),
  }

  static override enableJsonFlag = true

  async run(): Promise<unknown> {
    const {args, flags} = await this.parse(CatalogShow)
    const {findControl, renderControlDetail} = await import('../../services/catalog.js')
    const found = await findControl({id: args.id, ...(flags.catalog === undefined ? {} : {catalog: flags.catalog})})
    if (found.control === undefined) {
      const {near} = found
      throw new UserError(
        'unknown-control',
        `no control ${args.id} in the catalog`,
        {next: near.length > 0 ? near.map((id) => `${this.config.bin} catalog show ${id}`).join(' or ') : `${this.config.bin} catalog list, to see the ids`},
      )
    }
    if (this.jsonEnabled()) return found.control
    process.stdout.write(renderControlDetail(found.control, flags.lang))
    return undefined
  }
}
