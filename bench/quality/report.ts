/** Table and file helpers shared by the parts of the quality benchmark. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'results')

/** Decimals shown in tables; floors are checked on figures rounded the same way. */
export const REPORTED_DECIMALS = 3
/** Decimals in per-page TSVs: one more than the tables, so close pages can be told apart. */
const TSV_DECIMALS = 4

export function writeResultFile(name: string, content: string): void {
  const path = join(RESULTS_DIR, name)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
}

export function alignColumns(table: readonly (readonly string[])[]): string {
  const widths = (table[0] ?? []).map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)))
  return table
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd())
    .join('\n')
}

export function figure(value: number | null): string {
  return value === null ? '—' : value.toFixed(REPORTED_DECIMALS)
}

export function withSpread(value: number, spread: number): string {
  return `${figure(value)} ± ${figure(spread)}`
}

export function tsvNumber(value: number | null): string {
  return value === null ? '' : value.toFixed(TSV_DECIMALS)
}

export function roundReported(value: number): number {
  return Number(value.toFixed(REPORTED_DECIMALS))
}

/** A share with its counts: "0.912 (52/57)". */
export function counted(numerator: number, denominator: number): string {
  return `${figure(denominator === 0 ? null : numerator / denominator)} (${numerator}/${denominator})`
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? ''
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return 0
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2
}
