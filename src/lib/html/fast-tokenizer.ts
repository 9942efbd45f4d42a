/**
 * htmlparser2's tokenizer, reading runs of plain characters with `indexOf` instead of one
 * character at a time.
 *
 * The tokenizer is a state machine fed one character per loop turn. In text, in a quoted
 * attribute value and inside <script>/<style>, nearly every character is one the state ignores:
 * only `<` (text), `&` (entities) and the closing quote matter. Most of a page is such runs, so
 * the turns spent on them are most of the parse. This subclass jumps over each run to the next
 * character that matters, found by `String.prototype.indexOf` (native, vectorised), and leaves
 * every other state to the original code: the tokens and their positions are the same (tested on
 * every benchmark page and on edge cases in test/dom.test.ts).
 *
 * It also reads raw text as a browser does where htmlparser2 does not (the HTML standard's
 * tokenizer states, https://html.spec.whatwg.org/multipage/parsing.html#tokenization):
 * - script data escaped and double-escaped states: in `<script><!-- document.write('<script>
 *   …</script>'); //--></script>`, the inner `</script>` ends the inner script, not the outer
 *   one, so the outer script's text does not spill into the page (`scriptDataEnd`);
 * - a self-closing slash on a raw-text element (`<script/>`, `<style/>`, `<title/>`,
 *   `<textarea/>`) is ignored, as browsers ignore it: its raw text follows (htmlparser2 parsed
 *   that text as markup); in SVG and MathML the slash still closes the element.
 * On everything else the events are htmlparser2's.
 *
 * It relies on the tokenizer's internals (fields `buffer`, `index`, `offset`, `isSpecial`,
 * `sequenceIndex`, `currentSequence`, `cbs`; methods `stateText`, `fastForwardTo`,
 * `stateInAttributeValueDoubleQuotes/SingleQuotes`, `stateInSpecialTag`, `stateInSelfClosingTag`,
 * `stateBeforeAttributeName`), checked when this module loads: if an htmlparser2 release changes
 * them, the original tokenizer is used.
 */
import { Tokenizer } from 'htmlparser2'

/** The internals this subclass reads and sets (private in htmlparser2's typings). */
interface Internals {
  buffer: string
  index: number
  offset: number
  isSpecial: boolean
  sequenceIndex: number
  currentSequence: Uint8Array | undefined
  cbs: unknown
  stateText(c: number): void
  fastForwardTo(c: number): boolean
  stateInAttributeValueDoubleQuotes(c: number): void
  stateInAttributeValueSingleQuotes(c: number): void
  stateInSpecialTag(c: number): void
  stateInSelfClosingTag(c: number): void
  stateBeforeAttributeName(c: number): void
}

const LT = 0x3c
const GT = 0x3e
const AMP = 0x26
const DOUBLE_QUOTE = 0x22
const SINGLE_QUOTE = 0x27

/** The methods replaced here, as the original tokenizer defines them. */
const ORIGINAL = Tokenizer.prototype as unknown as Internals

/** A tokenizer that has read `html`, for its internals (which sequence a <script> ends with). */
function probe(html: string): Internals {
  const tokenizer = new Tokenizer({}, NO_CALLBACKS) as unknown as Internals & { write(chunk: string): void }
  tokenizer.write(html)
  return tokenizer
}
const NO_CALLBACKS = new Proxy({}, { get: () => () => undefined }) as ConstructorParameters<typeof Tokenizer>[1]

/** The end sequence htmlparser2 looks for in a <script> (`</script`); undefined if its internals changed. */
const SCRIPT_END = probe('<script>').currentSequence

/**
 * Script data: the next `<!--` (which starts the escaped state) or end tag. An end tag is
 * `</script` followed by white space or `>`, as htmlparser2 ends a script (the standard also
 * takes `/`).
 */
