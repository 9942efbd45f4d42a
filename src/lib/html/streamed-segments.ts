/**
 * Streamed server rendering (React 18 and later: Next.js' app router, Remix, and others): the
 * server sends the page's shell first, with an empty `<template id="B:0">` (or `id="P:0"`) where a
 * part is still loading, and sends each part later, at the end of the body, as a hidden
 * `<div hidden id="S:0">` followed by a one-line script call, `$RC("B:0","S:0")` or
 * `$RS("S:0","P:0")`, that moves the part into its place. A reader whose browser runs scripts sees
 * the article in place; without scripts it stays hidden, and on such pages it is often the whole
 * article. This does what those calls do: each named part's content replaces its placeholder.
 * Pages without such calls cost one look at their scripts.
 */
import type { HtmlDocument, HtmlElement, HtmlNode } from './dom.js'

/** The calls that move a streamed part: `$RC(placeholder, part)` completes a boundary, `$RS(part, placeholder)` fills a slot. */
const MOVE_CALL = /\$R([CS])\("([BPS]:[\da-z]{1,12})","([BPS]:[\da-z]{1,12})"\)/g
/** What a script must hold to contain such a call: most scripts hold neither and skip the regex. */
const CALL_MARKERS = ['$RC("', '$RS("'] as const
/** Ids of placeholders and parts: a letter, a colon and a short base-36 number. */
const SEGMENT_ID = /^[BPS]:[\da-z]{1,12}$/
/** Moves made at most per page: real pages make a few tens; each move relinks one list of siblings, so the cap bounds the work. */
const MAX_MOVES = 100

export function placeStreamedSegments(document: HtmlDocument): void {
  const moves = new Map<string, string>()
  for (const script of document.elementsByTag('script')) {
    const text = script.textContent
    if (!CALL_MARKERS.some((marker) => text.includes(marker))) continue
    for (const match of text.matchAll(MOVE_CALL)) {
      if (moves.size >= MAX_MOVES) break
      const [placeholder, part] = match[1] === 'C' ? [match[2]!, match[3]!] : [match[3]!, match[2]!]
      if (part.startsWith('S:') && !placeholder.startsWith('S:')) moves.set(part, placeholder)
    }
  }
  if (moves.size === 0) return
  const byId = segmentElements(document)
  for (const [partId, placeholderId] of moves) {
    const part = byId.get(partId)
    const placeholder = byId.get(placeholderId)
    if (part === undefined || placeholder === undefined || part.tagName !== 'div' || placeholder.tagName !== 'template') continue
    if (contains(part, placeholder)) continue
    replaceWithChildrenOf(placeholder, part)
  }
}

/** The elements whose id is a placeholder's or a part's, by id (the first of each). */
function segmentElements(document: HtmlDocument): Map<string, HtmlElement> {
  const found = new Map<string, HtmlElement>()
  const stack: HtmlNode[] = [document]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.nodeType !== 1 && node.nodeType !== 9) continue
    const element = node as HtmlElement
    const id = element.bare ? null : element.getAttribute('id')
    if (id !== null && SEGMENT_ID.test(id) && !found.has(id)) found.set(id, element)
    for (const child of element.childNodes) stack.push(child)
  }
  return found
}

function contains(ancestor: HtmlElement, node: HtmlElement): boolean {
  for (let el: HtmlElement | null = node; el !== null; el = el.parentNode) if (el === ancestor) return true
  return false
}

/** Puts the children of `part` where `placeholder` is, and takes both out of the page. */
function replaceWithChildrenOf(placeholder: HtmlElement, part: HtmlElement): void {
  const parent = placeholder.parentNode
  if (parent === null) return
  const moved = part.childNodes.splice(0)
  for (const node of moved) node.parentNode = parent
  detach(part)
  const siblings = parent.childNodes
  const at = siblings.indexOf(placeholder)
  const after = siblings.slice(at + 1)
  siblings.length = at
  for (const node of moved) siblings.push(node)
  for (const node of after) siblings.push(node)
  relink(siblings)
}

function detach(node: HtmlElement): void {
  const parent = node.parentNode
  if (parent === null) return
  const siblings = parent.childNodes
  siblings.splice(siblings.indexOf(node), 1)
  relink(siblings)
  node.parentNode = null
}

/** Sets each node's `nextSibling` after the list changed. */
function relink(siblings: HtmlNode[]): void {
  for (let i = 0; i < siblings.length; i++) siblings[i]!.nextSibling = siblings[i + 1] ?? null
}
