import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../../cli/base-command.js'

export default class PortfolioMerge extends BaseCommand {
  static override summary = 'Combine the summaries of portfolio shards into one'

  static override description = `Reads OUTDIR/summary.json of each shard (or summary.json files named directly) and writes the combined summary.json, summary.csv and summary.pdf to --output, exactly as one unsharded run would have written them.
The summaries must have been judged with the same policy file, the same trusted roots and the same --now; shards must be a complete set (each i of n once), and no file may appear twice.
Exit status: 0 every submission passed, 1 any failed or could not be judged, 2 bad usage or summaries that do not belong together.`

  static override examples = [
    '<%= config.bin %> <%= command.id %> shard1/ shard2/ -o merged/',
    '<%= config.bin %> <%= command.id %> out-*/ -o merged/ --json',
  ]

  static override strict = false

  static override enableJsonFlag = true

  static override args = {
    outdir: Args.string({description: 'output folder of a portfolio run (several may be given)', required: true, ignoreStdin: true}),
  }

  static override flags = {
    output: Flags.string({char: 'o', description: 'folder for the merged summary.json, summary.csv and summary.pdf (created if missing)', required: true, helpValue: 'MERGED'}),
  }

  async run(): Promise<unknown> {
    const {argv, flags} = await this.parse(PortfolioMerge)
    const {mergePortfolio} = await import('../../services/portfolio.js')
    const {merged, count, outputs, exitCode} = await mergePortfolio({summaries: argv as string[], outdir: flags.output, version: this.config.version})
    const {outcomes, total} = merged
    if (!this.jsonEnabled()) {
      process.stderr.write(
        `Merged ${count} summar${count === 1 ? 'y' : 'ies'}: ${total} submission${total === 1 ? '' : 's'}, ` +
          `${outcomes.pass} pass, ${outcomes.fail} fail, ${outcomes.error} error\nWrote ${outputs.join(', ')}\n`,
      )
    }
    process.exitCode = exitCode
    return merged
  }
}
