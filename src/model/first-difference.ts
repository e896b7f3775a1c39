import {escapeControlCharacters} from './control-characters.js'

/** An RFC 6901 token; a control character in a submitted key is written as a visible escape, never raw. */
const pointerToken = (key: string | number): string => escapeControlCharacters(String(key).replaceAll('~', '~0').replaceAll('/', '~1'))

/**
 * The JSON pointer of the first place where `submitted` and `derived` differ, walking in the derived
 * result's key order; undefined when they hold the same values.
 */
export function firstDifference(submitted: unknown, derived: unknown, at = ''): string | undefined {
  if (Array.isArray(submitted) && Array.isArray(derived)) {
    for (let index = 0; index < Math.max(submitted.length, derived.length); index++) {
      if (index >= submitted.length || index >= derived.length) return `${at}/${index}`
      const inner = firstDifference(submitted[index], derived[index], `${at}/${index}`)
      if (inner !== undefined) return inner
    }
    return undefined
  }
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
  if (isObject(submitted) && isObject(derived)) {
    const keys = [...Object.keys(derived), ...Object.keys(submitted).filter((k) => !Object.hasOwn(derived, k))]
    for (const key of keys) {
      if (!Object.hasOwn(submitted, key) || !Object.hasOwn(derived, key)) return `${at}/${pointerToken(key)}`
      const inner = firstDifference(submitted[key], derived[key], `${at}/${pointerToken(key)}`)
      if (inner !== undefined) return inner
    }
    return undefined
  }
  return Object.is(submitted, derived) ? undefined : at
}
