/**
 * Hostile input: whatever the page, `cleanArticle` returns a result (maybe empty) with warnings
 * that say what happened. Sizes are just big enough to prove the point; `npm run bench:hostile`
 * shows the time each input takes per MB next to a real page.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HOSTILE_INPUTS, SENTENCE, randomBytes, type HostileInput } from '../bench/hostile-inputs.js'
import { cleanArticle, type CleanArticle } from '../src/index.js'
import { QUOTE_BUDGET_WARNING } from '../src/lib/extract/quote-budget.js'
import { expectArticleShape } from './support/shape.js'

const ROOT = join(import.meta.dirname, '..')
/** Generous: a slow machine must not fail a test that only checks the result. */
const TIMEOUT = 120_000
const MIB = 1024 * 1024

const NESTING = /^HTML nested deeper than 512 elements: \d+ elements cut out with their content$/
const TOO_MANY_BLOCKS = /^page has more than 50000 blocks; \d+ were ignored$/
/** The article every HTML input carries next to its attack: five paragraphs of SENTENCE. */
const hasArticle = (article: CleanArticle): void => {
  expect(article.paragraphs.filter((paragraph) => paragraph.includes(SENTENCE.trim()))).toHaveLength(5)
}

/** What each input must give besides the common shape. */
const EXPECTED: Record<string, (article: CleanArticle) => void> = {
  'empty string': (article) => expect(article).toMatchObject({ format: 'text', paragraphs: [], removed: [], warnings: ['the input is empty'] }),
  'empty bytes': (article) => expect(article).toMatchObject({ format: 'text', paragraphs: [], removed: [], warnings: ['the input is empty'] }),
  'whitespace only': (article) => expect(article).toMatchObject({ format: 'text', paragraphs: [], removed: [], warnings: ['the input is empty'] }),
  'nested divs': (article) => {
    expect(article.warnings).toEqual([expect.stringMatching(NESTING)])
    hasArticle(article)
  },
  'unclosed tags': (article) => {
    expect(article.warnings).toEqual([expect.stringMatching(NESTING)])
    hasArticle(article)
  },
  'unclosed paragraphs in list items': (article) => {
    expect(article.warnings).toEqual([expect.stringMatching(NESTING)])
    hasArticle(article)
  },
  'stray end tags at the depth limit': (article) => {
    expect(article.warnings).toEqual([])
    hasArticle(article)
  },
  'single 10 MB line of HTML': (article) => expect(article.paragraphs).toHaveLength(1),
  'single 10 MB line of text': (article) => expect(article.paragraphs).toHaveLength(1),
  'a million quote marks (HTML)': hasArticle,
  'a million quote marks (text)': (article) => expect(article.paragraphs).toEqual([SENTENCE.trim()]),
  'quoted words without end': (article) => expect(article.paragraphs.length).toBeGreaterThan(0),
  'table of 500,000 cells': (article) => expect(article.warnings).toEqual([expect.stringMatching(TOO_MANY_BLOCKS), QUOTE_BUDGET_WARNING]),
  'one tag with 100,000 attributes': hasArticle,
  'an attribute value of 5 MB': (article) => {
    hasArticle(article)
    expect(article.text).not.toContain('xxxx')
  },
  'unclosed comment': (article) => {
    hasArticle(article)
    expect(article.paragraphs).toHaveLength(5)
  },
  '100,000 comments': (article) => {
    hasArticle(article)
    expect(article.text).not.toContain('a comment')
  },
  'unclosed script': (article) => {
    hasArticle(article)
    expect(article.text).not.toContain('not text')
  },
  'text full of < and >': (article) => expect(article.format).toBe('text'),
  'HTML full of < and >': (article) => expect(article.format).toBe('html'),
  'a million entities': (article) => expect(article.paragraphs.join('')).toMatch(/^(?:&<< &bogus;)+$/),
  '200,000 short paragraphs': (article) => {
    expect(article.warnings).toEqual([expect.stringMatching(TOO_MANY_BLOCKS)])
    hasArticle(article)
  },
  'a million short lines of text': (article) => expect(article.format).toBe('text'),
  '100,000 caption classes beside one image': hasArticle,
  '20,000 figures of other pictures with one caption': (article) => {
    hasArticle(article)
    expect(article.captions.length).toBeGreaterThan(1)
  },
  '100,000 pictures each with a short text after it': hasArticle,
  'pictures and texts nested in each other': (article) => {
    expect(article.warnings).toEqual([expect.stringMatching(NESTING)])
    hasArticle(article)
  },
  'a figure of 100,000 credits': (article) => {
    expect(article.warnings).toContainEqual(expect.stringMatching(TOO_MANY_BLOCKS))
    hasArticle(article)
  },
  'deeply nested JSON-LD': hasArticle,
  'binary file (PNG)': (article) => expect(article).toMatchObject({ paragraphs: [], warnings: ['input looks like binary data (PNG), not a page'] }),
  'random bytes': (article) => expect(article).toMatchObject({ paragraphs: [], warnings: ['input looks like binary data (unknown format), not a page'] }),
  'invalid UTF-8': (article) => {
    expect(article.warnings).toEqual(['not valid UTF-8 and no charset declared; decoded as windows-1252'])
    hasArticle(article)
  },
  'UTF-16 without BOM': (article) => {
    expect(article.format).toBe('html')
    expect(article.paragraphs.length).toBeGreaterThan(5)
  },
  'NUL bytes everywhere': (article) => expect(article).toMatchObject({ paragraphs: [], warnings: ['input looks like binary data (unknown format), not a page'] }),
  'sibling-combinator selectors over many divs': hasArticle,
  '2,000 simple selectors over many divs': hasArticle,
  'gated selectors over deep nesting': hasArticle,
  'escaped script idiom, repeated': (article) => {
    hasArticle(article)
    expect(JSON.stringify(article)).not.toMatch(/not text|document\.write/)
  },
  'escaped script that never ends': (article) => {
    hasArticle(article)
    expect(JSON.stringify(article)).not.toContain('not text')
  },
  'self-closing scripts, repeated': (article) => {
    hasArticle(article)
    expect(JSON.stringify(article)).not.toContain('not text')
  },
  'metadata in nested noscript': (article) => {
    hasArticle(article)
    expect(article.headline).not.toBe('Not the headline')
    expect(article.canonicalUrl).toBeNull()
  },
  'JSON-LD array of 450,000 items': (article) => {
    hasArticle(article)
    // The JSON-LD is still read: its author (nowhere else on the page) is the byline.
    expect(article.byline).toBe('Jane Roe')
  },
  'unsafe image URLs in 20,000 figures': (article) => {
    hasArticle(article)
    expect(article.captions.length).toBeGreaterThan(0)
    // Safe whatever a consumer page resolves it against: no scheme but http(s).
    for (const caption of article.captions) if (caption.image) expect(new URL(caption.image, 'https://consumer.example/').protocol).toBe('https:')
  },
  'charset declarations hidden in comments': (article) => {
    hasArticle(article)
    expect(article.warnings).toEqual([])
    expect(article.text).toContain('caf\u00e9')
  },
  'UTF-16LE Chinese without BOM': (article) => {
    expect(article.warnings).toEqual([])
    expect(article.text).toContain('北京市政府周二表示')
  },
  'quotations, one paragraph': (article) => expect(article.quotes.length).toBeGreaterThan(100),
  'quotations, many paragraphs': (article) => expect(article.quotes.length).toBeGreaterThan(100),
  'comment-classed text nested 500 deep': (article) => expect(article.paragraphs.length + article.removed.length).toBeGreaterThan(0),
  'figures nested in figures': (article) => {
    hasArticle(article)
    expect(article.captions.length).toBeGreaterThan(0)
  },
  'one text node of 5 MB with quotes': (article) => {
    hasArticle(article)
    expect(article.quotes.length).toBeGreaterThan(100)
  },
  'many pull quotes': (article) => {
    hasArticle(article)
    // None repeats a longer body text, so every one stays.
    expect(article.paragraphs.filter((paragraph) => paragraph.startsWith('We will build bridge'))).toHaveLength(1000)
  },
}

