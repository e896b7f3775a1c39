// Answers written for an older catalog: the 'catalog-versions' case of catalog-cases.ts (1.1.0: SEAL-02 added,
// CUS-01 changed, CUS-09 retired) and a merchant's answers to its 1.0.0, complete for that version.
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {writeCatalogCases} from './catalog-cases.js'

/** Complete for catalog 1.0.0 (no catalog_version: written before the key existed), with CUS-09 still answered. */
export const ANSWERS_FOR_1_0_0 = `# Written for catalog 1.0.0.
schema_version: 1
assessment:
  entity:
    legal_name: Acme Retail Ltd
    merchant_id: MID-0042
    country: DE
  role: merchant
  acquirer: Example Bank
  date: 2026-11-24
  period:
    start: 2025-11-25
    end: 2026-11-24
  assessor:
    name: Mei Chen
    title: Store manager
    email: mei@example.com
  language: en
profile:
  terminal_connections: [ip]
  p2pe_solution: false
  stores_card_data_electronically: false
  keeps_paper_records: false
  location_count: 1
  third_party_servicing: false
  mobile_terminals: false
  unattended_terminals: false
  remote_key_injection: false
  remote_updates: false
  inspection_interval_days: 90
  terminal_log_retention_days: 365
inventory:
  - serial: V200-0001
    make: Verifone
    model: V200c
    pts_approval: 4-30310
    pts_expiry: 2029-04-30
    location: Till 1
    seal_ids: [S-1001]
    last_inspection: 2026-11-01
    state: in-use
controls:
  CUS-01:
    status: in_place
    evidence:
      - url: https://intranet.example.com/terminals
        date: 2026-11-20
  SEAL-01: # the seal log starts in December
    status: not_in_place
    owner: Store manager
    target_date: 2026-12-08
  CUS-09:
    status: in_place
`

/** The same answers with a catalog_version line after schema_version. */
export function answersWithVersion(version: string, text = ANSWERS_FOR_1_0_0): string {
  return text.replace('schema_version: 1\n', `schema_version: 1\ncatalog_version: ${version}\n`)
}

/** A temporary folder with the 1.1.0 catalog as `catalog/` and the given answers files beside it. */
export async function writeVersionedCase(files: Readonly<Record<string, string>>): Promise<{dir: string; catalog: string; cleanup: () => Promise<void>}> {
  const temp = await writeCatalogCases(['catalog-versions'])
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(temp.dir, name), text)
  return {...temp, catalog: path.join(temp.dir, 'catalog-versions')}
}
