import {Args, Flags, loadHelpClass} from '@oclif/core'
import {BaseCommand} from '../cli/base-command.js'

/*
 * `posattest help [COMMAND]`, as @oclif/plugin-help's command does it (oclif's own Help class shows the help), but
 * bundled with the other commands: the plugin is an ES module package that oclif would import(), which the
 * code-cached CLI bundle cannot (src/io/code-cache.ts). Its argument ignores piped stdin like every other command's
 * (the plugin's read `echo x | posattest help` as help for a command `x`).
 */
export default class Help extends BaseCommand {
  static override summary = 'Display help for posattest'

  static override description = `Shows the commands, or one command's usage, flags and examples. The same as
--help after a command.`

  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> catalog lint', '<%= config.bin %> <%= command.id %> -n']

  static override args = {
    command: Args.string({description: 'Command to show help for.', required: false, ignoreStdin: true}),
  }

  static override flags = {
    'nested-commands': Flags.boolean({char: 'n', description: 'Include all nested commands in the output.'}),
  }

  // A topic's command is several words (`help catalog lint`).
  static override strict = false

  async run(): Promise<void> {
    const {argv, flags} = await this.parse(Help)
    const HelpClass = await loadHelpClass(this.config)
    await new HelpClass(this.config, {all: flags['nested-commands']}).showHelp(argv as string[])
  }
}
