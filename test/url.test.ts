/**
 * URLs out are safe (src/lib/url.ts): whatever a page writes where a URL goes, a URL field of the
 * result is an http(s) URL, a relative reference without a scheme when no base is known, or null.
 * The corpus gathers the ways pages and filters have been fooled: case, blanks and control
 * characters a URL parser drops, entities, srcset lists, lazy-loading attributes, JSON-LD values.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { imageSource, jsonLdUrl, safeUrl, srcsetFirst } from '../src/lib/url.js'

const BASE = 'https://news.example/2024/story.html'

/** Written where a URL goes, and what a consumer would run or load: each must come out null. */
const UNSAFE: readonly string[] = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u001fjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\r\nscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' data:image/svg+xml,<svg onload=alert(1)>',
  'data:image/png;base64,iVBORw0KGgo=',
  'file:///etc/passwd',
  'blob:https://news.example/1234',
  'about:blank',
  'ftp://files.example/a.jpg',
  'mailto:editor@news.example',
  'chrome://settings',
  'x-unknown:thing',
  '',
  '   ',
  'http://',
  'https://',
  'http://[not a host]/',
]

describe('safeUrl', () => {
  it.each(UNSAFE)('gives null for %j with a base and without', (raw) => {
    expect(safeUrl(raw, BASE)).toBeNull()
    expect(safeUrl(raw, null)).toBeNull()
  })

  it.each([
    ['https://cdn.example/a.jpg', 'https://cdn.example/a.jpg'],
    ['HTTPS://CDN.Example/a.jpg', 'https://cdn.example/a.jpg'],
    ['  https://cdn.example/a.jpg \n', 'https://cdn.example/a.jpg'],
    ['https://cdn.example/a b.jpg', 'https://cdn.example/a%20b.jpg'],
    ['htt\tps://cdn.example/a.jpg', 'https://cdn.example/a.jpg'],
    ['/img/a.jpg', 'https://news.example/img/a.jpg'],
    ['a.jpg', 'https://news.example/2024/a.jpg'],
    ['../a.jpg?x=1&y=2#top', 'https://news.example/a.jpg?x=1&y=2#top'],
    ['//cdn.example/a.jpg', 'https://cdn.example/a.jpg'],
    ['javascript%3Aalert(1)', 'https://news.example/2024/javascript%3Aalert(1)'],
    ['&#106;avascript:alert(1)', 'https://news.example/2024/&#106;avascript:alert(1)'],
    ['javascript :alert(1)', 'https://news.example/2024/javascript%20:alert(1)'],
    ['\u00a0javascript:alert(1)', 'https://news.example/2024/%C2%A0javascript:alert(1)'],
  ])('resolves %j against the base to %j', (raw, expected) => {
    expect(safeUrl(raw, BASE)).toBe(expected)
  })

  it.each([
    ['/img/a.jpg', '/img/a.jpg'],
    ['a.jpg', 'a.jpg'],
    [' /img/a b.jpg\n', '/img/a b.jpg'],
    ['//cdn.example/a.jpg', '//cdn.example/a.jpg'],
    ['?page=2', '?page=2'],
    ['im\tg/a.jpg', 'img/a.jpg'],
  ])('keeps the relative reference %j as %j when no base is known (it has no scheme to run)', (raw, expected) => {
    expect(safeUrl(raw, null)).toBe(expected)
  })

  it('ignores a base that is not an http(s) URL', () => {
    expect(safeUrl('/a.jpg', 'javascript:alert(1)//')).toBe('/a.jpg')
    expect(safeUrl('/a.jpg', 'not a url')).toBe('/a.jpg')
    expect(safeUrl('https://cdn.example/a.jpg', 'data:text/html,x')).toBe('https://cdn.example/a.jpg')
  })

  it('gives null for what is not a string', () => {
    for (const value of [null, undefined, 42, true, {}, []]) expect(safeUrl(value, BASE)).toBeNull()
  })

  it('decodes entities when asked (JSON-LD written by HTML templates), then checks the scheme', () => {
    expect(safeUrl('https://cdn.example/a.jpg?w=1&amp;h=2', BASE, { entities: true })).toBe('https://cdn.example/a.jpg?w=1&h=2')
    expect(safeUrl('&#106;avascript:alert(1)', BASE, { entities: true })).toBeNull()
    expect(safeUrl('javascript&colon;alert(1)', null, { entities: true })).toBeNull()
    expect(safeUrl('java&#x09;script:alert(1)', BASE, { entities: true })).toBeNull()
    expect(safeUrl('&#x2F;img&#x2F;a.jpg', null, { entities: true })).toBe('/img/a.jpg')
  })
})

