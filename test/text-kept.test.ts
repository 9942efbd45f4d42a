/**
 * Text kept as written: characters that change how a word is spelt or shown survive into every
 * field, through both front doors. Zero-width joiners and non-joiners spell Persian and Indic
 * words and join emoji sequences; variation selectors pick emoji or text presentation and CJK
 * glyph variants; tag characters spell subdivision flags. What is dropped, on purpose: zero-width
 * spaces, word joiners, BOMs and soft hyphens (hints for where a line may break, see README) and
 * control characters.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanArticle, type CleanArticle } from '../src/index.js'

const SEED = readFileSync(join(import.meta.dirname, '..', 'examples', 'moscow-times.txt'), 'utf8')

/** Persian "I want": the ZWNJ keeps می and خواهم apart without a space. */
const PERSIAN = 'می‌خواهم'
/** A family emoji: three people joined by ZWJs. */
const FAMILY = '👨‍👩‍👧'
/** A smiley with the emoji-presentation selector. */
const SMILEY = '☺️'
/** A CJK ideograph with an ideographic variation selector (U+E0100). */
const KANJI_VARIANT = '葛󠄀'
/** The flag of Scotland: a black flag and tag characters. */
const SCOTLAND = '🏴󠁧󠁢󠁳󠁣󠁴󠁿'
/** Devanagari "kṣa" with a ZWJ asking for the half form. */
const HINDI = 'क्‍ष'
const KEPT = [PERSIAN, FAMILY, SMILEY, KANJI_VARIANT, SCOTLAND, HINDI]
const MARKED = KEPT.join(' ')

/**
 * The seed page with the marked words in its headline, body, a quote and the donation appeal, and
 * a variation selector in its caption (a text caption is found by its shape, and words in another
 * script change that shape: see the HTML case for the caption).
 */
function markedText(): string {
  return SEED.replace("Kyrgyzstan Won't", `Kyrgyzstan ${MARKED} Won't`)
    .replace('Atambayev speaking', `Atambayev ${SMILEY} speaking`)
    .replace('said Monday.', `said Monday, ${MARKED}.`)
    .replace('little choice,', `little choice ${MARKED},`)
    .replace('Dear readers,', `Dear readers ${MARKED},`)
}

function markedHtml(): string {
  return `<!doctype html><html lang="en"><head><title>Kyrgyzstan ${MARKED} will not join the customs union</title>
<meta property="og:site_name" content="The ${PERSIAN} Times"><meta name="author" content="Jane ${PERSIAN}"></head><body>
<article><h1>Kyrgyzstan ${MARKED} will not join the customs union</h1>
<p>Kyrgyzstan plans to join the Moscow-led Customs Union of former Soviet states but will demand that any agreement take into account its national interests, ${MARKED}, the president said.</p>
<figure><img src="a.jpg"><figcaption>The president at an interview ${MARKED}. <span class="credit">Sergei ${PERSIAN}</span></figcaption></figure>
<p>"Ukraine can choose, and we have little choice ${MARKED}, but we will only take a route that suits us," Atambayev said, Interfax reported on Monday morning.</p>
<p>Moscow had put heavy pressure on Ukraine, including export restrictions and threats of energy price hikes, to push Kiev into reassessing its trade orientation.</p>
<aside class="newsletter-signup"><p>Sign up for our newsletter ${MARKED}</p></aside>
</article></body></html>`
}

function fieldsOf(article: CleanArticle): Record<string, string> {
  return {
    headline: article.headline ?? '',
    caption: article.caption?.text ?? '',
    credit: article.caption?.credit ?? '',
    byline: article.byline ?? '',
    siteName: article.siteName ?? '',
    paragraphs: article.paragraphs.join('\n'),
    text: article.text,
    quotes: article.quotes.map((quote) => quote.text).join('\n'),
    removed: article.removed.map((block) => block.text).join('\n'),
  }
}

describe('text kept as written', () => {
  it('plain text: joiners, variation selectors and tag characters survive into every field', () => {
    const fields = fieldsOf(cleanArticle(markedText(), { format: 'text' }))
    for (const field of ['headline', 'paragraphs', 'text', 'quotes', 'removed']) {
      for (const word of KEPT) expect(fields[field], `${field} keeps ${JSON.stringify(word)}`).toContain(word)
    }
    expect(fields.caption).toBe(`Kyrgyz President Atambayev ${SMILEY} speaking at an interview.`)
  })

  it('HTML: joiners, variation selectors and tag characters survive into every field', () => {
    const fields = fieldsOf(cleanArticle(markedHtml(), { format: 'html' }))
    for (const field of ['headline', 'caption', 'paragraphs', 'text', 'quotes', 'removed']) {
      for (const word of KEPT) expect(fields[field], `${field} keeps ${JSON.stringify(word)}`).toContain(word)
    }
    expect(fields.credit).toBe(`Sergei ${PERSIAN}`)
    expect(fields.byline).toBe(`Jane ${PERSIAN}`)
    expect(fields.siteName).toBe(`The ${PERSIAN} Times`)
  })

  it('HTML entities for the joiners decode to them', () => {
    const article = cleanArticle(`<article><h1>A headline about joiners</h1><p>${'The Persian word می&zwnj;خواهم means I want, and the family emoji 👨&zwj;👩&zwj;👧 is one glyph. '.repeat(3)}</p></article>`, { format: 'html' })
    expect(article.paragraphs[0]).toContain(PERSIAN)
    expect(article.paragraphs[0]).toContain(FAMILY)
  })

  it('drops zero-width spaces, word joiners, BOMs, soft hyphens and control characters', () => {
    const article = cleanArticle('A headline\n\nThe Zusam\u00admen\u00adarbeit of line\u200bbreak hints\u2060 and a \ufeffBOM with a bell\u0007 goes on for a while in this sentence.', { format: 'text' })
    expect(article.paragraphs).toEqual(['The Zusammenarbeit of linebreak hints and a BOM with a bell goes on for a while in this sentence.'])
  })
})
