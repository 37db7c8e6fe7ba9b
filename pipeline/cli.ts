#!/usr/bin/env -S node --import tsx
import {realpathSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {setFlagsFromString} from 'node:v8'
import {COMMANDS, type Command} from './commands.ts'
import {PipelineError} from './errors.ts'

const USAGE = `Usage: presswatch <command> [options]

Commands:
${Object.values(COMMANDS).map((c) => `  ${c.synopsis.padEnd(48)} ${c.summary}`).join('\n')}

Run \`presswatch <command> --help\` for a command's options.`

/** Run the CLI on `argv` (without node and script); resolves to the exit code: 0 ok, 1 an input failed, 2 bad usage. */
export async function main(argv: readonly string[], io: {stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream} = process): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') {
    ;(name ? io.stdout : io.stderr).write(USAGE + '\n')
    return name ? 0 : 2
  }
  const command: Command | undefined = (COMMANDS as Record<string, Command>)[name]
  if (!command) {
    io.stderr.write(`Unknown command \`${name}\`; expected one of ${Object.keys(COMMANDS).join(', ')}\n\n${USAGE}\n`)
    return 2
  }
  const help = `Usage: presswatch ${command.synopsis}\n\n${command.summary}\n\nOptions:\n${command.help}\n`
  let parsed
  try {
    parsed = parseArgs({args: [...rest], options: {...command.options, help: {type: 'boolean', short: 'h'}}, allowPositionals: true, strict: true} as ParseArgsConfig)
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${help}`)
    return 2
  }
  if (parsed.values.help) {
    io.stdout.write(help)
    return 0
  }
  try {
    return await command.run(parsed.positionals, parsed.values as Record<string, unknown>, io)
  } catch (error) {
    if (error instanceof PipelineError && (error.code === 'E_USAGE' || error.code === 'E_UNKNOWN_STAGE')) {
      io.stderr.write(`${error.message}\n\n${help}`)
      return 2
    }
    if (error instanceof PipelineError) {
      io.stderr.write(`presswatch: ${error.message} [${error.code}]\n`)
      return 1
    }
    throw error
  }
}

/**
 * Let the heap grow by half after each full collection instead of V8's default of up to four times: a corpus run
 * keeps most of what it allocates only briefly, and the default growth let its resident memory reach three to four
 * times what it held (README, Performance). Called when presswatch is its own process, never on import.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50')
}

const isEntry = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
})()
if (isEntry) {
  boundHeapGrowth()
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`presswatch: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`)
      process.exitCode = 1
    },
  )
}
