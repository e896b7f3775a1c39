import {cp, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parse, stringify} from 'yaml'
import {ROOT} from './run-cli.js'

/** A number as letters (0 → A, 26 → BA): digits could join a serial into a Luhn-valid run, a card number to validate. */
function letters(n: number): string {
  let out = ''
  do {
    out = String.fromCharCode(65 + (n % 26)) + out
    n = Math.floor(n / 26)
  } while (n > 0)
  return out
}

const EXAMPLE_SERIALS = ['1850123456', '1850123457', '1240987654']

/** The serial writeLargeInventoryAnswers gives its terminal number k (from 0). */
export function largeInventorySerial(k: number): string {
  return `${EXAMPLE_SERIALS[k % EXAMPLE_SERIALS.length]}-${letters(k)}`
}

/**
 * The merchant-gaps example with its three terminals repeated to `terminals` (new serials and seal ids; two of
 * every three are named by a seal finding, as in the example) and every 50th one's PTS approval expired, written
 * into `dir` beside a copy of the example's evidence. Returns the answers file.
 */
export async function writeLargeInventoryAnswers(dir: string, terminals: number): Promise<string> {
  const example = path.join(ROOT, 'examples/merchant-gaps')
  const answers = parse(await readFile(path.join(example, 'answers.yaml'), 'utf8')) as {inventory: Record<string, unknown>[]}
  const devices = answers.inventory
  if (devices.map((d) => d.serial).join() !== EXAMPLE_SERIALS.join()) throw new Error('examples/merchant-gaps has other terminals now: update large-inventory.ts')
  answers.inventory = Array.from({length: terminals}, (_, k) => {
    const device = structuredClone(devices[k % devices.length]!)
    device.serial = largeInventorySerial(k)
    if (Array.isArray(device.seal_ids)) device.seal_ids = device.seal_ids.map((s) => `${String(s)}-${letters(k)}`)
    device.location = `${String(device.location)} ${(k % 7) + 1}`
    if (k % 50 === 49) device.pts_expiry = '2025-01-31'
    return device
  })
  await cp(path.join(example, 'evidence'), path.join(dir, 'evidence'), {recursive: true})
  const file = path.join(dir, 'answers.yaml')
  await writeFile(file, stringify(answers, {lineWidth: 0}))
  return file
}
