import {langFlagDefaultEnglish} from '../../cli/flags.js'
import {Flags} from '@oclif/core'
import {BaseCommand} from '../../cli/base-command.js'

const DOMAINS = [
  'device-custody',
  'seals',
  'authorised-servicing',
  'software-updates',
  'encryption',
  'staff-training',
  'incident-response',
  'retention',
] as const

export default class CatalogList extends BaseCommand {
  static override summary = 'List the controls of the catalog'

  static override description = `Prints one line per control: id, domain, roles, severity and title, in catalog order.
Filter by the role that answers the control or by domain. --json gives every field of each control,
with its domain, in all languages.`

  static override examples = [
    '<%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> --role acquirer',
    '<%= config.bin %> <%= command.id %> --domain seals --lang zh-CN',
    '<%= config.bin %> <%= command.id %> --catalog my-catalog/ --json',
  ]

  static override flags = {
    role: Flags.string({description: 'Only controls this role answers.', options: ['merchant', 'acquirer']}),
    domain: Flags.string({description: 'Only controls of this domain.', options: [...DOMAINS]}),
    lang: langFlagDefaultEnglish('Language of the titles and headings.'),
    catalog: Flags.directory({description: 'Catalog folder to read instead of the shipped one.', exists: false}),
  }

  static override enableJsonFlag = true

  async run(): Promise<unknown> {
    const {flags} = await this.parse(CatalogList)
    const {listControls, renderControlTable} = await import('../../services/catalog.js')
    const controls = await listControls({
      ...(flags.catalog === undefined ? {} : {catalog: flags.catalog}),
      ...(flags.role === undefined ? {} : {role: flags.role as 'merchant' | 'acquirer'}),
      ...(flags.domain === undefined ? {} : {domain: flags.domain}),
    })
    if (this.jsonEnabled()) return controls
    process.stdout.write(renderControlTable(controls, flags.lang))
    return undefined
  }
}
