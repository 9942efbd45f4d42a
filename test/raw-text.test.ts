/**
 * Raw text as a browser reads it: script and style text, whatever markup it holds, never reaches
 * the article; `<noscript>` (raw text in a browser that runs scripts) never feeds metadata; the
 * elements a browser's own style sheet hides are not shown.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { parseDocument } from '../src/lib/html/tree-builder.js'

const SENTENCE = 'The minister said on Tuesday that the new rules would take effect next year, after a long debate. '
const BODY = `<p>${SENTENCE.repeat(3)}</p><p>${SENTENCE.repeat(2)}</p>`
const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`
const SCRIPT_WORDS = /document\.write|var |function|\/\/-->|swallowed/

describe('script text', () => {
  it.each([
    ['the document.write idiom (escaped script data)', `<script><!-- document.write('<script src="ad.js"></script>'); var swallowed = 1; //--></script>`],
    ['double-escaped script data with upper case', `<SCRIPT><!--\ndocument.write("<SCRIPT type='text/javascript'>var a = 1</SCRIPT>"); document.write("<p>${SENTENCE.repeat(3)} swallowed</p>")\n//--></SCRIPT>`],
    ['several idioms in a row', `<script><!-- document.write('<script></script>') //--></script><p>${SENTENCE}</p><script><!-- document.write('<script>x</script>'); var swallowed //--></script>`],
    ['a self-closing <script/>', `<div><script src="a.js"/>document.write("</div><p>${SENTENCE.repeat(3)} swallowed</p>");</script></div>`],
    ['a self-closing <style/>', `<div><style/>p::after { content: "</div><p>${SENTENCE.repeat(3)} swallowed</p>" }</style></div>`],
  ])('keeps %s out of the article', (_name, script) => {
    const article = cleanArticle(page('', `${BODY}${script}${BODY}`))
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(4)
    for (const paragraph of article.paragraphs) expect(paragraph).not.toMatch(SCRIPT_WORDS)
    expect(JSON.stringify(article.removed)).not.toMatch(SCRIPT_WORDS)
  })

  it('reads the page after an escaped script that ends', () => {
    const article = cleanArticle(page('', `<script><!-- document.write('<script></script>') //--></script><p>${SENTENCE.repeat(3)}After the script.</p>`))
    expect(article.paragraphs).toEqual([`${SENTENCE.repeat(3)}After the script.`])
  })

  it('reads a self-closing <title/> as a title whose raw text runs to </title>', () => {
    expect(parseDocument(page('<title/>A <b>bold</b> move</title>', BODY)).title).toBe('A <b>bold</b> move')
  })

  it('keeps a self-closing <script/> inside SVG an empty element (foreign content honours the slash)', () => {
    const article = cleanArticle(page('', `<svg><script/></svg><p>${SENTENCE.repeat(3)}After the picture.</p>`))
    expect(article.paragraphs).toEqual([`${SENTENCE.repeat(3)}After the picture.`])
  })
})

describe('<noscript> is no metadata', () => {
  it.each([
    ['headline', '<noscript><meta property="og:title" content="Fake headline"></noscript>', (a: ReturnType<typeof cleanArticle>) => a.headline],
    ['byline', '<noscript><meta name="author" content="Fake Author"></noscript>', (a: ReturnType<typeof cleanArticle>) => a.byline],
    ['canonicalUrl', '<noscript><link rel="canonical" href="https://evil.example/"></noscript>', (a: ReturnType<typeof cleanArticle>) => a.canonicalUrl],
    [
      'captions',
      `<noscript><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Fake headline', image: { '@type': 'ImageObject', url: 'https://evil.example/a.jpg', caption: 'A fake caption for a fake picture.' } })}</script></noscript>`,
      (a: ReturnType<typeof cleanArticle>) => a.captions[0]?.text ?? null,
    ],
  ])('takes no %s from inside <noscript>', (_name, head, field) => {
    expect(field(cleanArticle(page(head, BODY)))).toBeNull()
    expect(field(cleanArticle(page(head.replaceAll('noscript', 'div'), BODY)))).not.toBeNull()
  })
})

describe('elements a browser hides', () => {
  it.each([
    ['noembed', '<noembed><p>Your browser cannot show this embedded video at all, sorry.</p></noembed>'],
    ['noframes', '<noframes><p>Your browser cannot show frames, please use another one today.</p></noframes>'],
    ['rp', '<ruby>漢<rp>(Your browser cannot show ruby annotations here)</rp><rt>kan</rt></ruby>'],
    ['datalist', '<datalist id="x"><option>Your browser cannot show this list of options</option></datalist>'],
  ])('shows nothing of <%s>', (_name, hidden) => {
    const article = cleanArticle(page('', `${BODY}${hidden}${BODY}`))
    expect(article.text).not.toContain('Your browser cannot')
    expect(JSON.stringify(article.removed)).not.toContain('Your browser cannot')
  })
})
