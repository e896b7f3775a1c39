// The card-number scan (findCardNumbers: every disguise, see src/pan.ts) over 1 MB of mixed digits and separators,
// beside one pass of a plain regular expression over the same text (the scan that knew only ASCII digits with single
// spaces or dashes); and 2 MB beside 1 MB, which stays near 2x because the scan is linear.
import {dist} from './fixtures.mjs'
import {printComparison, seededRandom, timeAsync} from './lib.mjs'

const PIECES = [
  '4111', ' ', '  ', '\t', '12', '-', '2026', '.', '/', '٤١١١', '４１１１', '\u00a0', '\u200b', '\n    ', 'x', '1', '5555 5555 5555 4444',
  '+86 138 0013 8000', '192.168.1.10', '1,234.56', 'note ',
]

function mixedText(bytes, seed) {
  const random = seededRandom(seed)
  let text = ''
  while (text.length < bytes) text += PIECES[Math.floor(random() * PIECES.length)]
  return text
}

export default async function panScan() {
  const runs = Number(process.env.BENCH_RUNS ?? 10)
  const {findCardNumbers} = await dist('model/pan.js')
  const one = mixedText(1_000_000, 7)
  const two = mixedText(2_000_000, 7)
  let found = 0
  const scan1 = await timeAsync(() => (found = findCardNumbers(one).length), {runs})
  const scan2 = await timeAsync(() => findCardNumbers(two), {runs})
  const regex = await timeAsync(() => [...one.matchAll(/(?<![0-9])[0-9]+(?:[ -][0-9]+)*(?![0-9])/g)].length, {runs})
  console.log(`input: ${one.length.toLocaleString('en')} characters of digits in several scripts and separators; ${found} card numbers found`)
  printComparison('card-number scan: 1 MB', scan1, {label: 'one regex pass, 1 MB', value: regex})
  printComparison('card-number scan: 2 MB (linear: ~2x)', scan2, {label: 'card-number scan, 1 MB', value: scan1})
}
