/**
 * A throwaway Redis for tests and the queue benchmark: Debian's `redis-server` started on
 * 127.0.0.1 on a free port, nothing saved to disk, stopped (SIGTERM, then SIGKILL) by `stop()`.
 * `.ci/run` installs the package when it is missing.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** How long redis-server may take to answer on its port. */
const START_TIMEOUT_MS = 15_000
/** How long it may take to stop before it is killed. */
const STOP_TIMEOUT_MS = 5_000
const POLL_MS = 50

export interface RedisServer {
  url: string
  port: number
  stop(): Promise<void>
}

/** A port the system says is free now (a race with other processes is possible, and retried by the caller). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** True once something answers PING with PONG on the port. */
function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    let answer = ''
    socket.setTimeout(1_000)
    socket.on('connect', () => socket.write('PING\r\n'))
    socket.on('data', (chunk) => {
      answer += chunk.toString()
      if (answer.includes('\r\n')) {
        socket.destroy()
        resolve(answer.startsWith('+PONG'))
      }
    })
    socket.on('error', () => resolve(false))
    socket.on('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}

/** Starts redis-server; throws with the way to install it when the command is missing. */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'clean-article-redis-'))
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: ['ignore', 'ignore', 'pipe'] })
  let failure: Error | null = null
  child.on('error', (error: NodeJS.ErrnoException) => {
    failure = error.code === 'ENOENT' ? new Error('redis-server not found: install it (apt-get install redis-server), or run .ci/run, which does') : error
  })
  const deadline = performance.now() + START_TIMEOUT_MS
  while (!(await pings(port))) {
    if (failure !== null) throw failure
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode} (port ${port} taken?)`)
    if (performance.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`redis-server did not answer on port ${port} within ${START_TIMEOUT_MS} ms`)
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      child.kill('SIGTERM')
      if (!(await exited(child, STOP_TIMEOUT_MS))) {
        child.kill('SIGKILL')
        await exited(child, STOP_TIMEOUT_MS)
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