describe('hostile input: a result, never a throw', () => {
  it('has an expectation for every input of the bench', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(HOSTILE_INPUTS.map((input) => input.name).sort())
  })

  it.each(HOSTILE_INPUTS.map((input): [string, HostileInput] => [input.name, input]))('%s', (name, input) => {
    const article = cleanArticle(input.build(input.testScale ?? 1), input.options)
    expectArticleShape(article)
    EXPECTED[name]!(article)
  }, TIMEOUT)
})

/** Cleans a hostile input in a child process and gives up after `deadline` ms: a test cannot stop
 * synchronous work on its own thread, so a hang would hold the whole suite. */
function cleanWithDeadline(name: string, scale: number, deadline: number): Promise<CleanArticle> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/clean-child.ts', name, String(scale)], { cwd: ROOT })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => {
      child.kill()
      reject(new Error(`${name}: no result after ${deadline} ms`))
    }, deadline)
    child.on('close', (status) => {
      clearTimeout(timer)
      if (status === 0) resolve(JSON.parse(stdout) as CleanArticle)
      else reject(new Error(`${name}: exit ${status}: ${stderr}`))
    })
  })
}

describe('hostile input: hangs found by the bench', () => {
  /** Long enough for the linear work (about 20 s on a busy 2-core machine), far too short for the quadratic one. */
  const DEADLINE = 45_000

  // Fails today: extractQuotes → withoutRepeats calls standsAlone(c, segments) for every quotation,
  // and standsAlone scans all of its paragraph's text outside quotations, so a 2 MB paragraph of
  // unattributed quotations takes minutes (quadratic). Reported to the lead; src/lib/extract/quotes.ts.
  it('2 MB of quotations in one paragraph', async () => {
    expectArticleShape(await cleanWithDeadline('quoted words without end', 1, DEADLINE))
  }, DEADLINE + 10_000)
})

