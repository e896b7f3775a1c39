import {describe, expect, it} from 'vitest'
import {URL_NAMESPACE, nameUuid} from '../../src/model/name-uuid.js'

describe('nameUuid', () => {
  it("gives RFC 9562's version 5 test vector (Appendix A.4: www.example.com in the DNS namespace)", () => {
    expect(nameUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
  })

  it("agrees with Python's uuid.uuid5 on a URL name, and is version 5 with the RFC variant", () => {
    // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://posattest.dev/ns/oscal'))"
    const id = nameUuid(URL_NAMESPACE, 'https://posattest.dev/ns/oscal')
    expect(id).toBe('a1e90370-b40e-53db-ab5f-8fd9043e9778')
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('hashes the name as UTF-8 and refuses a namespace that is not a UUID', () => {
    expect(nameUuid(URL_NAMESPACE, '晨光')).not.toBe(nameUuid(URL_NAMESPACE, '晨光 '))
    expect(() => nameUuid('not-a-uuid', 'x')).toThrow('not a UUID')
  })
})
