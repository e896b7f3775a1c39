import {workerData} from 'node:worker_threads'
import {loadCatalog} from '../catalog/catalog.js'
import {checkContext, checkHere, type CheckContext, type CheckedFile, type ValidateWorkerData} from './validate.js'

const {catalogDir, ...settings} = workerData as ValidateWorkerData
let context: Promise<CheckContext> | undefined

/** The piscina entry point (validate.ts starts its workers on this module): checks a share of the files, in order. */
export default async function checkShare(files: readonly string[]): Promise<CheckedFile[]> {
  context ??= loadCatalog(catalogDir).then((catalog) => checkContext(settings, catalog, true))
  return checkHere(files, await context)
}
