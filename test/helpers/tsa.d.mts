// Types of tsa.mjs (plain JS, so that bench/ can start the same local TSA).
export type TsaMode = 'ok' | 'wrong-nonce' | 'http-error'

export interface TestTsa {
  url: string
  /** PEM of the TSA's root CA (for --tsa-ca and openssl ts -verify -CAfile). */
  caFile: string
  /** Holds tsa.cnf, tsa.pem and tsa.key (for running `openssl ts -reply` directly). */
  dir: string
  /** Queries answered so far. */
  requests: number
  stop(): Promise<void>
}

export function startTsa(mode?: TsaMode): Promise<TestTsa>
/** A URL on 127.0.0.1 where nothing listens (a port just released). */
export function downTsaUrl(): Promise<string>
