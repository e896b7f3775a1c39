/** One failed check of a signature: a stable code to act on, and the words to show. */
export interface SignatureProblem {
  code: string
  message: string
}

export const problem = (code: string, message: string): SignatureProblem => ({code, message})
