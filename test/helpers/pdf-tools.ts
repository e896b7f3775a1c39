import {execFile} from 'node:child_process'

/** Runs one of the poppler or qpdf tools; never throws on a non-zero exit (some tests expect one). */
export function tool(command: string, args: readonly string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    execFile(command, args, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error)
      resolve({code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr})
    })
  })
}

async function ok(command: string, args: readonly string[]): Promise<string> {
  const {code, stdout, stderr} = await tool(command, args)
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`)
  return stdout
}

/** The text of the whole file, or of one page (pdftotext, UTF-8). */
export function pdfText(file: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  return ok('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'])
}

/** pdfinfo's fields, with ISO dates. */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const out = await ok('pdfinfo', ['-isodates', file])
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]))
}

export async function pdfPageCount(file: string): Promise<number> {
  return Number((await pdfInfo(file)).Pages)
}

/** pdffonts rows: name, type, and whether the font is embedded. */
export async function pdfFonts(file: string): Promise<{name: string; type: string; embedded: string}[]> {
  const lines = (await ok('pdffonts', [file])).split('\n').slice(2).filter(Boolean)
  return lines.map((line) => {
    const [name, ...rest] = line.trim().split(/\s+/)
    // Columns after the name: type (one or more words), encoding, emb, sub, uni, object number, generation.
    return {name: name!, type: rest.slice(0, -6).join(' '), embedded: rest.at(-5)!}
  })
}

/** Every word with its box, page by page (pdftotext -bbox). */
export async function pdfWordBoxes(file: string): Promise<{page: number; pageWidth: number; words: {text: string; xMin: number; xMax: number}[]}[]> {
  const html = await ok('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'])
  return [...html.matchAll(/<page width="([\d.]+)" height="[\d.]+">([\s\S]*?)<\/page>/g)].map((m, i) => ({
    page: i + 1,
    pageWidth: Number(m[1]),
    words: [...m[2]!.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((w) => ({
      text: w[3]!,
      xMin: Number(w[1]),
      xMax: Number(w[2]),
    })),
  }))
}

/** The outline (bookmarks) as nested titles, read by qpdf. */
export async function pdfOutline(file: string): Promise<{title: string; page: number; kids: {title: string; page: number}[]}[]> {
  type Item = {title: string; destpageposfrom1: number; kids: Item[]}
  const json = JSON.parse(await ok('qpdf', ['--json', '--json-key=outlines', file])) as {outlines: Item[]}
  return json.outlines.map((o) => ({
    title: o.title,
    page: o.destpageposfrom1,
    kids: o.kids.map((k) => ({title: k.title, page: k.destpageposfrom1})),
  }))
}
