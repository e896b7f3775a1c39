import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {openAnswersDocument, schemaKeyOrder} from '../../src/answers/answers-document.js'
import {tempDir} from '../helpers/run-cli.js'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({dir, cleanup} = await tempDir()))
afterEach(() => cleanup())

async function openText(text: string | undefined) {
  const file = path.join(dir, 'answers.yaml')
  if (text !== undefined) await writeFile(file, text)
  return openAnswersDocument(file)
}

const HEADER =
  '# posattest answers file: written by `posattest assess`; check it with `posattest validate`.\n' +
  '# Never write a card number (PAN) anywhere in this file.\n\n'

describe('openAnswersDocument', () => {
  it('starts an absent file with the header comment and schema_version, sections added in schema order', async () => {
    const doc = await openText(undefined)
    expect(doc.created).toBe(true)
    doc.set(['controls', 'CUS-01', 'status'], 'in_place')
    doc.setAssessmentField(['date'], '2026-11-24')
    doc.setAssessmentField(['entity', 'legal_name'], 'Acme')
    doc.setProfileFact('p2pe_solution', false)
    expect(doc.toString()).toBe(
      HEADER +
        'schema_version: 1\nassessment:\n  entity:\n    legal_name: Acme\n  date: 2026-11-24\nprofile:\n  p2pe_solution: false\n' +
        'controls:\n  CUS-01:\n    status: in_place\n',
    )
  })

  it('keeps the comments of a file that holds nothing else', async () => {
    const doc = await openText('# answers for Acme\n# (fill in with posattest assess)\n')
    expect(doc.created).toBe(true)
    doc.setProfileFact('location_count', 3)
    expect(doc.toString()).toBe('# answers for Acme\n# (fill in with posattest assess)\n\nschema_version: 1\nprofile:\n  location_count: 3\n')
  })

  it('changes values in place: comments, quoting, flow style and hand-made key order stay', async () => {
    const doc = await openText(
      [
        'schema_version: 1',
        'assessment:',
        '  date: 2026-01-01 # signed on this day',
        '  entity: {legal_name: "Acme"}',
        'profile: {}',
        'inventory: []',
        'controls:',
        '  # seals first, by habit',
        '  SEAL-01:',
        '    status: # not yet',
        '  CUS-01:',
        '    status: null',
        '',
      ].join('\n'),
    )
    doc.controlOrder = ['CUS-01', 'CUS-02', 'SEAL-01']
    doc.setAssessmentField(['date'], '2026-11-24')
    doc.setAssessmentField(['entity', 'legal_name'], 'Acme Retail Ltd')
    doc.setAssessmentField(['role'], 'merchant')
    doc.setProfileFact('terminal_connections', ['ip', 'wifi'])
    doc.setDeviceField('00123', 'make', 'Verifone')
    doc.setControlField('SEAL-01', 'status', 'not_in_place')
    doc.setControlField('CUS-02', 'status', 'in_place')
    expect(doc.toString()).toBe(
      [
        'schema_version: 1',
        'assessment:',
        '  date: 2026-11-24 # signed on this day',
        '  entity: {legal_name: "Acme Retail Ltd"}',
        '  role: merchant',
        'profile:',
        '  terminal_connections: [ip, wifi]',
        'inventory:',
        '  - serial: "00123"',
        '    make: Verifone',
        'controls:',
        '  # seals first, by habit',
        '  SEAL-01:',
        '    status: not_in_place # not yet',
        '  CUS-01:',
        '    status: null',
        '  CUS-02:',
        '    status: in_place',
        '',
      ].join('\n'),
    )
  })

  it('turns a CHANGE ME placeholder into a plain value of the right type', async () => {
    const doc = await openText('profile:\n  p2pe_solution: "CHANGE ME (true or false)" # from init\n')
    doc.setProfileFact('p2pe_solution', true)
    expect(doc.toString()).toBe('profile:\n  p2pe_solution: true # from init\n')
  })

  it('replaces a whole control answer, dropping fields the new one lacks and keeping comments', async () => {
    const doc = await openText(
      'controls:\n  CUS-01:\n    status: not_in_place # reviewed in May\n    owner: Ops\n    target_date: 2026-12-01\n',
    )
    doc.setControlAnswer('CUS-01', {status: 'not_applicable', justification: 'No terminals of our own'})
    expect(doc.toString()).toBe('controls:\n  CUS-01:\n    status: not_applicable # reviewed in May\n    justification: No terminals of our own\n')
  })

  it('refuses to store a card number anywhere in a value, and leaves the document as it was', async () => {
    const doc = await openText('controls:\n  CUS-01:\n    status: in_place\n')
    expect(() => doc.setControlField('CUS-01', 'notes', 'customer card 4111-1111-1111-1111')).toThrow(
      'controls.CUS-01.notes: holds what looks like a card number (411111******1111); card numbers are never stored',
    )
    expect(() => doc.mergeInventory([{serial: 'V1', make: 'a', model: 'b', state: 'spare', location: 'till 5500005555555559'}])).toThrow(
      'inventory.0.location: holds what looks like a card number (550000******5559); card numbers are never stored',
    )
    expect(doc.toString()).toBe('controls:\n  CUS-01:\n    status: in_place\n')
  })

  it('merges terminals by serial and reports what it did', async () => {
    const doc = await openText('inventory:\n  - serial: A # counter\n    make: X\n    model: Y\n    firmware: "1.0"\n    state: in-use\n')
    const merge = doc.mergeInventory([
      {serial: 'A', make: 'X', model: 'Y2', firmware: undefined, state: 'spare'},
      {serial: 'B', make: 'Z', model: 'W', state: 'in-use'},
    ])
    expect(merge).toEqual({added: 1, updated: 1, total: 2})
    expect(doc.toString()).toBe(
      'inventory:\n  - serial: A # counter\n    make: X\n    model: Y2\n    state: spare\n  - serial: B\n    make: Z\n    model: W\n    state: in-use\n',
    )
  })

  it('saves atomically exactly what it serializes', async () => {
    const doc = await openText('schema_version: 1\n')
    doc.setAssessmentField(['language'], 'zh-CN')
    await doc.save()
    expect(await readFile(doc.file, 'utf8')).toBe('schema_version: 1\nassessment:\n  language: zh-CN\n')
  })

  it('refuses files it cannot edit, at the place of the problem', async () => {
    await expect(openText('schema_version: 1\ncontrols: [CUS-01]\n')).rejects.toThrow(/answers\.yaml:2:11: controls must be a mapping$/)
    await expect(openText('- just\n- a list\n')).rejects.toThrow(/answers\.yaml:1:1: an answers file must be a mapping \(key: value lines\)$/)
    await expect(openText('a: 1\na: 2\n')).rejects.toThrow(/answers\.yaml:2:1: Map keys must be unique$/)
  })
})

