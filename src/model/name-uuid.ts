import {createHash} from 'node:crypto'

/**
 * Name-based UUIDs, version 5 (SHA-1), as RFC 9562 section 5.5 (formerly RFC 4122 section 4.3) defines them:
 * the SHA-1 of the namespace's 16 bytes followed by the name's UTF-8 bytes, cut to 16 bytes, with the version
 * (0101) in the high nibble of byte 6 and the variant (10) in the top bits of byte 8. The same namespace and
 * name always give the same UUID, so documents that carry UUIDs stay byte-identical for the same content.
 */
export function nameUuid(namespace: string, name: string): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest()
  const bytes = hash.subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function uuidBytes(uuid: string): Buffer {
  if (!UUID.test(uuid)) throw new Error(`not a UUID: ${uuid}`)
  return Buffer.from(uuid.replaceAll('-', ''), 'hex')
}

/** RFC 9562 Appendix C: the namespace for names that are URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'
