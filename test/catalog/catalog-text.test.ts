import {describe, expect, it} from 'vitest'
import type {Condition} from '../../src/generated/catalog.js'
import {describeApplicability, describeCondition, displayWidth, padToWidth, renderTable} from '../../src/catalog/catalog-text.js'

describe('displayWidth', () => {
  it('counts CJK and fullwidth characters as two columns', () => {
    expect(displayWidth('SEAL-01')).toBe(7)
    expect(displayWidth('终端清单')).toBe(8)
    expect(displayWidth('封条（SEAL）')).toBe(12)
    expect(displayWidth('e\u0301')).toBe(1)
  })

  it('pads to a display width', () => {
    expect(padToWidth('领域', 6)).toBe('领域  ')
    expect(padToWidth('long text', 3)).toBe('long text')
  })
})

describe('renderTable', () => {
  it('aligns columns that hold CJK text by display width', () => {
    expect(renderTable([
      ['领域', 'ID', 'TITLE'],
      ['seals', 'SEAL-01', '封条'],
      ['设备保管', 'CUS-01', 'Register'],
    ])).toBe(
      '领域      ID       TITLE\n' +
      'seals     SEAL-01  封条\n' +
      '设备保管  CUS-01   Register\n',
    )
  })
})

describe('describeCondition', () => {
  const condition: Condition = {
    all: [
      {fact: 'terminal_connections', includes: 'ip'},
      {any: [{fact: 'location_count', at_least: 2}, {not: {fact: 'p2pe_solution', equals: true}}]},
      {not: {any: [{fact: 'mobile_terminals', equals: true}, {fact: 'unattended_terminals', equals: true}]}},
    ],
  }

  it('reads as a sentence in English', () => {
    expect(describeCondition(condition, 'en')).toBe(
      'terminal_connections includes ip and (location_count is at least 2 or p2pe_solution is not true) and ' +
        'not (mobile_terminals is true or unattended_terminals is true)',
    )
    expect(describeCondition({not: {fact: 'location_count', at_least: 3}}, 'en')).toBe('location_count is below 3')
    expect(describeCondition({not: {fact: 'terminal_connections', includes: 'dial'}}, 'en')).toBe('terminal_connections does not include dial')
  })

  it('reads as a sentence in Chinese', () => {
    expect(describeCondition(condition, 'zh-CN')).toBe(
      'terminal_connections 包含 ip 且 (location_count 至少为 2 或 p2pe_solution 不为 true) 且 ' +
        '非（mobile_terminals 为 true 或 unattended_terminals 为 true）',
    )
  })

  it('says when a control always applies', () => {
    expect(describeApplicability(undefined, 'en')).toBe('always')
    expect(describeApplicability(undefined, 'zh-CN')).toBe('始终适用')
    expect(describeApplicability({fact: 'remote_updates', equals: true}, 'zh-CN')).toBe('当 remote_updates 为 true 时')
  })
})
