// Types of bench/hostile-files.mjs for the tests that share it.
export function wellFormedPdf(bodies: Array<string | Buffer>, options?: {root?: number; listed?: number}): Buffer
export function zeroBomb(size: number): Buffer
export function flateBombPdf(size?: number): Buffer
export function objectFloodPdf(count?: number, options?: {listed?: boolean}): Buffer
export function byteRangeFloodPdf(count?: number): Buffer
export function measureNode(args: string[], options?: {env?: Record<string, string>; cwd?: string}): {code: number | null; stdout: string; ms: number; rssMb: number}
