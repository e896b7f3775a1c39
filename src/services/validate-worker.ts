import {workerData} from 'node:worker_threads'
import {newEvidenceLookups} from '../answers/load-answers.js'
import {loadCatalog, type Catalog} from '../catalog/catalog.js'
import {checkHere, type CheckContext, type CheckedFile, type ValidateWorkerData} from './validate.js'

const data = workerData as ValidateWorkerData
let context: Promise<CheckContext> | undefined

/** The piscina entry point (validate.ts starts its workers on this module): checks a share of the files, in order. */
export default async function checkShare(files: readonly string[]): Promise<CheckedFile[]> {
  context ??= loadCatalog(data.catalogDir).then((catalog: Catalog) => ({
    catalog,
    ...(data.today ? {today: data.today} : {}),
    ...(data.language ? {language: data.language} : {}),
    fallback: data.fallback,
    many: true,
    lookups: newEvidenceLookups(),
  }))
  return checkHere(files, await context)
}
