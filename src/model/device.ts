import type {Device} from '../generated/answers.js'
import type {Language} from './language.js'

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
] as const satisfies readonly (keyof Device)[]
export type DeviceField = (typeof DEVICE_FIELDS)[number]

/** The fields every terminal in the inventory has (the schema requires them). */
export const REQUIRED_DEVICE_FIELDS = ['serial', 'make', 'model', 'state'] as const satisfies readonly DeviceField[]

/** Where a terminal is in its life, in the schema's order. */
export const DEVICE_STATES = ['in-use', 'spare', 'in-repair', 'retired'] as const satisfies readonly Device['state'][]
export type DeviceState = (typeof DEVICE_STATES)[number]

/** Each state's name, as the walk-through offers it and the report prints it. */
export const DEVICE_STATE_LABELS: Record<Language, Record<DeviceState, string>> = {
  en: {'in-use': 'In use', spare: 'Spare', 'in-repair': 'In repair', retired: 'Retired'},
  'zh-CN': {'in-use': '使用中', spare: '备用', 'in-repair': '维修中', retired: '已退役'},
}

/** Only terminals in use can be tampered with at the counter; spares and retired ones are not checked. */
export function isInUse(device: Pick<Device, 'state'>): boolean {
  return device.state === 'in-use'
}

/** The terminals in use, in inventory order. */
export function devicesInUse(inventory: readonly Device[]): Device[] {
  return inventory.filter(isInUse)
}