describe('schemaKeyOrder', () => {
  it('follows the answers schema, through $refs, lists and keyed maps', () => {
    expect(schemaKeyOrder([])).toEqual(['schema_version', 'catalog_version', 'assessment', 'profile', 'scoping', 'attestation', 'inventory', 'controls', 'sites'])
    expect(schemaKeyOrder(['sites', 0])).toEqual(['id', 'name', 'address', 'inventory', 'controls'])
    expect(schemaKeyOrder(['sites', 0, 'controls', 'SEAL-02'])).toEqual(['status', 'notes', 'evidence', 'justification', 'ccw', 'owner', 'target_date', 'review_by'])
    expect(schemaKeyOrder(['assessment', 'period'])).toEqual(['start', 'end'])
    expect(schemaKeyOrder(['inventory', 0])).toEqual([
      'serial', 'make', 'model', 'pts_approval', 'pts_expiry', 'location', 'seal_ids', 'last_inspection', 'firmware', 'state',
    ])
    expect(schemaKeyOrder(['controls', 'CUS-01'])).toEqual(['status', 'notes', 'evidence', 'justification', 'ccw', 'owner', 'target_date', 'review_by'])
    expect(schemaKeyOrder(['controls', 'CUS-01', 'evidence', 0])).toEqual(['path', 'url', 'date', 'description'])
  })
})