const SCRIPT_DATA_NEXT = /<(?:!--|\/script[\t\n\f\r >])/gi
/** Escaped script data: `-->` (back to script data), the end tag, or `<script` + delimiter (double-escaped). */
const SCRIPT_ESCAPED_NEXT = /-->|<(\/?)script([\t\n\f\r />])/gi
/** Double-escaped script data: `-->` (back to script data) or `</script` + delimiter (back to escaped). */
const SCRIPT_DOUBLE_ESCAPED_NEXT = /-->|<\/script[\t\n\f\r />]/gi
const COMMENT_OPEN_LENGTH = '<!--'.length
const COMMENT_CLOSE = '-->'
const SCRIPT_OPEN_LENGTH = '<script'.length
const SCRIPT_CLOSE_LENGTH = '</script'.length

/**
 * Where the `</script` that ends a script's text starts, reading from `from` as the HTML
 * standard's script data, escaped and double-escaped states do; -1 when the script never ends.
 * One forward pass: each search starts where the last one ended.
 */
export function scriptDataEnd(buffer: string, from: number): number {
  let at = from
  for (;;) {
    // Script data.
    SCRIPT_DATA_NEXT.lastIndex = at
    const data = SCRIPT_DATA_NEXT.exec(buffer)
    if (data === null) return -1
    if (data[0].charCodeAt(1) !== 0x21) return data.index
    // Escaped: the dashes of `<!--` count towards `-->`, so `<!-->` ends it at once.
    at = data.index + COMMENT_OPEN_LENGTH - 2
    for (;;) {
      SCRIPT_ESCAPED_NEXT.lastIndex = at
      const escaped = SCRIPT_ESCAPED_NEXT.exec(buffer)
      if (escaped === null) return -1
      if (escaped[0] === COMMENT_CLOSE) {
        at = escaped.index + COMMENT_CLOSE.length
        break
      }
      if (escaped[1] === '/') {
        if (escaped[2] !== '/') return escaped.index
        at = escaped.index + 1 // `</script/` does not end the script for htmlparser2: read on
        continue
      }
      // Double-escaped: an inner script, whose `</script>` goes back to escaped.
      SCRIPT_DOUBLE_ESCAPED_NEXT.lastIndex = escaped.index + SCRIPT_OPEN_LENGTH
      const double = SCRIPT_DOUBLE_ESCAPED_NEXT.exec(buffer)
      if (double === null) return -1
      if (double[0] === COMMENT_CLOSE) {
        at = double.index + COMMENT_CLOSE.length
        break
      }
      at = double.index + SCRIPT_CLOSE_LENGTH
    }
  }
}

/** What the tokenizer's callbacks say about SVG and MathML: the parser keeps `foreignContext`, the nesting limiter `inForeignContent`. */
interface ForeignAware {
  foreignContext?: boolean[]
  inForeignContent?: () => boolean
}

/** Whether the parser fed by these callbacks is inside SVG or MathML, where a self-closing slash closes an element. */
function inForeignContent(callbacks: unknown): boolean {
  const aware = callbacks as ForeignAware
  if (typeof aware.inForeignContent === 'function') return aware.inForeignContent()
  return aware.foreignContext?.[0] === true
}

/**
 * Where the next occurrence of one character is, found once and reused until the reader passes
 * it: looking for `&` after every `<` would otherwise rescan a page without entities to its end
 * each time (quadratic).
 */
class NextOf {
  private buffer = ''
  private at = -1
  constructor(private readonly char: string) {}

  /** The first position ≥ `from` holding the character, or the buffer's length. */
  from(buffer: string, from: number): number {
    if (buffer !== this.buffer || this.at < from) {
      this.buffer = buffer
      const found = buffer.indexOf(this.char, from)
      this.at = found === -1 ? buffer.length : found
    }
    return this.at
  }
}

class RunSkippingTokenizer extends Tokenizer {
  private readonly nextLt = new NextOf('<')
  private readonly nextAmp = new NextOf('&')
  private readonly nextDoubleQuote = new NextOf('"')
  private readonly nextSingleQuote = new NextOf("'")
}

