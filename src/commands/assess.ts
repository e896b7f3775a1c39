import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../cli/base-command.js'
import {dayFlag, langFlag} from '../cli/flags.js'
import {escapeControlCharacters} from '../model/control-characters.js'
import {UserError} from '../model/errors.js'

/**
 * Exit status when the person presses Ctrl-C: 128 + SIGINT, what shells report for an interrupted
 * command. It tells a wrapping script "stopped on purpose, answers so far are saved" apart from 2
 * (bad usage or unreadable input), which would send the person looking for a mistake that is not there.
 */
export const EXIT_INTERRUPTED = 130

export default class Assess extends BaseCommand {
  static override summary = 'Answer the self-assessment in a guided walk-through, one question at a time'

  static override description = `Asks, in English or Chinese, what the answers file still lacks: the assessment details, the scoping questions (each explained), the terminal inventory (merchants; or import it later with \`posattest inventory import\`), then only the controls that apply, domain by domain, showing each control's guidance and the evidence expected. For each control it asks the status (in place, in place with a compensating control, not applicable, not in place) and what that status needs: the compensating-control worksheet, a justification, or an owner and a target date for the gap.

Answers written for an older catalog version (their \`catalog_version\`; absent means 1.0.0) get only the controls new or changed since asked again (the status given is the default); the others keep their answers. Once those are asked, the file names the catalog's version and the answers of retired controls are removed. With --all, every control is asked again.

Every answer is written to the file (atomically) as soon as it is given, and comments in the file are kept. Stop at any time with Ctrl-C and run the same command again: it continues at the first control not yet answered. A card number typed anywhere is refused and never written.

With --site, in an answers file of an organisation with sites (\`posattest init --sites\`), only that site (its id or name) is walked through the per-site controls the catalog marks \`scope: site\`: for each, the site keeps the organisation's answer or gives its own, saved under that site.

It needs a terminal. Without one (CI, pipes), write the file with \`posattest init\` and check it with \`posattest validate\`.
Exit status: 0 when the walk-through ends, 2 for bad usage, an unreadable file or answers for a catalog version newer than the catalog (catalog-version-unknown), 130 when stopped with Ctrl-C (the answers given so far are saved).`

  static override examples = [
    '<%= config.bin %> <%= command.id %> answers.yaml',
    '<%= config.bin %> <%= command.id %> answers.yaml --lang zh-CN',
    '<%= config.bin %> <%= command.id %> answers.yaml --domain seals',
    '<%= config.bin %> <%= command.id %> answers.yaml --all',
    '<%= config.bin %> <%= command.id %> answers.yaml --date 2026-11-24 --catalog ./my-controls',
    '<%= config.bin %> <%= command.id %> chain/answers.yaml --site LDS-01',
  ]

  static override args = {
    answers: Args.string({description: 'answers file to fill in (created if absent)', required: true, ignoreStdin: true}),
  }

  static override flags = {
    lang: langFlag("language of the questions (default: the file's assessment language, else en)"),
    domain: Flags.string({description: 'only ask the controls of this domain, e.g. seals (setup questions are still asked if missing)'}),
    all: Flags.boolean({description: 'ask every control again, each answer given offered as the default'}),
    catalog: Flags.string({description: 'control catalog folder (default: the catalog shipped with posattest)'}),
    date: dayFlag({description: 'assessment date offered as the default, YYYY-MM-DD (default: today)'}),
    site: Flags.string({
      description: "in an organisation with sites: walk only this site (id or name) through the per-site controls, keeping the organisation's answer or giving the site's own",
    }),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(Assess)
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      throw new UserError(
        'needs-terminal',
        'assess asks questions and needs a terminal',
        {next: `${this.config.bin} init ${args.answers}, then edit it and run ${this.config.bin} validate ${args.answers}`},
      )
    }
    const {assess} = await import('../services/assess.js')
    try {
      await assess({
        file: args.answers,
        ...(flags.lang === undefined ? {} : {lang: flags.lang}),
        ...(flags.domain === undefined ? {} : {domain: flags.domain}),
        ...(flags.all ? {all: true} : {}),
        ...(flags.catalog === undefined ? {} : {catalog: flags.catalog}),
        ...(flags.date === undefined ? {} : {date: flags.date}),
        ...(flags.site === undefined ? {} : {site: flags.site}),
        terminal: {input: process.stdin, output: process.stdout},
        // The lines quote the answers file (names, serials): escaped, line breaks of the layout kept.
        print: (text) => process.stdout.write(`${escapeControlCharacters(text, {keepNewlines: true})}\n`),
      })
    } catch (error) {
      if ((error as Error)?.name === 'ExitPromptError') {
        process.stderr.write(`\n${this.config.bin}: progress saved in ${args.answers}; run the same command to resume\n`)
        this.exit(EXIT_INTERRUPTED)
      }
      throw error
    }
  }
}
