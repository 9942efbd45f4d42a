/**
 * Our tree builder against parse5 on benchmark pages: the body text each tree holds (text nodes
 * under <body> in document order, never-shown elements left out: test/support/visible-text.ts),
 * compared as 4-token shingles (bench/metric.ts). A page disagrees when the shingle F1 of the two
 * texts is below AGREEMENT: its tree differs from a browser's where it matters for the text read.
 */
import { pageF1, scorePage } from '../metric.ts'
import { parseDocument } from '../../src/lib/html/tree-builder.ts'
import { ourBodyText, parse5BodyText } from '../../test/support/visible-text.ts'

/** Shingle F1 of our body text against parse5's below which a page disagrees (text order may differ at table fosters). */
export const AGREEMENT = 0.995

export interface TreeAgreement {
  id: string
  f1: number
}

/** The pages whose body text differs from parse5's, worst first. */
export function treeDisagreements(pages: Iterable<{ id: string; html: string }>): TreeAgreement[] {
  const out: TreeAgreement[] = []
  for (const { id, html } of pages) {
    const f1 = pageF1(scorePage(ourBodyText(parseDocument(html).body), parse5BodyText(html)))
    if (f1 < AGREEMENT) out.push({ id, f1 })
  }
  return out.sort((a, b) => a.f1 - b.f1)
}
