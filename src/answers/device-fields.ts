/**
 * A terminal's fields in the order the answers schema lists them (a test keeps the two in step): the order of
 * inventory CSV columns, of device keys in a written result, and of the fields a remediation step may name.
 */
export const DEVICE_FIELDS = [
  'serial',
  'make',
  'model',
  'pts_approval',
  'pts_expiry',
  'location',
  'seal_ids',
  'last_inspection',
  'firmware',
  'state',
] as const

export type DeviceField = (typeof DEVICE_FIELDS)[number]
