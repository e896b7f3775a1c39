import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../base-command.js'
import {EXIT} from '../errors.js'

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
    answers: Args.string({description: 'answers file (answers.yaml)', required: true}),
  }

  static override flags = {
    output: Flags.string({char: 'o', description: 'write the result to this file (atomically) instead of stdout'}),
    previous: Flags.string({description: 'an earlier result of the same entity, to report what changed since'}),
    catalog: Flags.string({description: 'control catalog folder (default: the catalog shipped with posattest)'}),
  }

  async run(): Promise<unknown> {
    const {args, flags} = await this.parse(Evaluate)
    const {evaluateAnswersFile} = await import('../evaluation/evaluate-answers-file.js')
    const {result, json: text} = await evaluateAnswersFile(args.answers, {
      generator: `${this.config.name} ${this.config.version}`,
      ...(flags.catalog === undefined ? {} : {catalogDir: flags.catalog}),
      ...(flags.previous === undefined ? {} : {previousFile: flags.previous}),
    })

    if (flags.output !== undefined) {
      const [{writeOutputFile}, {summarizeResult}] = await Promise.all([
        import('../io/atomic-write.js'),
        import('../evaluation/summary.js'),
      ])
      await writeOutputFile(flags.output, text)
      if (!this.jsonEnabled()) process.stderr.write(summarizeResult(result, flags.output))
    } else if (!this.jsonEnabled()) {
      process.stdout.write(text)
    }
    process.exitCode = result.verdict === 'compliant' ? EXIT.ok : EXIT.findings
    return result
  }
}
