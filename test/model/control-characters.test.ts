import {describe, expect, it} from 'vitest'
import {escapeControlCharacters, escapeDeep, safeDeep, safeText} from '../../src/model/control-characters.js'

describe('escapeControlCharacters', () => {
  it('writes C0, DEL, C1, bidi and other format characters as visible escapes', () => {
    expect(escapeControlCharacters('a\x1b[2J\x1b[Hb')).toBe('a\\x1b[2J\\x1b[Hb')
    expect(escapeControlCharacters('\r\n\t\b\0\x7f')).toBe('\\r\\n\\t\\x08\\x00\\x7f')
    expect(escapeControlCharacters('\x9b31m\x85')).toBe('\\x9b31m\\x85')
    expect(escapeControlCharacters('\u202Eexe.txt\u202A\u202B\u202C\u202D')).toBe('\\u{202e}exe.txt\\u{202a}\\u{202b}\\u{202c}\\u{202d}')
    expect(escapeControlCharacters('\u2066\u2067\u2068\u2069\u200B\u200E\u200F\u061C\uFEFF\u2028\u2029')).toBe(
      '\\u{2066}\\u{2067}\\u{2068}\\u{2069}\\u{200b}\\u{200e}\\u{200f}\\u{61c}\\u{feff}\\u{2028}\\u{2029}',
    )
    // OSC: ESC ] ... BEL (a terminal title or hyperlink)
    expect(escapeControlCharacters('\x1b]0;owned\x07')).toBe('\\x1b]0;owned\\x07')
    // A lone surrogate
    expect(escapeControlCharacters('x\uD800y')).toBe('x\\u{d800}y')
  })

  it('leaves ordinary text alone, backslashes and non-Latin scripts included, and is idempotent', () => {
    for (const text of ['Harbour Lane Coffee Ltd', 'C:\\evidence\\log.csv', '金港茶餐厅有限公司', 'Café – «ok» ™', '👩‍💻'.replace('\u200d', '')]) {
      expect(escapeControlCharacters(text)).toBe(text)
    }
    const once = escapeControlCharacters('a\x1b\u202e\r\x9b')
    expect(escapeControlCharacters(once)).toBe(once)
  })

  it('keeps line breaks when asked (the PDF layout), nothing else', () => {
    expect(escapeControlCharacters('line 1\nline 2\r\x1b', {keepNewlines: true})).toBe('line 1\nline 2\\r\\x1b')
  })
})

describe('safeText', () => {
  it('masks card numbers, then escapes', () => {
    expect(safeText('card 4111 1111 1111 1111\x1b[2J')).toBe('card 411111******1111\\x1b[2J')
  })

  it('a control character between the digits cannot hide a card number', () => {
    for (const hidden of ['4111\x1b1111 1111 1111', '4111\u202e111111111111', '41111111\r11111111', '4\x9b111-1111-1111-1111']) {
      const shown = safeText(hidden)
      expect(shown).toBe('411111******1111')
      expect(shown.replace(/[^0-9]/g, '')).not.toContain('4111111111111111')
    }
  })

  it('safeDeep and escapeDeep reach every string of a JSON value, keys included; escapeDeep masks nothing', () => {
    const value = {name: 'x\x1b', list: ['\u202e', 1, null, true], nested: {'k\r': '4111111111111111'}}
    expect(safeDeep(value)).toEqual({name: 'x\\x1b', list: ['\\u{202e}', 1, null, true], nested: {'k\\r': '411111******1111'}})
    expect(escapeDeep(value)).toEqual({name: 'x\\x1b', list: ['\\u{202e}', 1, null, true], nested: {'k\\r': '4111111111111111'}})
  })
})
