/** Runs a command to its end with `stdin` as its input and gives back its exit status and output. */
import { spawn } from 'node:child_process'

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export function run(command: string, args: readonly string[], options: { cwd: string; timeout: number; stdin?: string; env?: NodeJS.ProcessEnv }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, timeout: options.timeout, ...(options.env ? { env: options.env } : {}) })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
    child.stdin.end(options.stdin ?? '')
  })
}
