/**
 * The CPU time of one thread, for the batch's per-page time limit: a page is timed out for the
 * work it makes its thread do, not for the time it waited for a core on a busy machine (which
 * timed out nearly every page under load, and each timed-out worker was replaced by a cold one).
 * Linux only (/proc); elsewhere the limit is wall-clock time. The wall clock still caps a page at
 * WALL_CAP_FACTOR times the limit, so a page never holds a thread for ever.
 */
import { readFileSync, readlinkSync } from 'node:fs'

/** A page may take this many times its limit in wall-clock time while its CPU time is under it. */
export const WALL_CAP_FACTOR = 10
/** The soonest the limit is checked again while a page is under it (/proc counts in 10 ms ticks). */
const MIN_RECHECK_MS = 10
/** /proc counts CPU time in clock ticks of 1/100 s (USER_HZ, the same on every Linux). */
const MS_PER_TICK = 10
/** utime and stime in /proc/<pid>/task/<tid>/stat, counted from the field after the command's ")". */
const STAT_UTIME = 11
const STAT_STIME = 12

/** This thread's id as the system knows it, for threadCpuMs; null off Linux. */
export function currentThreadId(): number | null {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop())
    return Number.isInteger(tid) ? tid : null
  } catch {
    return null
  }
}

/** CPU time (user + system) in ms that thread `tid` of this process has used; null when it cannot be read. */
export function threadCpuMs(tid: number): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[STAT_UTIME]) + Number(fields[STAT_STIME])
    return Number.isFinite(ticks) ? ticks * MS_PER_TICK : null
  } catch {
    return null
  }
}

/** When a page's timer fires: over its limit (CPU time, or wall time past the cap or when CPU time is unknown), or check again later. */
export function limitCheck(cpuMs: number | null, wallMs: number, limitMs: number): { expired: true } | { expired: false; recheckMs: number } {
  if (cpuMs === null || cpuMs >= limitMs || wallMs >= limitMs * WALL_CAP_FACTOR) return { expired: true }
  return { expired: false, recheckMs: Math.max(limitMs - cpuMs, MIN_RECHECK_MS) }
}
