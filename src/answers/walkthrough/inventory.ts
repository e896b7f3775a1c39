import type {Device} from '../../generated/answers.js'
import {DEVICE_STATE_LABELS, DEVICE_STATES, REQUIRED_DEVICE_FIELDS} from '../../model/device.js'
import {INVENTORY_MESSAGES} from './inventory-messages.js'
import {FREE_TEXT, present, type WalkthroughSession} from './session.js'

/** Completes the terminals the file lists, or, when it lists none, adds them one by one (or points to the CSV import). */
export async function askInventory(s: WalkthroughSession): Promise<void> {
  const m = INVENTORY_MESSAGES[s.lang]
  const devices = listedDevices(s)
  const incomplete = devices.flatMap((d, i) => (REQUIRED_DEVICE_FIELDS.every((f) => present(d?.[f])) ? [] : [i]))
  if (devices.length > 0 && incomplete.length === 0) {
    s.print(s.m.sectionComplete(m.section, m.count(devices.length)))
    return
  }
  s.heading(m.section)
  for (const index of incomplete) await askDeviceFields(s, index)
  if (devices.length > 0) return
  const how = await s.prompts.select({
    message: m.how,
    choices: [
      {value: 'add', name: m.addNow},
      {value: 'import', name: m.importLater},
    ],
  })
  if (how === 'import') {
    s.print(m.importHint(s.options.file))
    return
  }
  do {
    const serial = await s.text(m.serial, {
      required: true,
      maxLength: 64,
      identifier: true,
      check: (v) => (s.doc.deviceIndex(v) >= 0 ? m.duplicateSerial(v) : undefined),
    })
    const index = s.doc.append(['inventory'], {serial})
    await s.doc.save()
    await askDeviceFields(s, index)
  } while (await s.prompts.confirm({message: m.another, default: false}))
}

function listedDevices(s: WalkthroughSession): Partial<Device>[] {
  const inventory = s.doc.get(['inventory'])
  return Array.isArray(inventory) ? (inventory as Partial<Device>[]) : []
}

/** Asks every field the terminal at this index lacks. */
async function askDeviceFields(s: WalkthroughSession, index: number): Promise<void> {
  const m = INVENTORY_MESSAGES[s.lang]
  const ask = async (field: keyof Device, question: () => Promise<unknown>) => {
    if (s.has(['inventory', index, field])) return
    const value = await question()
    if (value !== '' && !(Array.isArray(value) && value.length === 0)) await s.put(['inventory', index, field], value)
    else await s.dropPlaceholder(['inventory', index, field])
  }
  await ask('serial', () => s.text(m.serial, {required: true, maxLength: 64, identifier: true}))
  s.print(m.deviceHeading(String(s.doc.get(['inventory', index, 'serial']))))
  await ask('make', () => s.text(m.make, {required: true}))
  await ask('model', () => s.text(m.model, {required: true}))
  await ask('state', () =>
    s.prompts.select({message: m.state, choices: DEVICE_STATES.map((state) => ({value: state, name: DEVICE_STATE_LABELS[s.lang][state]}))}),
  )
  await ask('location', () => s.text(m.location))
  await ask('pts_approval', () => s.text(m.ptsApproval, {maxLength: 40, identifier: true}))
  await ask('pts_expiry', () => s.date(m.ptsExpiry, {}))
  await ask('firmware', () => s.text(m.firmware, {maxLength: 64, identifier: true}))
  await ask('seal_ids', async () => splitList(await s.text(m.sealIds, {maxLength: FREE_TEXT, identifier: true})))
  await ask('last_inspection', () => s.date(m.lastInspection, {notAfter: s.assessmentDate()}))
}

/** Seal ids typed as one line: separated by commas, semicolons, bars or spaces. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;|\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}
