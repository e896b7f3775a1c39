// Plays the person at the keyboard for walk-through tests: the real @inquirer/prompts on in-memory streams.
import * as inquirer from '@inquirer/prompts'
import {PassThrough} from 'node:stream'
import {inquirerPrompts} from '../../src/answers/walkthrough/prompts.js'
import type {Language} from '../../src/model/language.js'

export const DOWN = '\u001b[B'
export const ENTER = '\r'
/** Ctrl-U: readline deletes the line typed so far. */
export const CLEAR_LINE = '\u0015'

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g

/**
 * A terminal screen for the prompts: each prompt pipes its output here and ends the pipe when it is
 * answered; a real terminal (process.stdout) ignores that end, so this one does too.
 */
class ScreenStream extends PassThrough {
  /** Wide enough that no message is wrapped onto two lines. */
  columns = 500

  override end(): this {
    return this
  }
}

/**
 * Plays the person at the keyboard: the prompts draw on `output`, keys go into `input`. Every
 * step first waits until the text it answers is on screen, so nothing depends on timing.
 */
export class PromptDriver {
  readonly input = new PassThrough()
  readonly output = new ScreenStream()
  readonly controller = new AbortController()
  /** Everything drawn so far, without colours and cursor movements. */
  screen = ''
  private cursor = 0
  private waiting: {text: string; resolve: () => void; reject: (error: unknown) => void} | undefined
  private failure: unknown

  /** A walk-through that fails ends the current wait with its error instead of a timeout. */
  watch<T>(run: Promise<T>): Promise<T> {
    run.catch((error: unknown) => {
      this.failure = error
      this.waiting?.reject(error)
    })
    return run
  }

  constructor() {
    this.output.setEncoding('utf8')
    this.output.on('data', (chunk: string) => {
      this.screen += chunk.replace(ANSI, '')
      this.check()
    })
  }

  prompts(lang: Language) {
    return inquirerPrompts(inquirer, {input: this.input, output: this.output, signal: this.controller.signal}, lang)
  }

  readonly io = {print: (text: string) => this.output.write(`${text}\n`)}

  /** Resolves once `text` appears after what earlier waits consumed; fails with the screen tail after 5 s. */
  waitFor(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.failure !== undefined) return reject(this.failure)
      const timer = setTimeout(() => {
        this.waiting = undefined
        reject(new Error(`timed out waiting for ${JSON.stringify(text)}; screen ends with:\n${this.screen.slice(-600)}`))
      }, 5000)
      this.waiting = {
        text,
        resolve: () => {
          clearTimeout(timer)
          resolve()
        },
        reject: (error) => {
          clearTimeout(timer)
          reject(error)
        },
      }
      this.check()
    })
  }

  send(keys: string): void {
    this.input.write(keys)
  }

  /** Waits for the question, types the keys, and waits until the prompt shows it is answered. */
  async answer(question: string, keys: string): Promise<void> {
    await this.waitFor(`? ${question}`)
    this.send(keys)
    await this.waitFor(`✔ ${question}`)
  }

  private check(): void {
    if (!this.waiting) return
    const at = this.screen.indexOf(this.waiting.text, this.cursor)
    if (at < 0) return
    this.cursor = at + this.waiting.text.length
    const {resolve} = this.waiting
    this.waiting = undefined
    resolve()
  }
}

