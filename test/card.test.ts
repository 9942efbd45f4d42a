/**
 * The page's card: headline, byline and authors, dates, description and image, from metadata and
 * from what the page prints. Small pages written for each source and each rejection.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { cleanAuthor, isAuthorValue, parseByline, splitAuthors } from '../src/lib/extract/byline.js'
import { dateFromUrl, isUpdateLabel, lineDate, parseDate } from '../src/lib/extract/date.js'

const BODY = [
  'The city council voted on Tuesday night to approve a budget for the replacement of the Mill Street bridge, ending a year of debate.',
  'Engineers have warned since 2007 that the bridge can no longer carry fire trucks, and the state has offered to pay half the cost.',
  'Construction is expected to begin next spring and to take about eighteen months, with traffic sent over the Ferry Road crossing.',
]
  .map((text) => `<p>${text}</p>`)
  .join('\n')

function page(head: string, beforeBody: string, options: { url?: string } = {}): ReturnType<typeof cleanArticle> {
  return cleanArticle(`<!doctype html><html><head>${head}</head><body><article>${beforeBody}${BODY}</article></body></html>`, { format: 'html', ...options })
}

describe('bylines', () => {
  it('reads "By" lines in our languages and "Written by:"', () => {
    expect(parseByline('By Jane Doe and John Roe')).toBe('Jane Doe and John Roe')
    expect(parseByline('Written by: Tom May')).toBe('Tom May')
    expect(parseByline('Von Moritz Bachmann publiziert am 25. September 2018')).toBe('Moritz Bachmann')
    expect(parseByline('Par Martin Untersinger')).toBe('Martin Untersinger')
    expect(parseByline('Published August 7, 2023 by Nicole Burke')).toBe('Nicole Burke')
    expect(parseByline('By Erin Cunningham March 18 at 3:57 PM')).toBe('Erin Cunningham')
  })

  it('keeps a role as printed and leaves it out of the authors', () => {
    expect(parseByline('Jon Berg, Courts Reporter')).toBe('Jon Berg, Courts Reporter')
    expect(splitAuthors('Jon Berg, Courts Reporter')).toEqual(['Jon Berg'])
    expect(splitAuthors('Dylan Bailey, MS, RD, FAND')).toEqual(['Dylan Bailey'])
    expect(splitAuthors('Genevieve Carlton, Ph.D.')).toEqual(['Genevieve Carlton'])
    expect(parseByline('Jon Berg, Courts')).toBeNull()
  })

  it('splits names at commas and "and", and keeps agencies and lower-case groups whole', () => {
    expect(splitAuthors('Stella Kim and Jennifer Jett')).toEqual(['Stella Kim', 'Jennifer Jett'])
    expect(splitAuthors('Danielle DeSiato, Donna Enzmann, and Natalie Nguyen')).toEqual(['Danielle DeSiato', 'Donna Enzmann', 'Natalie Nguyen'])
    expect(splitAuthors('Associated Press')).toEqual(['Associated Press'])
    expect(splitAuthors('Staff and agencies')).toEqual(['Staff and agencies'])
  })

  it('leaves a news agency after the names out of the authors, and keeps an agency that is the only author', () => {
    expect(splitAuthors('Jane Roe, Reuters')).toEqual(['Jane Roe'])
    expect(splitAuthors('Ana Ruiz and Tom Baker, Reuters')).toEqual(['Ana Ruiz', 'Tom Baker'])
    expect(splitAuthors('Jane Roe, Associated Press')).toEqual(['Jane Roe'])
    expect(splitAuthors('Jane Roe, dpa')).toEqual(['Jane Roe'])
    expect(splitAuthors('Reuters')).toEqual(['Reuters'])
    expect(splitAuthors('Agence France-Presse')).toEqual(['Agence France-Presse'])
  })

  it('never takes a URL, a date or a placeholder for a name', () => {
    for (const value of ['https://www.facebook.com/profile.php?id=1', 'www.example.com/staff/jane', '/author/jane-doe', 'jane@example.com', 'March 3, 2025', '2019-11-19', 'Follow Author', 'FAIL', 'admin', 'undefined', 'Mon Feb']) {
      expect(isAuthorValue(value), value).toBe(false)
    }
    expect(cleanAuthor('Bradley M. Kuhn (http://ebb.org/bkuhn/)')).toBe('Bradley M. Kuhn')
    expect(cleanAuthor('By Ana Sandoiu')).toBe('Ana Sandoiu')
  })

  it('reads account names only after a forum label or when shaped like one', () => {
    expect(parseByline('Thread starter felixen')).toBe('felixen')
    expect(parseByline('By Pippin06')).toBe('Pippin06')
    expect(parseByline('By contrast')).toBeNull()
    expect(parseByline("Discussion in 'Hosting Advice' started by pelex, May 26, 2025")).toBe('pelex')
    expect(parseByline('The project was started by volunteers in 2001')).toBeNull()
  })
})

describe('dates', () => {
  it('keeps a time with its offset, and reads numeric and Russian dates', () => {
    expect(parseDate('2025-06-12T10:00:00Z')).toBe('2025-06-12T10:00:00Z')
    expect(parseDate('2021-11-01T10:52:50+0100')).toBe('2021-11-01T10:52:50+01:00')
    expect(parseDate('19.11.2019')).toBe('2019-11-19')
    expect(parseDate('19 ноября 2019')).toBe('2019-11-19')
    expect(parseDate('2019年11月19日')).toBe('2019-11-19')
  })

  it('reads the time of a date line with its zone, and leaves a time in an unknown zone out', () => {
    expect(lineDate('Updated 14:32 CET, Monday, March 3, 2025')).toBe('2025-03-03T14:32:00+01:00')
    expect(lineDate('Published March 3, 2025 at 2:32 p.m. EST')).toBe('2025-03-03T14:32:00-05:00')
    expect(lineDate('3 March 2025, 09:05 GMT')).toBe('2025-03-03T09:05:00Z')
    expect(lineDate('Mis à jour le 3 mars 2025 à 9h05 (UTC+1)')).toBe('2025-03-03T09:05:00+01:00')
    expect(lineDate('12:10 am EDT March 4, 2025')).toBe('2025-03-04T00:10:00-04:00')
    expect(lineDate('March 3, 2025 14:32 ET')).toBe('2025-03-03')
    expect(lineDate('March 3, 2025 14:32')).toBe('2025-03-03')
    expect(lineDate('2025-03-03T14:32:00Z')).toBe('2025-03-03T14:32:00Z')
    expect(lineDate('Updated 14:32 CET')).toBeNull()
  })

  it('reads a date in a URL path, not an id', () => {
    expect(dateFromUrl('https://example.com/2019/11/19/story-name/')).toBe('2019-11-19')
    expect(dateFromUrl('https://example.com/news/20191119/story')).toBe('2019-11-19')
    expect(dateFromUrl('https://example.com/story-565107452.html')).toBeNull()
  })

  it('tells an update label', () => {
    expect(isUpdateLabel('Updated August 14, 2025')).toBe(true)
    expect(isUpdateLabel('Last updated: Sep 4, 2025')).toBe(true)
    expect(isUpdateLabel('Published August 14, 2025')).toBe(false)
  })
})

describe('the card of an HTML page', () => {
  it('reads JSON-LD authors by @id in a @graph, wrapped in CDATA', () => {
    const graph = JSON.stringify({
      '@graph': [
        { '@type': 'NewsArticle', headline: 'Bridge budget approved', author: [{ '@id': '#kim' }, { '@id': '#jett' }], datePublished: '2024-12-06T22:00:40Z' },
        { '@type': 'Person', '@id': '#kim', name: 'Stella Kim' },
        { '@type': 'Person', '@id': '#jett', name: 'Jennifer Jett' },
      ],
    })
    const article = page(`<script type="application/ld+json"><![CDATA[${graph}]]></script>`, '<h1>Bridge budget approved</h1>')
    expect(article.byline).toBe('Stella Kim, Jennifer Jett')
    expect(article.authors).toEqual(['Stella Kim', 'Jennifer Jett'])
    expect(article.publishedAt).toBe('2024-12-06T22:00:40Z')
  })

  it('reads Dublin Core, Parse.ly, microdata and rel=author bylines', () => {
    expect(page('<meta name="DC.creator" content="Dublin Core Author"><meta name="author" content="Theme Default">', '').byline).toBe('Dublin Core Author')
    expect(page('<meta name="parsely-author" content="Jane Doe">', '').byline).toBe('Jane Doe')
    expect(page('', '<span itemprop="author" itemscope><span itemprop="name">Nicolas Perriault</span></span>').byline).toBe('Nicolas Perriault')
    expect(page('', '<h1>Bridge budget approved</h1><p class="meta"><a rel="author" href="/who/nikhil">Nikhil Marathe</a></p>').byline).toBe('Nikhil Marathe')
  })

  it('turns an author profile URL into the name the page links it with, and drops it otherwise', () => {
    const linked = page('<meta property="article:author" content="https://example.com/staff/jane-doe">', '<p class="box"><a href="/staff/jane-doe">Jane Doe</a></p>')
    expect(linked.byline).toBe('Jane Doe')
    expect(page('<meta property="article:author" content="https://example.com/staff/jane-doe">', '').byline).toBeNull()
  })

  it('prefers a printed byline to a metadata author that only names the site', () => {
    const article = page('<meta property="og:site_name" content="Valley Courier"><meta name="author" content="Valley Courier">', '<h1>Bridge budget approved</h1><p>By Maria Lopez</p>')
    expect(article.byline).toBe('Maria Lopez')
  })

  it('gives the published date, and an "Updated" line as the modified date, never as the published one', () => {
    const both = page('<meta property="article:published_time" content="2025-05-19T22:12:02Z">', '<h1>Bridge budget approved</h1><p>Updated August 14, 2025</p>')
    expect(both.publishedAt).toBe('2025-05-19T22:12:02Z')
    expect(both.modifiedAt).toBe('2025-08-14')
    const printed = page('', '<h1>Bridge budget approved</h1><p>Published March 3, 2025</p><p>Updated March 5, 2025</p>')
    expect(printed.publishedAt).toBe('2025-03-03')
    expect(printed.modifiedAt).toBe('2025-03-05')
  })

  it('reads a labelled date line printed just after the article, never an unlabelled date there', () => {
    const after = (line: string): ReturnType<typeof cleanArticle> =>
      cleanArticle(`<!doctype html><html><body><article><h1>Bridge budget approved</h1>${BODY}</article><p><a href="/webcam">View webcam</a></p><p>${line}</p><footer><a href="/contact">Contact</a></footer></body></html>`, { format: 'html' })
    expect(after('Last updated: November 13, 2025').publishedAt).toBe('2025-11-13')
    expect(after('Published 4 March 2024').publishedAt).toBe('2024-03-04')
    expect(after('December 11, 2024').publishedAt).toBeNull()
  })

  it('reads <time datetime> with its time, and a date in the URL last', () => {
    expect(page('', '<h1>Bridge budget approved</h1><time datetime="2025-06-12T10:00:00Z">June 12</time>').publishedAt).toBe('2025-06-12T10:00:00Z')
    expect(page('', '<h1>Bridge budget approved</h1>', { url: 'https://example.com/2019/11/19/bridge/' }).publishedAt).toBe('2019-11-19')
    expect(page('', '<h1>Bridge budget approved</h1>', { url: 'https://example.com/articles/2025-12-15+Bridge+budget' }).publishedAt).toBe('2025-12-15')
  })

  it('gives a description and an absolute http(s) lead image, never javascript: or data:', () => {
    const article = page('<meta property="og:description" content="The council approved it."><meta property="og:image" content="/img/bridge.jpg">', '', { url: 'https://example.com/news/bridge' })
    expect(article.description).toBe('The council approved it.')
    expect(article.image).toBe('https://example.com/img/bridge.jpg')
    expect(page('<meta property="og:image" content="javascript:alert(1)">', '').image).toBeNull()
    expect(page('<meta property="og:image" content="data:image/png;base64,AAAA">', '').image).toBeNull()
    expect(page('<meta property="og:image" content="/img/bridge.jpg">', '').image).toBeNull()
  })

  it('prefers the page heading that agrees with the metadata title, decoding character references in JSON-LD', () => {
    const ld = JSON.stringify({ '@type': 'Article', headline: 'Council approves bridge budget &#8211; and more' })
    const article = page(`<script type="application/ld+json">${ld}</script><title>Council approves bridge budget – and more | Valley Courier</title>`, '<h1>Council approves bridge budget – and more</h1>')
    expect(article.headline).toBe('Council approves bridge budget – and more')
  })

  it('takes the page h1 over a metadata title that disagrees, and never a site-name h1', () => {
    const disagree = page('<meta property="og:title" content="Bridge Budget 2025: What It Means">', '<h1>Council approves new bridge budget</h1>')
    expect(disagree.headline).toBe('Council approves new bridge budget')
    const logo = page('<meta property="og:site_name" content="Valley Courier"><meta property="og:title" content="Council approves new bridge budget">', '<h1>Valley Courier</h1>')
    expect(logo.headline).toBe('Council approves new bridge budget')
  })
})

describe('the card of a text page', () => {
  it('reads a byline with a role under the headline', () => {
    const article = cleanArticle(`Council approves new bridge budget\n\nJon Berg, Courts Reporter\n\n${BODY.replace(/<\/?p>/g, '').replace(/\n/g, '\n\n')}`, { format: 'text' })
    expect(article.byline).toBe('Jon Berg, Courts Reporter')
    expect(article.authors).toEqual(['Jon Berg'])
  })
})
