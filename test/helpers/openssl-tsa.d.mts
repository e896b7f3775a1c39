export function openssl(args: string[], cwd: string): string
export function opensslRoot(dir: string, name: string, cn: string): void
export function opensslLeaf(dir: string, name: string, subject: string, issuer: string, extensions: string[]): void

export interface OpensslTsa {
  /** PEM of the TSA's root, and its file. */
  rootPem: string
  rootFile: string
  /** DER TimeStampToken over the SHA-256 of `data`, genTime the clock's now. */
  token(data: Uint8Array): Buffer
}

export function makeOpensslTsa(dir: string): OpensslTsa
