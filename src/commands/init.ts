import {langFlagDefaultEnglish} from '../cli/flags.js'
import {Flags} from '@oclif/core'
import {BaseCommand} from '../cli/base-command.js'

export default class Init extends BaseCommand {
  static override summary = 'Write a blank answers file for a merchant or an acquirer'

  static override description = `The file lists every control of the role in catalog order, grouped by domain, with each question and the evidence expected as comments in the chosen language, and an empty status to answer. The assessment and profile blocks hold CHANGE ME placeholders that \`posattest validate\` points at until they are filled in; the inventory starts empty with a commented example.

An existing file is never overwritten unless --force is given.`

  static override examples = [
    '<%= config.bin %> <%= command.id %> --role merchant',
    '<%= config.bin %> <%= command.id %> --role merchant --lang zh-CN -o shop/answers.yaml',
    '<%= config.bin %> <%= command.id %> --role acquirer -o acquirer.yaml --force',
    '<%= config.bin %> <%= command.id %> --role merchant --sites sites.csv -o chain/answers.yaml',
  ]

  static override enableJsonFlag = true

  static override flags = {
    output: Flags.string({char: 'o', description: 'file to write', default: 'answers.yaml'}),
    role: Flags.option({
      description: 'who is assessed: a merchant using terminals or an acquirer deploying them',
      options: ['merchant', 'acquirer'] as const,
      required: true,
    })(),
    lang: langFlagDefaultEnglish('language of the questions and comments (also the assessment language)'),
    catalog: Flags.string({description: 'control catalog folder (default: the catalog shipped with posattest)'}),
    force: Flags.boolean({description: 'overwrite the output file if it exists', default: false}),
    sites: Flags.string({
      description: 'CSV of the organisation\'s sites (columns id, name, address): one answers file for all of them, each site with its own terminals and per-site answers',
    }),
  }

  async run(): Promise<{file: string; role: string; language: string; controls: number; sites?: number}> {
    const {flags} = await this.parse(Init)
    const {init} = await import('../services/init.js')
    const written = await init({
      output: flags.output,
      role: flags.role,
      lang: flags.lang,
      ...(flags.catalog === undefined ? {} : {catalog: flags.catalog}),
      ...(flags.sites === undefined ? {} : {sites: flags.sites}),
      force: flags.force,
      bin: this.config.bin,
    })
    this.log(
      `wrote ${written.file}: ${written.controls} controls for ${flags.role === 'merchant' ? 'a merchant' : 'an acquirer'} (${flags.lang})` +
        (written.sites === undefined ? '. ' : ` with ${written.sites} site${written.sites === 1 ? '' : 's'}. `) +
        `Fill in the CHANGE ME values and each status, then run: ${this.config.bin} validate ${written.file}`,
    )
    return written
  }
}
