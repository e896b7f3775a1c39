// The three files that try to exhaust a reader (a Flate bomb attachment, an object flood, a /ByteRange flood),
// written from scratch as small well-formed PDFs. Shared by bench/hostile.bench.mjs and the bounded-work test.
import {spawnSync} from 'node:child_process'
import {constants, deflateRawSync} from 'node:zlib'

const MIB = 1024 * 1024

/** A one-revision PDF with a correct cross-reference table: objects numbered 1..n in the order given (text or bytes). */
export function wellFormedPdf(bodies, {root = 1, listed = bodies.length} = {}) {
  const parts = []
  let text = '%PDF-1.7\n%\xff\xff\xff\xff\n'
  let length = 0
  const offsets = []
  bodies.forEach((body, index) => {
    offsets.push(length + text.length)
    const head = `${index + 1} 0 obj `
    if (typeof body === 'string') {
      text += `${head}${body} endobj\n`
      // Long runs of text are flushed now and then, so a flood of objects costs one string per few MB.
      if (text.length > 4 * MIB) {
        parts.push(Buffer.from(text, 'latin1'))
        length += text.length
        text = ''
      }
      return
    }
    parts.push(Buffer.from(text + head, 'latin1'), body)
    length += text.length + head.length + body.length
    text = '\nendobj\n'
  })
  const xrefOffset = length + text.length
  const entries = offsets.slice(0, listed).map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  text += `xref\n0 ${listed + 1}\n0000000000 65535 f \n${entries}trailer\n<<\n/Size ${listed + 1}\n/Root ${root} 0 R\n>>\nstartxref\n${xrefOffset}\n%%EOF\n`
  parts.push(Buffer.from(text, 'latin1'))
  return Buffer.concat(parts)
}

/** A zlib stream of `size` zero bytes (whole MiBs): one fully flushed deflate block repeated, a final empty block, the checksum. */
export function zeroBomb(size) {
  const block = deflateRawSync(Buffer.alloc(MIB), {finishFlush: constants.Z_FULL_FLUSH})
  const count = Math.ceil(size / MIB)
  const adler = Buffer.alloc(4)
  adler.writeUInt32BE(((((count * MIB) % 65521) << 16) + 1) >>> 0)
  return Buffer.concat([Buffer.from([0x78, 0x9c]), ...Array.from({length: count}, () => block), Buffer.from([0x03, 0x00]), adler])
}

/** An unsigned report-shaped PDF whose posattest-result.json inflates to `size` zero bytes (2 GiB: a 2 MB file). */
export function flateBombPdf(size = 2 * 1024 * MIB) {
  const bomb = zeroBomb(size)
  return wellFormedPdf([
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(posattest-result.json) 4 0 R] >> >> /AF [4 0 R] >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    '<< /Type /Filespec /F (posattest-result.json) /UF (posattest-result.json) /EF << /F 5 0 R >> >>',
    Buffer.concat([Buffer.from(`<< /Type /EmbeddedFile /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`), bomb, Buffer.from('\nendstream')]),
  ])
}

/**
 * `count` tiny objects (2.4 million: a 55 MB file, under the 64 MB submission limit). With `listed`, the
 * cross-reference table lists them all and says so in /Size; without, it lists two and hides the rest.
 */
export function objectFloodPdf(count = 2_400_000, {listed = false} = {}) {
  const bodies = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']
  for (let i = 2; i < count; i++) bodies.push('null')
  return wellFormedPdf(bodies, listed ? {} : {listed: 2})
}

/** A signature dictionary holding /ByteRange `count` times (100,000: 2.3 MB), reached from the form. */
export function byteRangeFloodPdf(count = 100_000) {
  return wellFormedPdf([
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /SigFlags 3 >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>',
    '<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /V 5 0 R /T (Signature1) /P 3 0 R >>',
    `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached${' /ByteRange [0 10 20 30]'.repeat(count)} /Contents <00> >>`,
  ])
}

/** Runs node with `args` under GNU time: exit code, stdout, wall time (ms) and peak RSS (MB) of the whole process. */
export function measureNode(args, {env = {}, cwd} = {}) {
  const run = spawnSync('/usr/bin/time', ['-f', 'posattest-time %e %M', process.execPath, ...args], {
    cwd,
    env: {...process.env, ...env},
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const figures = /posattest-time ([\d.]+) (\d+)/.exec(run.stderr)
  if (!figures) throw new Error(`no figures from /usr/bin/time for ${args.join(' ')}: ${run.stderr.slice(-300)}`)
  return {code: run.status, stdout: run.stdout, ms: Number(figures[1]) * 1000, rssMb: Number(figures[2]) / 1024}
}
