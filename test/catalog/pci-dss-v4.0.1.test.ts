import {describe, expect, it} from 'vitest'
import {comparePciDssIds, isPciDssRequirement, PCI_DSS_V4_0_1_REQUIREMENTS} from '../../src/catalog/pci-dss-v4.0.1.js'

describe('PCI DSS v4.0.1 requirement ids', () => {
  it('holds the requirements the catalog cites, down to the deepest levels and the appendices', () => {
    for (const id of ['1', '3.5.1', '8.3.6', '9.5.1', '9.5.1.1', '9.5.1.2', '9.5.1.2.1', '9.5.1.3', '10.2.1.4',
      '12.3.4', '12.5.2.1', '12.10.4.1', '12.10.7', 'A1.1.4', 'A2.1.1', 'A2.1.2', 'A2.1.3', 'A3.2.6.1']) {
      expect(isPciDssRequirement(id), id).toBe(true)
    }
  })

  it('rejects ids that v4.0.1 does not define', () => {
    for (const id of ['9.9.9', '3.2.1.9', '13', '12.11', '9.5.1.4', 'A2.1.4', 'A4.1', '9.5.1.2.2', '']) {
      expect(isPciDssRequirement(id), id).toBe(false)
    }
  })

  it('has every principal requirement 1-12 and each appendix once, in the standard order', () => {
    for (let n = 1; n <= 12; n++) expect(PCI_DSS_V4_0_1_REQUIREMENTS).toContain(String(n))
    expect(new Set(PCI_DSS_V4_0_1_REQUIREMENTS).size).toBe(PCI_DSS_V4_0_1_REQUIREMENTS.length)
    expect([...PCI_DSS_V4_0_1_REQUIREMENTS].sort(comparePciDssIds)).toEqual(PCI_DSS_V4_0_1_REQUIREMENTS)
    expect(PCI_DSS_V4_0_1_REQUIREMENTS[0]).toBe('1')
    expect(PCI_DSS_V4_0_1_REQUIREMENTS.at(-1)).toBe('A3.5.1')
    expect(PCI_DSS_V4_0_1_REQUIREMENTS.length).toBe(365)
  })

  it('orders ids segment by segment, appendices last', () => {
    expect(['1.10', '2', 'A1.1', '1.2', '12.10.1', '12.2'].sort(comparePciDssIds)).toEqual([
      '1.2', '1.10', '2', '12.2', '12.10.1', 'A1.1',
    ])
  })
})
