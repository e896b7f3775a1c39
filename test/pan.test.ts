import {describe, expect, test} from 'vitest'
import {findCardNumbers, luhnValid, maskCardNumbers, maskDigits} from '../src/pan.js'

describe('card numbers in free text', () => {
  test('Luhn and masking to the first six and last four digits', () => {
    expect(luhnValid('4111111111111111')).toBe(true)
    expect(luhnValid('4111111111111112')).toBe(false)
    expect(maskDigits('378282246310005')).toBe('378282*****0005')
  })

  test('numbers with spaces or dashes are found at their first digit, with the text as written', () => {
    expect(findCardNumbers('card 4111-1111-1111-1111 and 5555 5555 5555 4444.')).toEqual([
      {index: 5, text: '4111-1111-1111-1111', masked: '411111******1111'},
      {index: 29, text: '5555 5555 5555 4444', masked: '555555******4444'},
    ])
  })

  test('a date or reference just before a card number does not hide it', () => {
    expect(findCardNumbers('refund 2026-11-20 4111 1111 1111 1111')).toEqual([
      {index: 18, text: '4111 1111 1111 1111', masked: '411111******1111'},
    ])
    expect(findCardNumbers('2016-02-05 6000000000004')).toEqual([{index: 11, text: '6000000000004', masked: '600000***0004'}])
  })

  test('digits glued to a longer run, too short or not Luhn-valid are not card numbers', () => {
    expect(findCardNumbers('x41111111111111111y 4111111111111112 411111111111 2026-11-20')).toEqual([])
    expect(findCardNumbers('0'.repeat(24))).toEqual([])
  })

  test('maskCardNumbers keeps everything else', () => {
    expect(maskCardNumbers('paid with 4111 1111 1111 1111 on 2026-11-20, ref 12345')).toBe(
      'paid with 411111******1111 on 2026-11-20, ref 12345',
    )
  })
})
