import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {DEFAULT_CATALOG_DIR, loadCatalog} from '../../src/catalog/catalog.js'
import {compareVersions, releasedCatalogDirs, shippedCatalogDirs} from '../../src/catalog/released-catalogs.js'
import {FIXTURES, runCli} from '../helpers/run-cli.js'

const yamlFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort()

describe('the released catalogs', () => {
  it('are shipped after the current one, oldest first, each in a folder named after its version', async () => {
    const released = await releasedCatalogDirs()
    expect(released.length).toBeGreaterThan(0)
    expect(await shippedCatalogDirs()).toEqual([DEFAULT_CATALOG_DIR, ...released])
    const current = await loadCatalog(DEFAULT_CATALOG_DIR)
    for (const dir of released) {
      const catalog = await loadCatalog(dir)
      expect([catalog.meta.id, catalog.meta.version]).toEqual([current.meta.id, path.basename(dir)])
    }
  })

  it('are never changed: the current catalog either is a release word for word or has a newer version', async () => {
    const current = await loadCatalog(DEFAULT_CATALOG_DIR)
    const released = await releasedCatalogDirs()
    const same = released.find((dir) => path.basename(dir) === current.meta.version)
    if (same) {
      // Not yet changed since that release: every file as released. A change needs a new version first.
      expect(yamlFiles(DEFAULT_CATALOG_DIR)).toEqual(yamlFiles(same))
      for (const name of yamlFiles(same)) expect(readFileSync(path.join(DEFAULT_CATALOG_DIR, name), 'utf8')).toBe(readFileSync(path.join(same, name), 'utf8'))
    } else {
      for (const dir of released) expect(compareVersions(current.meta.version, path.basename(dir))).toBeGreaterThan(0)
    }
  })

  it('orders versions by their numbers', () => {
    expect(['1.10.0', '1.2.0', '1.9.1', '0.9.0'].sort(compareVersions)).toEqual(['0.9.0', '1.2.0', '1.9.1', '1.10.0'])
  })

  it('pass catalog lint, but for the glossary rule that came with 1.1.0 (a released catalog is frozen)', async () => {
    for (const dir of await releasedCatalogDirs()) {
      const {diagnostics} = JSON.parse((await runCli(['catalog', 'lint', dir, '--format', 'json'])).stdout) as {diagnostics: {rule: string}[]}
      expect(diagnostics.filter((d) => d.rule !== 'glossary-term'), dir).toEqual([])
    }
  })
})

// Reports signed under catalog 1.0.0 by posattest before catalog 1.1.0 shipped (test/fixtures/catalog-1.0.0,
// made on 2026-12-02 from examples/ with the trial key). An acquirer's book holds such reports for years: they
// must still be derived under the catalog they name and judged, whatever the current catalog is.
const OLD = path.join(FIXTURES, 'catalog-1.0.0')
const gate = (file: string) =>
  runCli(['gate', path.join(OLD, file), '--policy', path.join(OLD, 'policy.yaml'), '--now', '2026-12-01', '--format', 'json'])

describe('a report signed under catalog 1.0.0', () => {
  it('still passes the gate when it was compliant', async () => {
    const result = await gate('merchant-compliant.pdf')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({outcome: 'pass', verdict: 'compliant', signed: true, reasons: []})
  })

  it('still fails only on its verdict when it had gaps, never on its derivation', async () => {
    const result = await gate('merchant-gaps.pdf')
    expect(result.code).toBe(1)
    const codes = (JSON.parse(result.stdout) as {reasons: {code: string}[]}).reasons.map((r) => r.code)
    expect(codes).toEqual(['verdict-not-compliant'])
  })
})
