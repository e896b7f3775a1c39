import type {Device} from '../generated/answers.js'
import type {DeviceCheck} from '../generated/catalog.js'
import {daysBetween} from './day.js'
import {devicesInUse} from './device.js'

/** One way a terminal fails a control's device check; `field` names the inventory key concerned. */
export interface DeviceProblem {
  serial: string
  check: DeviceCheck
  field: keyof Device
  /** English text; evaluation adds the other languages. */
  message: string
}

export interface DeviceCheckOptions {
  /** The assessment date (YYYY-MM-DD): nothing here reads the clock. */
  date: string
  /** For `inspection`: the longest allowed gap since the last inspection. */
  intervalDays?: number
}

/** The fields the `identity` check wants filled in, in the order it names them. */
export const IDENTITY_FIELDS = ['serial', 'make', 'model', 'location'] as const satisfies readonly (keyof Device)[]

/** Runs one check on one device; an empty list means the device passes. */
export function checkDevice(device: Device, check: DeviceCheck, options: DeviceCheckOptions): DeviceProblem[] {
  const problem = (field: keyof Device, message: string): DeviceProblem => ({serial: device.serial, check, field, message})
  switch (check) {
    case 'identity': {
      const missing = IDENTITY_FIELDS.filter((f) => !device[f])
      return missing.map((f) => problem(f, `terminal ${device.serial} has no ${f} in the inventory`))
    }
    case 'seals':
      return device.seal_ids && device.seal_ids.length > 0
        ? []
        : [problem('seal_ids', `terminal ${device.serial} has no tamper-evident seal ids recorded`)]
    case 'inspection': {
      if (!device.last_inspection) return [problem('last_inspection', `terminal ${device.serial} has no inspection recorded`)]
      const age = daysBetween(device.last_inspection, options.date)
      const limit = options.intervalDays
      return limit !== undefined && age > limit
        ? [problem('last_inspection', `terminal ${device.serial} was last inspected ${age} days before the assessment (at most ${limit} allowed)`)]
        : []
    }
    case 'pts_approval': {
      if (!device.pts_approval) return [problem('pts_approval', `terminal ${device.serial} has no PCI PTS approval number`)]
      if (!device.pts_expiry) return [problem('pts_expiry', `terminal ${device.serial} has no PTS approval expiry date`)]
      return device.pts_expiry < options.date
        ? [problem('pts_expiry', `terminal ${device.serial} has a PTS approval that expired on ${device.pts_expiry}`)]
        : []
    }
    case 'firmware':
      return device.firmware ? [] : [problem('firmware', `terminal ${device.serial} has no firmware version recorded`)]
  }
}

/** Every problem of every in-use device for a list of checks, in inventory order. */
export function checkDevices(
  inventory: readonly Device[],
  checks: readonly DeviceCheck[],
  options: DeviceCheckOptions,
): DeviceProblem[] {
  return devicesInUse(inventory).flatMap((d) => checks.flatMap((c) => checkDevice(d, c, options)))
}
