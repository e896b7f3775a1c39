import {describe, expect, it} from 'vitest'
import {parseTextBlocks, plainText} from '../../src/report/text-blocks.js'

describe('parseTextBlocks', () => {
  it('reads each marker of the line convention', () => {
    const source = [
      '% Cover title',
      '# 1. Section',
      '## Subsection',
      '### Minor',
      'A paragraph.',
      '- A bullet',
      '12. A numbered step',
      '> A note',
      '! A warning',
      '= Label | The value | with a bar',
      '@table inventory',
      '@verdict',
    ].join('\n')
    expect(parseTextBlocks(source)).toEqual([
      {kind: 'title', text: 'Cover title'},
      {kind: 'h1', text: '1. Section'},
      {kind: 'h2', text: 'Subsection'},
      {kind: 'h3', text: 'Minor'},
      {kind: 'paragraph', text: 'A paragraph.'},
      {kind: 'bullet', text: 'A bullet'},
      {kind: 'numbered', number: '12', text: 'A numbered step'},
      {kind: 'note', text: 'A note'},
      {kind: 'warning', text: 'A warning'},
      {kind: 'field', label: 'Label', value: 'The value | with a bar'},
      {kind: 'directive', name: 'table', args: ['inventory']},
      {kind: 'directive', name: 'verdict', args: []},
    ])
  })

  it('collapses blank lines into one gap and drops gaps at the end', () => {
    expect(parseTextBlocks('One\n\n\n   \nTwo\n\n')).toEqual([
      {kind: 'paragraph', text: 'One'},
      {kind: 'gap'},
      {kind: 'paragraph', text: 'Two'},
    ])
  })

  it('keeps indented template lines as what their marker says', () => {
    expect(parseTextBlocks('    - indented bullet')).toEqual([{kind: 'bullet', text: 'indented bullet'}])
  })
})

describe('plainText', () => {
  it('keeps data that starts with a marker from becoming a heading, bullet or layout element', () => {
    const notes = ['# not a heading', '- not a bullet', '@table answers', '  = a | b', '3. not a step', '> not a note']
    const blocks = parseTextBlocks(notes.map(plainText).join('\n'))
    expect(blocks).toEqual(notes.map((text) => ({kind: 'paragraph', text: text.trim()})))
  })

  it('keeps line breaks inside one block instead of splitting it', () => {
    const value = plainText('First line\r\n# second line\n\tthird')
    expect(parseTextBlocks(`= Notes | ${value}`)).toEqual([{kind: 'field', label: 'Notes', value: 'First line\n# second line\n    third'}])
  })

  it('leaves ordinary text as it is', () => {
    expect(plainText('终端 60-114-882 的 PTS 认证已过期。')).toBe('终端 60-114-882 的 PTS 认证已过期。')
  })
})
