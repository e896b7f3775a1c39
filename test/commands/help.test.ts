import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/run-cli.js'

describe('posattest help', () => {
  it('lists the commands, as --help does', async () => {
    const [help, flag] = await Promise.all([runCli(['help']), runCli(['--help'])])
    expect(help.code).toBe(0)
    expect(help.stderr).toBe('')
    expect(help.stdout).toBe(flag.stdout)
    expect(help.stdout).toContain('Checked, signed PCI DSS self-assessments')
    expect(help.stdout).toMatch(/^ {2}help +Display help for posattest$/m)
  })

  it("shows a command's help, a topic's command in several words, as the command's --help does", async () => {
    const [help, flag] = await Promise.all([runCli(['help', 'catalog', 'lint']), runCli(['catalog', 'lint', '--help'])])
    expect(help.code).toBe(0)
    expect(help.stdout).toBe(flag.stdout)
    expect(help.stdout).toContain('Check catalog folders and control files for mistakes')
  })

  it('ignores piped stdin: it is not the command to show', async () => {
    const [piped, plain] = await Promise.all([runCli(['help'], {input: 'sign\n'}), runCli(['help'])])
    expect(piped.code).toBe(0)
    expect(piped.stdout).toBe(plain.stdout)
  })

  it('exits 2 with one line for an unknown command', async () => {
    const run = await runCli(['help', 'nosuch'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('posattest: Command nosuch not found. (try: posattest help --help)\n')
  })
})