describe('hostile input: size limits', () => {
  const paragraph = `<p>${SENTENCE.repeat(4)}</p>`
  /** A 20 MB page of real-looking paragraphs. */
  const big = `<!doctype html><html><body>${paragraph.repeat(Math.ceil((20 * MIB) / paragraph.length))}</body></html>`

  it('truncates a 20 MB string to maxInputBytes UTF-16 units, with a warning', () => {
    const article = cleanArticle(big, { maxInputBytes: MIB })
    expectArticleShape(article)
    expect(article.warnings).toEqual([`input truncated to ${MIB} characters`, QUOTE_BUDGET_WARNING])
    expect(article.paragraphs.length).toBeGreaterThan(1000)
  }, TIMEOUT)

  it('truncates 20 MB of bytes to maxInputBytes bytes, with a warning', () => {
    const article = cleanArticle(new TextEncoder().encode(big), { maxInputBytes: MIB })
    expect(article.warnings).toEqual([`input truncated to ${MIB} bytes`, QUOTE_BUDGET_WARNING])
    expect(article.paragraphs.length).toBeGreaterThan(1000)
  }, TIMEOUT)

  it('applies the 16 MiB default limit', () => {
    const article = cleanArticle(`${' '.repeat(20 * MIB)}${SENTENCE}`)
    expect(article.warnings).toEqual([`input truncated to ${16 * MIB} characters`, 'the input is empty'])
    expect(article.paragraphs).toEqual([])
  }, TIMEOUT)

  it('cuts nesting at maxDepth when asked for less', () => {
    const deep = SENTENCE.replace('minister', 'deep minister').repeat(3).trim()
    const shallow = SENTENCE.repeat(3).trim()
    const html = `<html><body>${'<div>'.repeat(30)}<p>${deep}</p>${'</div>'.repeat(30)}<p>${shallow}</p></body></html>`
    const unlimited = cleanArticle(html)
    expect(unlimited.warnings).toEqual([])
    expect(JSON.stringify(unlimited)).toContain('deep minister')
    const limited = cleanArticle(html, { maxDepth: 20 })
    expect(limited.warnings).toEqual(['HTML nested deeper than 20 elements: 13 elements cut out with their content'])
    expect(limited.paragraphs).toEqual([shallow])
    expect(JSON.stringify(limited)).not.toContain('deep minister')
  })
})

describe('hostile input: optional tags', () => {
  const paragraph = SENTENCE.repeat(3).trim()
  it.each([
    ['a fragment', `<p>${paragraph}</p>`],
    ['a fragment of two paragraphs', `<p>${paragraph}</p><p>${paragraph}</p>`],
    ['<html> and <body>', `<html><body><p>${paragraph}</p></body></html>`],
    ['<body> without <html>', `<body><p>${paragraph}</p></body>`],
    ['<html> without <body>', `<html><p>${paragraph}</p></html>`],
    ['<head> and <body> without <html>', `<head><title>T</title></head><body><p>${paragraph}</p></body>`],
  ])('reads the text of %s (the HTML spec makes all three tags optional)', (_, html) => {
    expect(cleanArticle(html)).toMatchObject({ format: 'html', paragraphs: [paragraph, paragraph].slice(0, html.split('<p>').length - 1), warnings: [] })
  })
})

