import {workerData} from 'node:worker_threads'
import {judgeSubmissionBytes} from '../gate/judge-submission-bytes.js'
import {readSubmissionBytes, sha256} from '../gate/load-submission.js'
import type {GatePolicy} from '../generated/policy.js'
import type {PolicySignatureChecks} from '../gate/load-policy.js'
import {errorRow, portfolioRow, type PortfolioRow} from './portfolio-row.js'

/** Given to each worker once: the policy and roots are read and checked by the main thread beforehand. */
export interface JudgeWorkerData {
  policy: GatePolicy
  trustedRoots: string[]
  signatureChecks: PolicySignatureChecks
  now: string
  /** The policy's further catalog folders (absolute). */
  catalogDirs: string[]
}

export interface JudgeTask {
  /** Where to read the file. */
  path: string
  /** How the row names it (relative to the portfolio folder). */
  file: string
}

export interface JudgedFile {
  row: PortfolioRow
  /** false when the row says nothing about the bytes (unreadable file, internal error): judge it again next time. */
  cacheable: boolean
}

/** Reads, verifies and judges one file. Every failure becomes the file's own row. */
export async function judgeFile(task: JudgeTask, data: JudgeWorkerData): Promise<JudgedFile> {
  let bytes: Uint8Array
  try {
    bytes = await readSubmissionBytes(task.path)
  } catch (error) {
    // The message names the absolute path; the row already names the file.
    return {row: errorRow(task.file, (error as Error).message.replace(task.path, task.file)), cacheable: false}
  }
  const content = {sha256: sha256(bytes), bytes: bytes.length}
  try {
    const {submission, verdict} = await judgeSubmissionBytes(bytes, data)
    // The derived result's domains, never the submitted ones.
    const gapDomains = submission.result?.scores.domains.filter((d) => d.gaps > 0).map((d) => d.domain) ?? []
    return {row: portfolioRow(task.file, content, verdict, gapDomains), cacheable: true}
  } catch (error) {
    return {row: errorRow(task.file, `internal error while judging the file: ${(error as Error).message}`, content), cacheable: false}
  }
}

/** The piscina entry point. */
export default function judgeInWorker(task: JudgeTask): Promise<JudgedFile> {
  return judgeFile(task, workerData as JudgeWorkerData)
}
