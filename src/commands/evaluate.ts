import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../cli/base-command.js'

export default class Evaluate extends BaseCommand {
  static override summary = 'Evaluate an answers file against the control catalog'

  static override description = `Decides which controls apply to the assessment's role and profile, which are satisfied, and why the others are gaps; scores each domain and the whole assessment (severity-weighted: critical 4, high 3, medium 2, low 1); and plans the remediation of each gap by priority (P1 critical to P4 low) with a due date of the assessment date plus the control's deadline.

The result (schemas/result.schema.json) is written to --output, or printed to stdout. It records the sha256 of every evidence file, so the signed report can prove which documents were assessed. With --previous, it also lists what changed since the last result.
The output depends only on the inputs (no clock is read): the same files give byte-identical JSON.
Exit status: 0 compliant, 1 non-compliant (gaps found), 2 bad usage or input (invalid answers, a --previous file that is not a result).`

  static override examples = [
    '<%= config.bin %> <%= command.id %> answers.yaml -o result.json',
    '<%= config.bin %> <%= command.id %> answers.yaml -o result-2025.json --previous result-2024.json',
    '<%= config.bin %> <%= command.id %> answers.yaml --catalog ./my-controls > result.json',
  ]

  static override enableJsonFlag = true

  static override args = {
    answers: Args.string({description: 'answers file (answers.yaml)', required: true, ignoreStdin: true}),
  }

  static override flags = {
    output: Flags.string({char: 'o', description: 'write the result to this file (atomically) instead of stdout'}),
    previous: Flags.string({description: 'an earlier result of the same entity, to report what changed since'}),
    catalog: Flags.string({description: 'control catalog folder (default: the catalog shipped with posattest)'}),
  }

  async run(): Promise<unknown> {
    const {args, flags} = await this.parse(Evaluate)
    const {evaluate} = await import('../services/evaluate.js')
    const {result, json, written, exitCode} = await evaluate({
      answers: args.answers,
      ...(flags.output === undefined ? {} : {output: flags.output}),
      ...(flags.previous === undefined ? {} : {previous: flags.previous}),
      ...(flags.catalog === undefined ? {} : {catalog: flags.catalog}),
      generator: `${this.config.name} ${this.config.version}`,
    })
    if (!this.jsonEnabled()) {
      if (written === undefined) process.stdout.write(json)
      else process.stderr.write(written)
    }
    process.exitCode = exitCode
    return result
  }
}