describe('hostile input: encodings, end to end', () => {
  const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => Array.from(part)))
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
  const utf16 = (text: string, littleEndian: boolean): number[] =>
    Array.from(text).flatMap((char) => {
      const unit = char.charCodeAt(0)
      return littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]
    })
  const text = `Café “crème” in Zürich\n\n${SENTENCE}Prices rose by 3% — the most since 2008.`

  it.each([
    ['UTF-8 with a BOM', bytes([0xef, 0xbb, 0xbf], utf8(text))],
    ['UTF-16 LE with a BOM', bytes([0xff, 0xfe], utf16(text, true))],
    ['UTF-16 BE with a BOM', bytes([0xfe, 0xff], utf16(text, false))],
    ['UTF-16 LE without a BOM', bytes(utf16(text, true))],
    ['UTF-16 BE without a BOM', bytes(utf16(text, false))],
  ])('%s reads as the same text', (_, input) => {
    const article = cleanArticle(input)
    expect(article.warnings).toEqual([])
    expect(article.paragraphs).toEqual(cleanArticle(text).paragraphs)
    expect(article.text).toContain('Prices rose by 3% — the most since 2008.')
  })

  it('follows a declared charset (windows-1251 Russian)', () => {
    const russian = 'Президент заявил во вторник, что новые правила вступят в силу в следующем году после долгих споров и обсуждений.'
    const cp1251 = Array.from(russian, (char) => (char === ' ' ? 0x20 : char === ',' ? 0x2c : char === '.' ? 0x2e : char.charCodeAt(0) - 0x410 + 0xc0))
    const input = bytes(utf8('<html><head><meta charset="windows-1251"></head><body><p>'), cp1251, cp1251, utf8('</p></body></html>'))
    const article = cleanArticle(input)
    expect(article.warnings).toEqual([])
    expect(article.paragraphs).toEqual([`${russian}${russian}`])
  })

  it('reads UTF-8 bytes as UTF-8 when the page declares another charset, and says so', () => {
    const input = utf8(`<html><head><meta charset="iso-8859-1"></head><body><p>${text}</p></body></html>`)
    const article = cleanArticle(input)
    expect(article.warnings).toEqual(['declared windows-1252, decoded as utf-8'])
    expect(article.text).toContain('Café “crème” in Zürich')
  })

  it('ignores an unknown declared charset, with a warning', () => {
    const article = cleanArticle(utf8(`<html><head><meta charset="x-klingon"></head><body><p>${SENTENCE}</p></body></html>`))
    expect(article.warnings).toEqual(['unknown declared charset, ignored'])
    expect(article.paragraphs).toEqual([SENTENCE.trim()])
  })

  it('keeps mostly-UTF-8 text and replaces the few invalid bytes, with a warning', () => {
    const input = bytes(utf8(`${text}\n\n${SENTENCE}`), [0xff], utf8(` ${SENTENCE}`))
    const article = cleanArticle(input)
    expect(article.warnings).toEqual(['invalid UTF-8: 1 bad sequence replaced'])
    expect(JSON.stringify(article)).toContain('Café “crème” in Zürich')
    expect(article.text).toContain('\ufffd')
  })

  it('removes stray NUL bytes, with a warning, and never puts them in the output', () => {
    const input = utf8(`${SENTENCE}\u0000\n\n${SENTENCE.replace('minister', 'min\u0000ister')}\n\n\u0000${SENTENCE}`)
    const article = cleanArticle(input)
    expect(article.warnings).toEqual(['removed 3 NUL characters'])
    expect(article.text).not.toContain('\u0000')
    expect(article.text).toContain('minister said')
  })

  it('reports binary data instead of cleaning it into paragraphs', () => {
    for (const input of [randomBytes(5000), bytes(utf8('%PDF-1.7\n'), randomBytes(5000)), bytes([0x1f, 0x8b, 0x08], randomBytes(5000))]) {
      const article = cleanArticle(input)
      expectArticleShape(article)
      expect(article.paragraphs).toEqual([])
      expect(article.warnings).toHaveLength(1)
      expect(article.warnings[0]).toMatch(/^input looks like binary data \(\w+( format)?\), not a page(: decompress it first)?$/)
    }
  })
})
