import type {Language} from '../../model/language.js'

export interface EvidenceFileInfo {
  exists: boolean
  /** A regular file (with symbolic links followed): not a folder, FIFO or device. */
  isFile: boolean
  /** A symbolic link on the way (the file's or a folder's) leads outside the answers folder. */
  outside?: boolean
  /** The path is a symbolic link whose target does not exist. */
  dangling?: boolean
  /** The file system refused to look: how, in a few words ("permission denied"). */
  unreadable?: string
  /** Its code (fileRefusal), for saying it in another language. */
  unreadableCode?: string
}

/** Everything validation needs from outside the file; validation itself never touches the disk or the clock. */
export interface ValidationContext {
  /** The answers file's folder as the user named it; evidence paths are relative to it. */
  baseDir: string
  /** What the caller found for each evidence path (keys from `evidencePathsOf`, src/model/evidence-path.ts). */
  evidenceFiles?: ReadonlyMap<string, EvidenceFileInfo>
  /** Alternative to `evidenceFiles`: asked for each relative evidence path. */
  fileExists?: (relativePath: string) => EvidenceFileInfo
  /** When given (YYYY-MM-DD), an assessment dated after this day is an error. */
  today?: string
  /** The language of the messages (default English); rule ids and positions are the same in every language. */
  language?: Language
}