describe('srcsetFirst', () => {
  it.each([
    ['a.jpg 1x, b.jpg 2x', 'a.jpg'],
    ['  a.jpg  640w,b.jpg 1280w', 'a.jpg'],
    ['https://img.example/w_100,h_100/a.jpg 100w, https://img.example/w_200,h_200/a.jpg 200w', 'https://img.example/w_100,h_100/a.jpg'],
    ['a.jpg,', 'a.jpg'],
    [',, a.jpg 1x', 'a.jpg'],
    ['a.jpg (max-width: 10px), b.jpg', 'b.jpg'],
    ['java\tscript:alert(1) 1x, b.jpg 2x', 'b.jpg'],
    ['a.jpg 1x 2x, b.jpg', 'b.jpg'],
    ['a.jpg 0w, b.jpg 10w', 'b.jpg'],
    ['a.jpg 100h, b.jpg 100w 50h', 'b.jpg'],
    ['a.jpg 1.5x', 'a.jpg'],
    ['a.jpg .5x', 'a.jpg'],
    ['', null],
    [' , , ', null],
  ])('reads %j as %j', (srcset, expected) => {
    expect(srcsetFirst(srcset)).toBe(expected)
  })
})

describe('imageSource', () => {
  const img = (attributes: Record<string, string>) => ({ getAttribute: (name: string) => attributes[name] ?? null })

  it.each([
    ['the lazy-loading source before the placeholder', { 'data-src': '/real.jpg', src: 'data:image/gif;base64,R0lGOD' }, 'https://news.example/real.jpg'],
    ['src when there is no lazy source', { src: '/a.jpg' }, 'https://news.example/a.jpg'],
    ['srcset past a placeholder src', { src: 'data:image/gif;base64,R0lGOD', srcset: '/s.jpg 1x, /l.jpg 2x' }, 'https://news.example/s.jpg'],
    ['data-srcset past an unsafe data-src', { 'data-src': 'javascript:alert(1)', 'data-srcset': '/d.jpg 300w' }, 'https://news.example/d.jpg'],
    ['the next source past an unsafe one', { 'data-src': ' JAVASCRIPT:alert(1)', src: '/ok.jpg' }, 'https://news.example/ok.jpg'],
    ['null when every source is unsafe', { src: 'javascript:alert(1)', srcset: 'data:image/png;base64,x 1x' }, null],
    ['the next srcset candidate past an unsafe one', { srcset: 'javascript:alert(1) 1x, /ok.jpg 2x' }, 'https://news.example/ok.jpg'],
    ['no srcset candidate hidden by a tab (an invalid descriptor)', { srcset: 'java\tscript:alert(1) 1x' }, null],
    ['null for an image without a source', {}, null],
  ])('takes %s', (_name, attributes, expected) => {
    expect(imageSource(img(attributes), BASE)).toBe(expected)
  })
})

describe('jsonLdUrl', () => {
  it.each([
    ['a string', 'https://cdn.example/a.jpg', 'https://cdn.example/a.jpg'],
    ['an ImageObject url', { '@type': 'ImageObject', url: 'https://cdn.example/a.jpg' }, 'https://cdn.example/a.jpg'],
    ['an ImageObject contentUrl', { '@type': 'ImageObject', contentUrl: 'https://cdn.example/b.jpg' }, 'https://cdn.example/b.jpg'],
    ['the first usable item of a list', [{ url: 'javascript:alert(1)' }, 'https://cdn.example/c.jpg'], 'https://cdn.example/c.jpg'],
    ['a url that is itself a list', { url: ['https://cdn.example/d.jpg'] }, 'https://cdn.example/d.jpg'],
    ['an escaped url', { url: 'https://cdn.example/e.jpg?a=1&amp;b=2' }, 'https://cdn.example/e.jpg?a=1&b=2'],
    ['null for an @id alone (an identifier, not the file)', { '@id': 'https://news.example/#primaryimage' }, null],
    ['null for a number', 42, null],
    ['null for a javascript: url', { url: 'javascript:alert(1)' }, null],
  ])('reads %s', (_name, value, expected) => {
    expect(jsonLdUrl(value, BASE)).toBe(expected)
  })

  it('gives up on values nested past a few levels', () => {
    let value: unknown = 'https://cdn.example/deep.jpg'
    for (let i = 0; i < 10; i++) value = [value]
    expect(jsonLdUrl(value, BASE)).toBeNull()
  })
})

