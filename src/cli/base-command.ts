import {Command, Errors} from '@oclif/core'
import {EXIT, UserError} from '../model/errors.js'
import {safeText} from '../model/control-characters.js'

/**
 * Every posattest command extends this: expected problems print one line and exit with their code;
 * anything else is a bug, shown with its stack only when DEBUG is set.
 */
export abstract class BaseCommand extends Command {
  protected override async catch(error: Error & {exitCode?: number; oclif?: {exit?: number}}): Promise<any> {
    if (error instanceof Errors.ExitError) throw error
    const debug = Boolean(process.env.DEBUG)
    let code: number = EXIT.usage
    let message: string
    let errorCode = 'internal-error'
    let next: string | undefined
    if (error instanceof UserError) {
      code = error.exitCode
      message = error.message
      errorCode = error.code
      next = error.next
    } else if (error instanceof Errors.CLIError || error.oclif?.exit !== undefined) {
      // oclif's own usage errors: unknown flag, missing argument, bad option value.
      code = EXIT.usage
      // oclif may lead with "The following error occurred:" and put the actual error on the next line.
      // It also spreads one problem over several lines ("Missing 1 required arg:\nfile  the answers file"): join them.
      const lines = error.message
        .split('\n')
        .map((l) => l.trim().replace(/\s{2,}/g, ' '))
        .filter((l) => l !== '' && !/^The following errors? occurred:?$/.test(l) && !/^See more help with/.test(l))
      message = safeText(lines.join(' ') || error.message)
      errorCode = 'usage'
      next = `${this.config.bin} ${(this.id ?? '').replace(/:/g, ' ')} --help`.replace(/ +$/, '')
    } else {
      message = `internal error: ${safeText(error.message)}${debug ? '' : ' (set DEBUG=1 to see where)'}`
    }
    if (this.jsonEnabled()) {
      this.logJson({error: {code: errorCode, message, exit: code, ...(next === undefined ? {} : {next})}})
    } else {
      process.stderr.write(`${this.config.bin}: ${message}${next === undefined ? '' : ` (try: ${next})`}\n`)
    }
    if (debug && error.stack) process.stderr.write(safeText(error.stack, {keepNewlines: true}) + '\n')
    this.exit(code)
  }
}
