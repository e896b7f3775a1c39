import type {Language} from '../../model/language.js'
import {SESSION_MESSAGES} from './session-messages.js'

/**
 * The four kinds of question the walk-through asks. The walk-through only sees this interface,
 * so the command plugs in @inquirer/prompts on the terminal and tests plug in the same prompts on
 * in-memory streams.
 */
export interface WalkthroughPrompts {
  input(config: {message: string; default?: string; validate?: (value: string) => true | string}): Promise<string>
  select<V extends string>(config: {
    message: string
    choices: readonly {value: V; name: string; description?: string}[]
    default?: V
  }): Promise<V>
  confirm(config: {message: string; default?: boolean}): Promise<boolean>
  checkbox<V extends string>(config: {message: string; choices: readonly {value: V; name: string; checked?: boolean}[]}): Promise<V[]>
}

/** The parts of @inquirer/prompts used here (the module is passed in so it is imported lazily). */
export interface InquirerModule {
  input: typeof import('@inquirer/prompts').input
  select: typeof import('@inquirer/prompts').select
  confirm: typeof import('@inquirer/prompts').confirm
  checkbox: typeof import('@inquirer/prompts').checkbox
}

/** Streams, abort signal and screen options every prompt gets. */
export type PromptContext = NonNullable<Parameters<InquirerModule['input']>[1]>

/**
 * Wraps @inquirer/prompts with the given streams (and abort signal), and words its key hints and
 * yes/no answers in the walk-through's language.
 */
export function inquirerPrompts(inquirer: InquirerModule, context: PromptContext, lang: Language): WalkthroughPrompts {
  const text = SESSION_MESSAGES[lang]
  const keysHelpTip = (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${text.keyActions[action] ?? action}`).join(' • ')
  return {
    input: (config) => inquirer.input(config, context),
    select: (config) => inquirer.select({...config, theme: {style: {keysHelpTip}}}, context),
    confirm: (config) => inquirer.confirm({...config, theme: {keywords: {yes: text.yes, no: text.no, error: () => text.yesOrNo}}}, context),
    checkbox: (config) => inquirer.checkbox({...config, theme: {style: {keysHelpTip}}}, context),
  }
}