/** The run-skipping tokenizer as its patched methods see it: the internals and its position caches. */
type Self = Internals & { nextLt: NextOf; nextAmp: NextOf; nextDoubleQuote: NextOf; nextSingleQuote: NextOf }

/**
 * Moves the tokenizer to just before buffer position `next`: the loop's own step then lands on it.
 * At the end of the buffer this is where `fastForwardTo` leaves a search that found nothing.
 */
function skipTo(tokenizer: Internals, next: number): void {
  tokenizer.index = next + tokenizer.offset - 1
}

/** Skips the characters after the current one up to the first of two that matter. */
function skipToFirst(tokenizer: Internals, one: NextOf, other: NextOf): void {
  const from = tokenizer.index - tokenizer.offset + 1
  skipTo(tokenizer, Math.min(one.from(tokenizer.buffer, from), other.from(tokenizer.buffer, from)))
}

const PATCHED: Partial<Internals> & ThisType<Self> = {
  stateText(c) {
    if (c === LT || c === AMP) return ORIGINAL.stateText.call(this, c)
    skipToFirst(this, this.nextLt, this.nextAmp)
  },
  stateInAttributeValueDoubleQuotes(c) {
    if (c === DOUBLE_QUOTE || c === AMP) return ORIGINAL.stateInAttributeValueDoubleQuotes.call(this, c)
    skipToFirst(this, this.nextDoubleQuote, this.nextAmp)
  },
  stateInAttributeValueSingleQuotes(c) {
    if (c === SINGLE_QUOTE || c === AMP) return ORIGINAL.stateInAttributeValueSingleQuotes.call(this, c)
    skipToFirst(this, this.nextSingleQuote, this.nextAmp)
  },
  stateInSpecialTag(c) {
    if (this.currentSequence !== SCRIPT_END || this.sequenceIndex !== 0) return ORIGINAL.stateInSpecialTag.call(this, c)
    // A script's text, read from its start to its end tag at once (with the escaped states).
    const end = scriptDataEnd(this.buffer, this.index - this.offset)
    if (end === -1) return skipTo(this, this.buffer.length)
    skipTo(this, end + SCRIPT_CLOSE_LENGTH)
    this.sequenceIndex = SCRIPT_CLOSE_LENGTH
  },
  stateInSelfClosingTag(c) {
    // `<script/>`: browsers ignore the slash on an HTML element, so its raw text follows.
    if (c === GT && this.isSpecial && !inForeignContent(this.cbs)) return this.stateBeforeAttributeName(c)
    return ORIGINAL.stateInSelfClosingTag.call(this, c)
  },
  fastForwardTo(c) {
    const found = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1)
    if (found === -1) {
      skipTo(this, this.buffer.length)
      return false
    }
    this.index = found + this.offset
    return true
  },
}

/** True when htmlparser2's tokenizer has the internals this module relies on. */
function internalsPresent(): boolean {
  const methods: (keyof Internals)[] = [
    'stateText', 'fastForwardTo', 'stateInAttributeValueDoubleQuotes', 'stateInAttributeValueSingleQuotes', 'stateInSpecialTag',
    'stateInSelfClosingTag', 'stateBeforeAttributeName',
  ]
  if (!methods.every((name) => typeof ORIGINAL[name] === 'function')) return false
  const script = probe('<script>')
  return (
    typeof script.buffer === 'string' && typeof script.index === 'number' && typeof script.offset === 'number' && script.isSpecial &&
    script.sequenceIndex === 0 && SCRIPT_END instanceof Uint8Array && SCRIPT_END.length === SCRIPT_CLOSE_LENGTH && script.cbs === NO_CALLBACKS
  )
}

Object.assign(RunSkippingTokenizer.prototype, PATCHED)

/** The tokenizer the HTML front door parses with: the run-skipping one, or htmlparser2's own when its internals have changed. */
export const FastTokenizer: typeof Tokenizer = internalsPresent() ? RunSkippingTokenizer : Tokenizer
