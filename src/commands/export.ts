import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../cli/base-command.js'
import {langFlag, momentFlag} from '../cli/flags.js'
import {UserError} from '../model/errors.js'
import {EXPORT_FORMATS, type ExportFormat} from '../services/export.js'

export default class Export extends BaseCommand {
  static override summary = 'Export an evaluated result as OSCAL, or its remediation plan as CSV or XLSX'

  static override description = `Reads a result written by evaluate (schemas/result.schema.json) and writes it in another format:
  oscal-ar    OSCAL 1.1 assessment results: the reviewed controls, an observation per control with its evidence and their sha256, a finding per control with its status
  oscal-poam  OSCAL 1.1 plan of action and milestones: one item per planned remediation, with its risk, steps and due date as the milestone
  csv         the remediation plan, one row per item (RFC 4180; text that a spreadsheet would run as a formula gets a leading ')
  xlsx        the remediation plan as a workbook: one sheet per site, a frozen header row and filters (needs -o)

The output depends only on the result and the date: every OSCAL UUID is a name-based (version 5) UUID of the assessment and the item, every list is sorted, and the dates are --date, else SOURCE_DATE_EPOCH, else the assessment date; the same input gives the same bytes.
Exit status: 0 written; 2 bad usage or input (not a result, a POA&M of a result with nothing to remediate).`

  static override examples = [
    '<%= config.bin %> <%= command.id %> result.json --format oscal-ar -o assessment-results.json',
    '<%= config.bin %> <%= command.id %> result.json --format oscal-poam -o poam.json',
    '<%= config.bin %> <%= command.id %> result.json --format csv > plan.csv',
    '<%= config.bin %> <%= command.id %> result.json --format xlsx -o plan.xlsx --lang en',
  ]

  static override enableJsonFlag = true

  static override args = {
    result: Args.string({description: 'the result written by evaluate (result.json)', required: true, ignoreStdin: true}),
  }

  static override flags = {
    format: Flags.option({description: 'what to write', options: EXPORT_FORMATS, required: true})(),
    output: Flags.string({char: 'o', description: 'write to this file (atomically) instead of stdout', helpValue: 'FILE'}),
    lang: langFlag("language of titles, reasons and steps (default: the assessment's language)"),
    date: momentFlag({
      description: 'the documents\' date (OSCAL published and last-modified, the workbook\'s dates); default SOURCE_DATE_EPOCH when set, else the assessment date',
      helpValue: 'YYYY-MM-DD',
      day: 'start',
    }),
  }

  async run(): Promise<{format: ExportFormat; output?: string; bytes: number; items: number}> {
    const {args, flags} = await this.parse(Export)
    if (this.jsonEnabled() && flags.output === undefined) {
      throw new UserError('output-required', '--json prints a summary of what was written: give the file to write with -o')
    }
    const {exportResult} = await import('../services/export.js')
    const run = await exportResult({
      result: args.result,
      format: flags.format,
      ...(flags.output === undefined ? {} : {output: flags.output}),
      ...(flags.lang === undefined ? {} : {lang: flags.lang}),
      ...(flags.date === undefined ? {} : {date: flags.date}),
      ...(process.env.SOURCE_DATE_EPOCH === undefined ? {} : {sourceDateEpoch: process.env.SOURCE_DATE_EPOCH}),
    })
    if (!this.jsonEnabled()) {
      if (run.output === undefined) process.stdout.write(run.data)
      else process.stderr.write(`Wrote ${run.output}: ${run.format}, ${run.items} ${run.format === 'oscal-ar' ? 'controls' : 'remediation items'}, ${run.bytes} bytes\n`)
    }
    return {format: run.format, ...(run.output === undefined ? {} : {output: run.output}), bytes: run.bytes, items: run.items}
  }
}
