import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../../cli/base-command.js'
import {UserError} from '../../model/errors.js'

export default class InventoryImport extends BaseCommand {
  static override summary = 'Import the terminal inventory from a CSV file into an answers file'

  static override description = `Reads a CSV with a header row naming the columns serial, make, model, pts_approval, pts_expiry, location, seal_ids (several separated by ; or |), last_inspection, firmware and state (in-use, spare, in-repair or retired). serial, make, model and state are required; common header spellings such as "Serial Number", "S/N", "Manufacturer", "Seals" or "Status" are understood, in any case.

Terminals are merged by serial: a terminal already in the answers file has the CSV's columns replaced (an empty cell removes that field; columns the CSV lacks are kept), a new one is appended. With --replace the inventory becomes exactly the CSV's terminals. Comments and everything else in the answers file are kept, and the file is written atomically; it is created if absent.

Every row is checked first (dates YYYY-MM-DD, the state, lengths, no card numbers). Problems are listed as file:line:col: message and nothing is written.
Exit status: 0 imported, 2 bad input (nothing written).`

  static override examples = [
    '<%= config.bin %> <%= command.id %> terminals.csv answers.yaml',
    '<%= config.bin %> <%= command.id %> tms-export.csv answers.yaml --replace',
  ]

  static override args = {
    csv: Args.string({description: 'terminal list (CSV, UTF-8, header row)', required: true, ignoreStdin: true}),
    answers: Args.string({description: 'answers file to merge the terminals into', required: true, ignoreStdin: true}),
  }

  static override flags = {
    replace: Flags.boolean({description: 'replace the whole inventory instead of merging by serial', default: false}),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(InventoryImport)
    const [{importTerminals}, {formatLocation}, {safeText}] = await Promise.all([
      import('../../services/inventory.js'),
      import('../../diagnostics/diagnostic.js'),
      import('../../model/control-characters.js'),
    ])
    const {diagnostics, result} = await importTerminals({csv: args.csv, answers: args.answers, replace: flags.replace})
    if (!result) {
      // The messages quote the CSV's cells: escaped, so a cell cannot rewrite the terminal.
      for (const d of diagnostics) process.stderr.write(`${safeText(`${formatLocation(d)}: ${d.message}`)}\n`)
      const count = `${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}`
      throw new UserError('inventory-csv', `${args.csv}: ${count}; nothing was written to ${args.answers}`)
    }
    const terminals = (n: number) => `${n} terminal${n === 1 ? '' : 's'}`
    const created = result.created ? ` (created ${args.answers})` : ''
    this.log(
      result.replaced
        ? `${args.answers}: inventory replaced with the ${terminals(result.total)} of ${args.csv}${created}`
        : `${args.answers}: ${result.added} added, ${result.updated} updated from ${args.csv}; the inventory lists ${terminals(result.total)}${created}`,
    )
  }
}
