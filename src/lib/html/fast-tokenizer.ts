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
 * It relies on the tokenizer's internals (fields `buffer`, `index`, `offset`, `state`; methods
 * `stateText`, `fastForwardTo`, `stateInAttributeValueDoubleQuotes/SingleQuotes`), checked when
 * this module loads: if an htmlparser2 release changes them, the original tokenizer is used.
 */
import { Tokenizer } from 'htmlparser2'

/** The internals this subclass reads and sets (private in htmlparser2's typings). */
interface Internals {
  buffer: string
  index: number
  offset: number
  stateText(c: number): void
  fastForwardTo(c: number): boolean
  stateInAttributeValueDoubleQuotes(c: number): void
  stateInAttributeValueSingleQuotes(c: number): void
}

const LT = 0x3c
const AMP = 0x26
const DOUBLE_QUOTE = 0x22
const SINGLE_QUOTE = 0x27

/** The methods replaced here, as the original tokenizer defines them. */
const ORIGINAL = Tokenizer.prototype as unknown as Internals

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
  const methods: (keyof Internals)[] = ['stateText', 'fastForwardTo', 'stateInAttributeValueDoubleQuotes', 'stateInAttributeValueSingleQuotes']
  if (!methods.every((name) => typeof ORIGINAL[name] === 'function')) return false
  const probe = new Tokenizer({}, {} as ConstructorParameters<typeof Tokenizer>[1]) as unknown as Record<string, unknown>
  return typeof probe['buffer'] === 'string' && typeof probe['index'] === 'number' && typeof probe['offset'] === 'number'
}

Object.assign(RunSkippingTokenizer.prototype, PATCHED)

/** The tokenizer the HTML front door parses with: the run-skipping one, or htmlparser2's own when its internals have changed. */
export const FastTokenizer: typeof Tokenizer = internalsPresent() ? RunSkippingTokenizer : Tokenizer