describe('URL fields of a cleaned page', () => {
  const paragraph = `<p>${'The minister said on Tuesday that the new rules would take effect next year. '.repeat(3)}</p>`
  const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body><article>${paragraph}${body}${paragraph}</article></body></html>`
  const figure = (img: string): string => `<figure>${img}<figcaption>The old bridge over the river at dawn, seen from the east bank.</figcaption></figure>`
  const imageOf = (html: string, url?: string): string | null | undefined => cleanArticle(html, url === undefined ? {} : { url }).captions[0]?.image

  it.each([
    ['<img src="javascript:alert(1)">'],
    ['<img src=" JaVaScRiPt:alert(1)">'],
    ['<img src="java&#x09;script:alert(1)">'],
    ['<img src="data:text/html,x">'],
    ['<img src=" DATA:image/svg+xml,x">'],
    ['<img data-src="vbscript:x" src="javascript:y">'],
    ['<img srcset="javascript:alert(1) 1x">'],
  ])('gives no image for %s', (img) => {
    expect(imageOf(page('', figure(img)))).toBeNull()
    expect(imageOf(page('', figure(img)), 'https://news.example/a/b.html')).toBeNull()
  })

  it('resolves a figure image against <base href>, itself resolved against the page URL', () => {
    expect(imageOf(page('<base href="/static/">', figure('<img src="a.jpg">')), 'https://news.example/a/b.html')).toBe('https://news.example/static/a.jpg')
  })

  it('never takes a javascript: <base href> as the base', () => {
    expect(imageOf(page('<base href="javascript:alert(1)//">', figure('<img src="a.jpg">')), 'https://news.example/a/b.html')).toBe('https://news.example/a/a.jpg')
  })

  it('makes JSON-LD caption images safe and absolute', () => {
    const ld = (image: unknown): string =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'A headline', image })}</script>`
    const withCaption = (url: unknown) => ({ '@type': 'ImageObject', url, caption: 'The old bridge over the river at dawn.' })
    expect(imageOf(page(ld(withCaption('javascript:alert(1)')), ''))).toBeNull()
    expect(imageOf(page(ld(withCaption(' data:text/html,x')), ''))).toBeNull()
    expect(imageOf(page(ld(withCaption('/img/a.jpg')), ''), 'https://news.example/a/b.html')).toBe('https://news.example/img/a.jpg')
    expect(imageOf(page(ld(withCaption({ '@type': 'ImageObject', url: 'https://cdn.example/x.jpg' })), ''))).toBe('https://cdn.example/x.jpg')
  })

  it.each([
    ['<link rel="canonical" href="javascript:alert(1)">'],
    ['<link rel="canonical" href=" JAVASCRIPT:alert(1)">'],
    ['<link rel="canonical" href="data:text/html,x">'],
    ['<meta property="og:url" content="javascript:alert(1)">'],
    ['<meta property="og:url" content="java&#10;script:alert(1)">'],
  ])('gives no canonicalUrl a consumer page would read as other than http(s) for %s', (head) => {
    const canonical = cleanArticle(page(head, '')).canonicalUrl
    if (canonical !== null) expect(new URL(canonical, 'https://consumer.example/page').protocol).toBe('https:')
    expect(cleanArticle(page(head, ''), { url: 'https://news.example/a/b.html' }).canonicalUrl).toMatch(/^https:\/\/news\.example\//)
  })

  it('resolves a relative canonical link against the page URL, falls back to the page URL, and refuses an unsafe one', () => {
    expect(cleanArticle(page('<link rel="canonical" href="/story">', ''), { url: 'https://news.example/a/b.html?utm=x' }).canonicalUrl).toBe('https://news.example/story')
    expect(cleanArticle(page('', ''), { url: 'https://news.example/a/b.html' }).canonicalUrl).toBe('https://news.example/a/b.html')
    expect(() => cleanArticle(page('', ''), { url: 'javascript:alert(1)' })).toThrow(RangeError)
  })
})
