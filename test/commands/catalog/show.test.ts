import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {runCli} from '../../helpers/run-cli.js'

const CATALOG = 'test/fixtures/catalog/base'

describe('posattest catalog show', () => {
  it('prints one control in full, with its applicability in words and raw templates', async () => {
    const result = await runCli(['catalog', 'show', 'SEAL-01', '--catalog', CATALOG])
    expect(result).toEqual({
      code: 0,
      stdout: `SEAL-01  Seals checked at every inspection

Domain         seals
Roles          merchant
Severity       critical
Applies        when terminal_connections includes ip
Device checks  seals, inspection
Interval       at most 90 days between checks
Evidence       required; at most 120 days old
Deadline       within 14 days of the assessment date

Question
  Do you compare each terminal's seal numbers with your records?

Guidance
  A missing or changed seal is a sign of tampering.

Evidence to keep
  The inspection log with seal numbers.

Remediation steps
  1. Inspect {{count devices}} terminals ({{serials devices}}) and record their seals.

References
  PCI DSS v4.0.1  9.5.1.2, 9.5.1.2.1
`,
      stderr: '',
    })
  })

  it('prints in Chinese, matching the id without regard to case', async () => {
    const result = await runCli(['catalog', 'show', 'cus-02', '--catalog', CATALOG, '--lang', 'zh-CN'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`CUS-02  备用终端上锁保管

领域      device-custody
角色      merchant, acquirer
严重程度  medium
适用条件  当 location_count 至少为 2 或 mobile_terminals 不为 false 时
证据      可选；不超过 365 天
整改期限  评估日期后 60 天内

问题
  未使用的备用终端是否上锁保管？

指引
  将备用终端存放在上锁的柜子里。

需保留的证据
  上锁柜子的照片。

整改步骤
  1. 将 {{entity.trading_name}} 的备用终端上锁保管。

参考
  PCI DSS v4.0.1  9.5.1
  来源            seeds/000_b129ceca9fe63640.txt
`)
  })

  it("says a per-site control is answered per site, in both languages (the shipped catalog's SEAL-02)", async () => {
    expect((await runCli(['catalog', 'show', 'SEAL-02'])).stdout).toContain('Scope          per site: each site of an organisation may answer it itself\n')
    expect((await runCli(['catalog', 'show', 'SEAL-02', '--lang', 'zh-CN'])).stdout).toContain('作答范围  按营业地点：机构的每个营业地点可自行作答\n')
    expect((await runCli(['catalog', 'show', 'TRN-01'])).stdout).not.toContain('Scope')
  })

  it('numbers several remediation steps and shows a control that always applies', async () => {
    const result = await runCli(['catalog', 'show', 'CUS-01', '--catalog', CATALOG])
    expect(result.stdout).toContain('Applies        always\n')
    expect(result.stdout).toContain(
      'Remediation steps\n' +
        '  1. Record the serial number of {{#each devices}}{{model}} at {{location}}{{#unless @last}}, {{/unless}}{{/each}}.\n' +
        '  2. Send the list to {{assessment.acquirer}} by {{due_date}}.\n',
    )
  })

  it('returns the control as JSON', async () => {
    const result = await runCli(['catalog', 'show', 'SEAL-01', '--catalog', CATALOG, '--json'])
    expect(result.code).toBe(0)
    const seals = parse(readFileSync(`${CATALOG}/seals.yaml`, 'utf8'))
    expect(JSON.parse(result.stdout)).toEqual({...seals.controls[0], domain: 'seals'})
  })

  it('exits 2 on an unknown id, naming the closest ids', async () => {
    const result = await runCli(['catalog', 'show', 'SEAL-1', '--catalog', CATALOG])
    expect(result).toEqual({code: 2, stdout: '', stderr: 'posattest: no control SEAL-1 in the catalog (try: posattest catalog show SEAL-01)\n'})
    const typo = await runCli(['catalog', 'show', 'CUS-03', '--catalog', CATALOG])
    expect(typo.stderr).toBe('posattest: no control CUS-03 in the catalog (try: posattest catalog show CUS-01 or posattest catalog show CUS-02)\n')
  })

  it('points to catalog list when nothing is close', async () => {
    const result = await runCli(['catalog', 'show', 'PASSWORDS', '--catalog', CATALOG])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'posattest: no control PASSWORDS in the catalog (try: posattest catalog list, to see the ids)\n',
    })
    expect(result.stderr).not.toMatch(/^\s+at /m)
  })
})
