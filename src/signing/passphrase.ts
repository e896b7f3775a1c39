import {UserError} from '../model/errors.js'

/** Where the p12 passphrase is read from unless --passphrase-env names another variable. */
export const PASSPHRASE_ENV = 'POSATTEST_P12_PASSPHRASE'

export interface PassphraseSource {
  /** --passphrase-env, when given. */
  envName?: string
  env: NodeJS.ProcessEnv
  /** Whether a person is at the keyboard (stdin and stderr are terminals). */
  interactive: boolean
  /** Asks twice and compares (for a new p12). */
  confirm?: boolean
  /** What is asked for; default the p12 passphrase. */
  secret?: SecretKind
}

/** A secret read like the p12 passphrase: its default variable, the flag naming another, the prompt. */
export interface SecretKind {
  defaultEnv: string
  flag: string
  prompt: string
  /** "passphrase", "PIN": for messages. */
  noun: string
}

export const P12_PASSPHRASE: SecretKind = {defaultEnv: PASSPHRASE_ENV, flag: '--passphrase-env', prompt: 'p12 passphrase', noun: 'passphrase'}
export const PKCS11_PIN: SecretKind = {defaultEnv: 'POSATTEST_PKCS11_PIN', flag: '--pin-env', prompt: 'token PIN', noun: 'PIN'}

/**
 * The passphrase from the named variable, else POSATTEST_P12_PASSPHRASE, else a hidden prompt on a
 * terminal. With none of these: a one-line UserError (exit 2).
 */
export async function readPassphrase(source: PassphraseSource): Promise<string> {
  const secret = source.secret ?? P12_PASSPHRASE
  const name = source.envName ?? secret.defaultEnv
  if (source.envName !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(source.envName)) {
    throw new UserError('bad-env-name', `${secret.flag} must name an environment variable, not ${JSON.stringify(source.envName)}`)
  }
  const value = source.env[name]
  if (value !== undefined) return value
  if (!source.interactive) {
    throw new UserError(
      'no-passphrase',
      source.envName === undefined
        ? `no ${secret.noun}: set ${secret.defaultEnv} or name a variable with ${secret.flag} (a prompt needs a terminal)`
        : `no ${secret.noun}: the environment variable ${name} is not set`,
    )
  }
  const {password} = await import('@inquirer/prompts')
  try {
    const first = await password({message: secret.prompt, mask: '*'}, {output: process.stderr})
    if (source.confirm) {
      const second = await password({message: 'again', mask: '*'}, {output: process.stderr})
      if (second !== first) throw new UserError('passphrases-differ', `the two ${secret.noun}s differ`)
    }
    return first
  } catch (error) {
    if ((error as Error)?.name === 'ExitPromptError') throw new UserError('prompt-cancelled', `cancelled at the ${secret.noun} prompt`)
    throw error
  }
}

/** readPassphrase for a command: this process's environment, and a prompt only when a person is at a terminal. */
export async function readCommandPassphrase(envName: string | undefined, options: {confirm?: boolean; secret?: SecretKind} = {}): Promise<string> {
  return readPassphrase({
    ...(envName === undefined ? {} : {envName}),
    env: process.env,
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
    ...options,
  })
}
