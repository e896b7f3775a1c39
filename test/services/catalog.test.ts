import {describe, expect, it} from 'vitest'
import {findControl, lint, listControls} from '../../src/services/catalog.js'

describe('the catalog services', () => {
  it('lint checks the shipped catalog by default: clean, exit 0', async () => {
    const {report, exitCode} = await lint({paths: [], version: 'test'})
    expect(exitCode).toBe(0)
    expect(report).toMatchObject({tool: 'catalog lint', version: 'test', diagnostics: []})
    expect(report.files.length).toBeGreaterThan(1)
  })

  it('lists the controls of one role and domain, in catalog order', async () => {
    const seals = await listControls({domain: 'seals', role: 'merchant'})
    expect(seals.length).toBeGreaterThan(0)
    expect(seals.every((c) => c.domain === 'seals' && c.roles.includes('merchant'))).toBe(true)
  })

  it('finds a control whatever the case of its id, else names the closest ids', async () => {
    expect((await findControl({id: 'seal-01'})).control?.id).toBe('SEAL-01')
    const missing = await findControl({id: 'SEAL-99'})
    expect(missing.control).toBeUndefined()
    expect('near' in missing && missing.near).toContain('SEAL-01')
  })
})
