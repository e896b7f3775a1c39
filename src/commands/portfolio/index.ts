import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../../cli/base-command.js'
import {caFlag, nowFlag, policyFlag} from '../../cli/flags.js'

export default class Portfolio extends BaseCommand {
  static override summary = 'Gate a whole book of merchant submissions and summarise it'

  static override description = `Finds every *.pdf and *.json under DIR (recursively, in name order; names starting with a dot are skipped) and gates each one exactly as \`posattest gate\` does, on worker threads (--jobs, default one per core). One JSON line per submission goes to stdout as soon as it and the ones before it are judged: {file, sha256, outcome, reasons, merchant, assessment_date, expires_on, ...}. A file that is broken, hostile or unreadable gets outcome "error" with the reason; it never stops the run. On a terminal, a progress bar runs on stderr.

At the end, OUTDIR receives (each written atomically): summary.json (counts by outcome and by failing rule, the merchants (each merchant id, under its agent if the result names one: its latest submission and its flags, merchant-older-than-predecessor and merchant-id-two-names), the domains with the most open gaps, the assessments expiring within 30, 60 and 90 days of --now, and every row), summary.csv (one row per submission) and summary.pdf (the same as charts and tables).
Merchants are counted from what is verified only: a submission groups under the merchant id, name and agent of its derived result when its signature was accepted; any other file counts as unverified. A merchant's latest submission is the one with the newest assessment date of the derived result (then the later trusted timestamp); the time a signer claims is never used.
Reruns are incremental: OUTDIR/.posattest-cache.json keeps each row under the SHA-256 of the file's bytes, the policy file, the trusted roots, the day of judgement and the posattest version, so unchanged submissions are not judged again.
--shard i/n takes the submissions whose relative path hashes to i (SHA-256, first 32 bits, modulo n): the split of a book is the same on every machine and stays put as files are added. Combine shards with \`posattest portfolio merge\`.
Exit status: 0 every submission passed, 1 any failed or could not be judged, 2 bad usage, an invalid policy or an unreadable DIR.`

  static override examples = [
    '<%= config.bin %> <%= command.id %> submissions/ --policy policy.yaml -o out/',
    '<%= config.bin %> <%= command.id %> submissions/ --policy policy.yaml --ca roots.pem -o out/ --now 2026-12-01 > rows.jsonl',
    {
      description: 'Split a large book over two machines, then merge:',
      command:
        '<%= config.bin %> <%= command.id %> book/ --policy policy.yaml -o shard1/ --shard 1/2 --now 2026-12-01\n' +
        '<%= config.bin %> <%= command.id %> book/ --policy policy.yaml -o shard2/ --shard 2/2 --now 2026-12-01\n' +
        '<%= config.bin %> portfolio merge shard1/ shard2/ -o merged/',
    },
  ]

  static override enableJsonFlag = true

  static override args = {
    dir: Args.string({description: 'folder holding the submissions (signed PDF reports, result JSONs)', required: true, ignoreStdin: true}),
  }

  static override flags = {
    policy: policyFlag,
    ca: caFlag,
    output: Flags.string({char: 'o', description: 'folder for summary.json, summary.csv, summary.pdf and the cache (created if missing)', required: true, helpValue: 'OUTDIR'}),
    now: nowFlag,
    shard: Flags.string({description: 'judge only shard i of n (e.g. 1/4), chosen by a hash of each relative path', helpValue: 'i/n'}),
    jobs: Flags.integer({description: 'worker threads (default: one per core)', min: 1, max: 256}),
  }

  async run(): Promise<unknown> {
    const {args, flags} = await this.parse(Portfolio)
    const {portfolio} = await import('../../services/portfolio.js')
    const json = this.jsonEnabled()
    // `portfolio ... | head` closes stdout early: the rows are then unwanted, the run and its summary are not.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
    })
    const progress = !json && process.stderr.isTTY ? await progressBar() : undefined
    const run = await portfolio({
      dir: args.dir,
      outdir: flags.output,
      policy: flags.policy,
      ca: flags.ca ?? [],
      ...(flags.now === undefined ? {} : {now: flags.now}),
      ...(flags.shard === undefined ? {} : {shard: flags.shard}),
      ...(flags.jobs === undefined ? {} : {jobs: flags.jobs}),
      version: this.config.version,
      onStart: (total) => progress?.start(total, 0, {pass: 0, fail: 0, error: 0}),
      onProgress: (done, outcomes) => progress?.update(done, outcomes),
      ...(json ? {} : {onRow: (row) => process.stdout.write(JSON.stringify(row) + '\n')}),
      onJudged: () => progress?.stop(),
    })

    const {summary, shard, seconds, outputs} = run
    const {outcomes, total, merchants} = summary
    if (!json) {
      process.stderr.write(
        `${total} submission${total === 1 ? '' : 's'}${shard ? ` in shard ${shard.index}/${shard.count}` : ''}: ` +
          `${outcomes.pass} pass, ${outcomes.fail} fail, ${outcomes.error} error ` +
          `(${run.judged} judged, ${run.reused} reused from the cache, ${seconds.toFixed(1)} s)\n` +
          `${merchants.total} merchant${merchants.total === 1 ? '' : 's'} by their latest submission: ${merchants.outcomes.pass} pass, ${merchants.outcomes.fail} fail; ` +
          `${merchants.flagged} flagged; ${merchants.ungrouped.unverified + merchants.ungrouped.no_merchant_id} submissions grouped under no merchant\n` +
          `Wrote ${outputs.join(', ')}\n`,
      )
    }
    process.exitCode = run.exitCode
    return {...summary, run: {judged: run.judged, reused: run.reused, seconds, outputs}}
  }
}

async function progressBar() {
  const {default: cliProgress} = await import('cli-progress')
  return new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'gating {bar} {value}/{total} · {pass} pass {fail} fail {error} error · ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  )
}
