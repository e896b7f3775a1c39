import {workerData} from 'node:worker_threads'
import {errorRow, portfolioRow} from '../portfolio/portfolio-row.js'
import type {JudgedFile, JudgeTask, JudgeWorkerData} from '../portfolio/run-portfolio.js'
import {judgeSubmissionFile, readSubmissionFile, type SubmissionFile} from './gate.js'

/**
 * Reads, verifies and judges one file of a portfolio with the gate service, exactly as `gate` does. Every
 * failure becomes the file's own row.
 */
export async function judgeFile(task: JudgeTask, data: JudgeWorkerData): Promise<JudgedFile> {
  let read: SubmissionFile
  try {
    read = await readSubmissionFile(task.path)
  } catch (error) {
    // The message names the absolute path; the row already names the file.
    return {row: errorRow(task.file, (error as Error).message.replace(task.path, task.file)), cacheable: false}
  }
  try {
    const {submission, verdict} = await judgeSubmissionFile(read, data)
    // The derived result's domains, never the submitted ones.
    const gapDomains = submission.result?.scores.domains.filter((d) => d.gaps > 0).map((d) => d.domain) ?? []
    return {row: portfolioRow(task.file, read.content, verdict, gapDomains), cacheable: true}
  } catch (error) {
    return {row: errorRow(task.file, `internal error while judging the file: ${(error as Error).message}`, read.content), cacheable: false}
  }
}

/** The piscina entry point (run-portfolio.ts starts its workers on this module). */
export default function judgeInWorker(task: JudgeTask): Promise<JudgedFile> {
  return judgeFile(task, workerData as JudgeWorkerData)
}
