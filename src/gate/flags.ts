import {Flags} from '@oclif/core'
import {requireSomeTrust} from './day-of-judgement.js'
import type {LoadedPolicy} from './load-policy.js'

/** The flags `gate` and `portfolio` share: one policy, further roots, one day of judgement, read the same way. */
export const policyFlag = Flags.string({description: "the acquirer's policy (policy.yaml)", required: true, helpValue: 'FILE'})

export const caFlag = Flags.string({
  description: "PEM file of further trusted root certificates, besides the policy's trusted_roots (may be repeated)",
  multiple: true,
  helpValue: 'FILE',
})

export const nowFlag = Flags.string({description: 'the day of judgement (YYYY-MM-DD); default: today', helpValue: 'YYYY-MM-DD'})

/** Loads the policy with the --ca roots and refuses one under which nothing could pass (load-policy is imported lazily). */
export async function loadTrustedPolicy(policy: string, ca: readonly string[] | undefined): Promise<LoadedPolicy> {
  const {loadPolicy} = await import('./load-policy.js')
  const loaded = await loadPolicy(policy, {extraRoots: ca ?? []})
  requireSomeTrust(loaded.policy.accept_unsigned_results, loaded.trustedRoots.length)
  return loaded
}
