import {describe, expect, it} from 'vitest'
import {answersCatalogVersion, changesSince} from '../../src/catalog/catalog-changes.js'
import type {CatalogChange, CatalogMeta} from '../../src/generated/catalog-meta.js'

function catalog(version: string, changes?: CatalogChange[]): {meta: CatalogMeta} {
  return {
    meta: {
      id: 'test',
      version,
      effective: '2026-01-01',
      languages: ['en'],
      pci_dss_version: '4.0.1',
      domains: ['seals'],
      ...(changes ? {changes} : {}),
    },
  }
}

const summary = {en: 'What changed'}
// Newest first, as catalog.yaml lists them.
const HISTORY: CatalogChange[] = [
  {version: '1.3.0', summary, changed: ['SEAL-02', 'CUS-01'], retired: ['SEAL-03']},
  {version: '1.2.0', summary, added: ['SEAL-03'], changed: ['SEAL-02']},
  {version: '1.1.0', summary, added: ['SEAL-02'], changed: ['CUS-01'], retired: ['CUS-09']},
]

describe('changesSince', () => {
  it('takes one version', () => {
    expect(changesSince(catalog('1.1.0', HISTORY.slice(2)), '1.0.0')).toEqual({
      from: '1.0.0',
      to: '1.1.0',
      added: ['SEAL-02'],
      changed: ['CUS-01'],
      retired: ['CUS-09'],
      versions: {'SEAL-02': '1.1.0', 'CUS-01': '1.1.0', 'CUS-09': '1.1.0'},
    })
  })

  it('unites the versions in between: added then changed stays added, retired wins, changed names its last version', () => {
    expect(changesSince(catalog('1.3.0', HISTORY), '1.0.0')).toEqual({
      from: '1.0.0',
      to: '1.3.0',
      added: ['SEAL-02'],
      changed: ['CUS-01'],
      retired: ['CUS-09', 'SEAL-03'],
      versions: {'SEAL-02': '1.1.0', 'CUS-01': '1.3.0', 'CUS-09': '1.1.0', 'SEAL-03': '1.3.0'},
    })
  })

  it('leaves out the version the answers were written for (exclusive) and versions after the catalog', () => {
    // Answers for 1.1.0: SEAL-02 was there already, so its later changes make it changed, not added.
    expect(changesSince(catalog('1.3.0', HISTORY), '1.1.0')).toMatchObject({added: [], changed: ['CUS-01', 'SEAL-02'], retired: ['SEAL-03']})
    // A catalog at 1.2.0 whose list already holds a 1.3.0 entry: not yet in force.
    expect(changesSince(catalog('1.2.0', HISTORY), '1.1.0')).toMatchObject({added: ['SEAL-03'], changed: ['SEAL-02'], retired: []})
  })

  it('gives nothing for answers as new as the catalog or newer, or a catalog without a changes list', () => {
    const none = {added: [], changed: [], retired: [], versions: {}}
    expect(changesSince(catalog('1.3.0', HISTORY), '1.3.0')).toEqual({from: '1.3.0', to: '1.3.0', ...none})
    expect(changesSince(catalog('1.3.0', HISTORY), '2.0.0')).toMatchObject(none)
    expect(changesSince(catalog('1.1.0'), '1.0.0')).toMatchObject(none)
  })

  it('orders versions by their numbers, not as text', () => {
    const tenth = catalog('1.10.0', [
      {version: '1.10.0', summary, changed: ['CUS-01']},
      {version: '1.9.0', summary, added: ['CUS-01']},
    ])
    expect(changesSince(tenth, '1.2.0')).toMatchObject({added: ['CUS-01'], changed: []})
    expect(changesSince(tenth, '1.9.0')).toMatchObject({added: [], changed: ['CUS-01'], versions: {'CUS-01': '1.10.0'}})
  })
})

describe('answersCatalogVersion', () => {
  it('is catalog_version, else 1.0.0', () => {
    expect(answersCatalogVersion({catalog_version: '1.1.0'})).toBe('1.1.0')
    expect(answersCatalogVersion({schema_version: 1})).toBe('1.0.0')
    expect(answersCatalogVersion(null)).toBe('1.0.0')
  })
})
