import {createHash} from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'

/**
 * Reading a CMS SignedData, with the certificates it carries read once per process: pkijs matches every
 * carried certificate against its schema three times over (SignedData, CertificateSet, Certificate), which is
 * most of the cost of reading a signature, and a portfolio's signatures carry the same CA (often the same
 * signer) over and over. The certificates are remembered by the exact bytes of the `certificates` field; the
 * same bytes always read as the same certificates. Nothing downstream changes a read certificate.
 */

const MAX_REMEMBERED = 256
const remembered = new Map<string, NonNullable<pkijs.SignedData['certificates']>>()

const isCertificatesField = (block: asn1js.AsnType): boolean =>
  block.idBlock.tagClass === 3 && block.idBlock.tagNumber === 0

/** `new pkijs.SignedData({schema})`, with the same result and the same errors. */
export function readSignedData(schema: asn1js.AsnType): pkijs.SignedData {
  const items = schema instanceof asn1js.Sequence ? schema.valueBlock.value : []
  const fields = items.filter(isCertificatesField)
  // Only where RFC 5652 puts it (after version, digestAlgorithms and encapContentInfo): any other layout is
  // read, and refused, by pkijs as it always was.
  const raw = fields.length === 1 && items[3] === fields[0] ? fields[0]!.valueBeforeDecodeView : undefined
  if (!raw || raw.byteLength === 0) return new pkijs.SignedData({schema})
  const key = createHash('sha256').update(raw).digest('hex')
  const certificates = remembered.get(key)
  if (!certificates) {
    const signedData = new pkijs.SignedData({schema})
    if (signedData.certificates) {
      if (remembered.size >= MAX_REMEMBERED) remembered.clear()
      remembered.set(key, signedData.certificates.slice())
    }
    return signedData
  }
  let signedData: pkijs.SignedData
  try {
    signedData = new pkijs.SignedData({schema: new asn1js.Sequence({value: items.filter((item) => item !== fields[0])})})
  } catch {
    // Whatever else is wrong with it is said exactly as the whole SignedData says it.
    return new pkijs.SignedData({schema})
  }
  signedData.certificates = certificates.slice()
  return signedData
}
