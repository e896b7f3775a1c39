import {importInventory, type InventoryImport} from '../answers/inventory-import.js'
import type {Diagnostic} from '../diagnostics/diagnostic.js'

export interface InventoryImportOptions {
  /** The terminal list (CSV, header row). */
  csv: string
  /** The answers file to merge into (created if absent). */
  answers: string
  /** Replace the whole inventory instead of merging by serial. */
  replace?: boolean
}

/**
 * `posattest inventory import`: one call into the answers stage (it checks every row first and writes nothing
 * when one is wrong). A service only so that the commands reach the stages through services alone.
 */
export function importTerminals(options: InventoryImportOptions): Promise<{diagnostics: Diagnostic[]; result?: InventoryImport}> {
  return importInventory(options.csv, options.answers, {replace: options.replace ?? false})
}
