import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {writeCatalogCases} from '../../helpers/catalog-cases.js'
import {runCli} from '../../helpers/run-cli.js'

const CATALOG = 'test/fixtures/catalog/base'

describe('posattest catalog list', () => {
  it('prints an aligned table of every control', async () => {
    const result = await runCli(['catalog', 'list', '--catalog', CATALOG])
    expect(result).toEqual({
      code: 0,
      stdout:
        'ID       DOMAIN          ROLES              SEVERITY  TITLE\n' +
        'CUS-01   device-custody  merchant           high      Terminal inventory\n' +
        'CUS-02   device-custody  merchant,acquirer  medium    Spare terminals locked away\n' +
        'SEAL-01  seals           merchant           critical  Seals checked at every inspection\n',
      stderr: '',
    })
  })

  it('aligns Chinese headings by display width', async () => {
    const result = await runCli(['catalog', 'list', '--catalog', CATALOG, '--lang', 'zh-CN'])
    expect(result.stdout).toBe(
      '编号     领域            角色               严重程度  标题\n' +
        'CUS-01   device-custody  merchant           high      终端清单\n' +
        'CUS-02   device-custody  merchant,acquirer  medium    备用终端上锁保管\n' +
        'SEAL-01  seals           merchant           critical  每次检查时核对封条\n',
    )
  })

  it('filters by role and by domain', async () => {
    const acquirer = await runCli(['catalog', 'list', '--catalog', CATALOG, '--role', 'acquirer'])
    expect(acquirer.stdout).toBe(
      'ID      DOMAIN          ROLES              SEVERITY  TITLE\n' +
        'CUS-02  device-custody  merchant,acquirer  medium    Spare terminals locked away\n',
    )
    const seals = await runCli(['catalog', 'list', '--catalog', CATALOG, '--domain', 'seals', '--role', 'merchant'])
    expect(seals.stdout).toBe(
      'ID       DOMAIN  ROLES     SEVERITY  TITLE\n' + 'SEAL-01  seals   merchant  critical  Seals checked at every inspection\n',
    )
  })

  it('gives every field of each control, with its domain, as JSON', async () => {
    const result = await runCli(['catalog', 'list', '--catalog', CATALOG, '--domain', 'seals', '--json'])
    expect(result.code).toBe(0)
    const seals = parse(readFileSync(`${CATALOG}/seals.yaml`, 'utf8'))
    expect(JSON.parse(result.stdout)).toEqual(seals.controls.map((c: object) => ({...c, domain: 'seals'})))
  })

  it('refuses an unknown role with exit 2', async () => {
    const result = await runCli(['catalog', 'list', '--role', 'issuer'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('posattest: Expected --role=issuer to be one of: merchant, acquirer (try: posattest catalog list --help)\n')
  })

  it('says which file is wrong when the catalog is invalid', async () => {
    const cases = await writeCatalogCases(['schema'])
    try {
      const result = await runCli(['catalog', 'list', '--catalog', 'schema'], {cwd: cases.dir})
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: 'posattest: schema/seals.yaml:22:5: controls.0.owner: unknown key (the catalog is invalid) (try: posattest catalog lint schema)\n',
      })
    } finally {
      await cases.cleanup()
    }
  })
})
