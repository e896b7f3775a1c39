import {maskCardNumbers} from '../model/pan.js'

/** One problem found in an input file, at a position a person can jump to. */
export interface Diagnostic {
  /** The file as the user named it (relative paths stay relative). */
  file: string
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number
  /** 1-based; 0 when the problem concerns the whole file. */
  column: number
  /** Stable rule id, e.g. `schema`, `yaml-syntax`, `duplicate-id`. */
  rule: string
  severity: 'error' | 'warning'
  message: string
}

export function diagnostic(
  file: string,
  position: {line: number; column: number} | undefined,
  rule: string,
  message: string,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  return {
    file,
    line: position?.line ?? 0,
    column: position?.column ?? 0,
    rule,
    severity,
    message: maskCardNumbers(message),
  }
}

/** Orders by file, then position, then rule, so output is stable whatever order the rules ran in. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  )
}

/** `file:line:col` (or just `file` for whole-file problems). */
export function formatLocation(d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  return d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file
}
