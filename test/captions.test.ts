/**
 * Captions found in HTML pages: which blocks of a page are an image's caption and credit, and
 * what of their text is caption text. One case per mechanism, each written as news sites mark
 * captions up (the credit grammar itself is tested in credit.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const PROSE = [
  'The city council voted on Tuesday to close the old bridge for repairs, a decision that will reroute thousands of commuters for at least a year while the work goes on.',
  'Engineers said the steel supports had corroded faster than expected, and that the work could not wait for the next budget cycle, whatever the cost to the city.',
  'Residents who live near the bridge said they were relieved, although many worried about the longer drive to the hospital on the other side of the river.',
  'The mayor said the city would run extra buses across the river during the morning and evening rush hours, and that the ferry would run every twenty minutes.',
  'Shop owners on both banks said they expected fewer customers, and asked the council for help with their rents until the bridge opens again next winter.',
]
const paragraphs = (from = 0, to = PROSE.length): string => PROSE.slice(from, to).map((text) => `<p>${text}</p>`).join('\n')
const page = (body: string, before = ''): string =>
  `<!doctype html><html><head><title>Bridge to close for repairs</title></head><body>${before}<article><h1>Bridge to close for repairs</h1>${body}</article></body></html>`
const captionsOf = (html: string): { text: string; credit: string | null }[] =>
  cleanArticle(html).captions.map(({ text, credit }) => ({ text, credit }))

describe('captions in HTML pages', () => {
  it('leaves visually hidden labels and a player fallback message out of the caption', () => {
    const html = page(
      `<figure class="media-with-caption"><div class="player__caption">Media playback is unsupported on your device</div>` +
        `<figcaption class="media-caption"><span class="off-screen">Media caption</span>Engineers inspect the corroded supports</figcaption></figure>` +
        paragraphs(0, 2) +
        `<figure><img src="b.jpg"><figcaption class="gallery__caption"><span class="gallery__visually-hidden">Picture description:</span> Commuters wait for the ferry</figcaption></figure>` +
        paragraphs(2),
    )
    expect(captionsOf(html)).toEqual([
      { text: 'Engineers inspect the corroded supports', credit: null },
      { text: 'Commuters wait for the ferry', credit: null },
    ])
  })

  it('reads caption text a page hides from screen readers only (aria-hidden: the image alt says it already)', () => {
    const html = page(
      `<figure><img src="a.jpg" alt="The old bridge at dawn."><figcaption><span aria-hidden="true">The old bridge at dawn.</span>` +
        `<span itemprop="copyrightHolder"><span>Credit...</span><span>Jane Doe/The Daily Planet</span></span></figcaption></figure>${paragraphs()}`,
    )
    expect(captionsOf(html)).toEqual([{ text: 'The old bridge at dawn.', credit: 'Jane Doe/The Daily Planet' }])
  })

  it('finds a figure in a box classed as a widget inside the article', () => {
    const html = page(
      `${paragraphs(0, 3)}<div class="site-article-widget site-article-image"><figure><img src="a.jpg">` +
        `<figcaption><span class="site-article-image__caption-text">Commuters wait for the ferry</span></figcaption></figure></div>${paragraphs(3)}`,
    )
    expect(captionsOf(html)).toEqual([{ text: 'Commuters wait for the ferry', credit: null }])
  })

  it('does not read a BEM modifier ("--simple-navigation") as the element\'s kind', () => {
    const html = page(
      `<header class="content-header content-header--icons-position--simple-navigation"><h1>Bridge to close for repairs</h1>` +
        `<figure><img src="a.jpg"><figcaption><span class="caption__text">The old bridge at dawn.</span> <span class="caption__credit">Photograph: Jane Doe/Reuters</span></figcaption></figure></header>${paragraphs()}`,
    )
    expect(captionsOf(html)).toEqual([{ text: 'The old bridge at dawn.', credit: 'Jane Doe/Reuters' }])
  })

  it('finds a lead gallery above the body when only removed boxes separate them', () => {
    const popular = Array.from({ length: 14 }, (_, i) => `<li><a href="/story-${i}">Popular story number ${i} of the week</a></li>`).join('')
    const html =
      `<!doctype html><html><head><title>Bridge to close for repairs</title></head><body><h1>Bridge to close for repairs</h1>` +
      `<div class="gallery"><figure><img src="a.jpg"><figcaption><span class="caption">The old bridge at dawn. (Jane Doe/The Union via AP)</span></figcaption></figure>` +
      `<figure><img src="b.jpg"><figcaption><span class="caption">Commuters wait for the ferry. (Jane Doe/The Union via AP)</span></figcaption></figure></div>` +
      `<aside class="sidebar"><h2>Most Popular</h2><ul>${popular}</ul></aside><div class="article-body">${paragraphs()}</div></body></html>`
    expect(captionsOf(html)).toEqual([
      { text: 'The old bridge at dawn.', credit: 'Jane Doe/The Union via AP' },
      { text: 'Commuters wait for the ferry.', credit: 'Jane Doe/The Union via AP' },
    ])
  })

  it('reads a credit element that also describes the picture, with no caption element, as caption and credit', () => {
    const html = page(`<figure><img src="a.jpg"><span class="image-credit">The old bridge in 1950. (City Archive/Getty Images)</span></figure>${paragraphs()}`)
    expect(captionsOf(html)).toEqual([{ text: 'The old bridge in 1950.', credit: 'City Archive/Getty Images' }])
  })

  it('does not take a figure whose caption is a link to elsewhere (a promotion) for a caption', () => {
    const html = page(
      `${paragraphs()}<figure><a href="https://shop.example/subscribe"><img src="promo.png"></a><figcaption>` +
        `<a href="https://shop.example/subscribe">Subscribe to our sister title "Bridges Monthly" Magazine</a> for the latest news! ` +
        `<span class="credit">(Image credit: Bridges Monthly)</span></figcaption></figure>`,
    )
    expect(captionsOf(html)).toEqual([])
  })

  it('does not report a credit without caption text as a caption, and reports the credit as removed', () => {
    const html = page(
      `<figure><img src="a.jpg"><span class="image-copyright">Getty Images</span></figure>${paragraphs(0, 3)}` +
        `<div class="social-embed"><figure><a href="https://twitter.com/x/status/1"><img src="tweet.png"><span class="image-copyright">@citycouncil</span></a></figure></div>${paragraphs(3)}`,
    )
    const article = cleanArticle(html)
    expect(article.captions).toEqual([])
    expect(article.paragraphs.join(' ')).not.toContain('Getty Images')
    expect(article.removed.map((block) => block.text)).toEqual(expect.arrayContaining(['Getty Images']))
  })

  it('reads a caption-classed box beside an image outside <figure> as its caption (a paragraph inside it too)', () => {
    const html = page(
      `${paragraphs(0, 2)}<div class="image-ct inline"><div class="m"><picture><img src="a.jpg"></picture></div>` +
        `<div class="caption"><p>The old bridge at dawn. (Photo by Jane Doe/Reuters)</p></div></div>${paragraphs(2)}`,
    )
    const article = cleanArticle(html)
    expect(captionsOf(html)).toEqual([{ text: 'The old bridge at dawn.', credit: 'Jane Doe/Reuters' }])
    expect(article.paragraphs.join(' ')).not.toContain('The old bridge')
  })

  it('reads a WordPress caption paragraph (p.wp-caption-text) as the caption of the image beside it', () => {
    const html = page(
      `<div class="wp-caption alignnone"><img src="a.jpg"><p class="wp-caption-text">The old bridge at dawn (Credit: iStock)</p></div>${paragraphs()}`,
    )
    expect(captionsOf(html)).toEqual([{ text: 'The old bridge at dawn', credit: 'iStock' }])
  })

  it('reads camelCase caption and credit classes ("imageEmbedCaption", "newsCaption") next to an image box', () => {
    const html = page(
      `<div class="InlineImage-imageEmbed"><div class="InlineImage-wrapper"><div class="InlineImage-imagePlaceholder"><div class="lazyload-placeholder"></div></div>` +
        `<div><div class="InlineImage-imageEmbedCaption">The old bridge at dawn, seen from the east bank.</div>` +
        `<div class="InlineImage-imageEmbedCredit">Jane Doe | Bloomberg | Getty Images</div></div></div></div>${paragraphs(0, 3)}` +
        `<div class="photo"><p><picture><img src="b.jpg"></picture></p><span class="newsCaption">Commuters wait for the ferry <span class="caption">(Image: GETTY)</span></span></div>${paragraphs(3)}`,
    )
    expect(captionsOf(html)).toEqual([
      { text: 'The old bridge at dawn, seen from the east bank.', credit: 'Jane Doe | Bloomberg | Getty Images' },
      { text: 'Commuters wait for the ferry', credit: 'GETTY' },
    ])
  })

  it('does not read a caption-classed wrapper of a whole section, or a camelCase caption class far from any image, as a caption', () => {
    const html = page(
      `<div class="articleCaption">${paragraphs(0, 3)}</div><div class="body caption-style"><img src="a.jpg">${paragraphs(3)}</div>`,
    )
    const article = cleanArticle(html)
    expect(article.captions).toEqual([])
    expect(article.paragraphs).toEqual(PROSE)
  })

  it('takes a <cite> beside the figcaption of an image figure as its credit, not a quotation figure\'s cite', () => {
    const html = page(
      `<figure><span><picture><img src="a.jpg"></picture></span><span class="meta"><figcaption>The old bridge at dawn.</figcaption>` +
        `<cite><a href="https://example.org">Berkeley Earth</a></cite></span></figure>${paragraphs(0, 3)}` +
        `<figure><blockquote><p>We will rebuild the bridge, whatever it costs the city in the end.</p></blockquote><figcaption><cite>Jane Doe</cite></figcaption></figure>${paragraphs(3)}`,
    )
    expect(captionsOf(html)[0]).toEqual({ text: 'The old bridge at dawn.', credit: 'Berkeley Earth' })
    expect(captionsOf(html).some((caption) => caption.credit === 'Jane Doe')).toBe(false)
  })

  it('leaves out a credit printed twice (a shorter form in its own element) and a collapsed caption\'s expand button', () => {
    const html = page(
      `<figure><div><img src="a.jpg"></div><figcaption><div class="expandable"><p>The old bridge at dawn, seen from <span class="plus">... [+]</span>` +
        `<span class="expanded-caption"> the east bank. (Photo: Getty Images)</span></p></div><small>Getty</small></figcaption></figure>${paragraphs()}`,
    )
    expect(captionsOf(html)).toEqual([{ text: 'The old bridge at dawn, seen from the east bank.', credit: 'Getty Images' }])
  })
})

describe('captions printed twice by gallery templates', () => {
  const FULL = 'The old bridge at dawn, seen from the east bank before the repairs began on Tuesday, Nov. 19, 2019.'
  const slideCaption = (full: string, short: string): string =>
    `<div class="caption"><div class="caption-full">${full}<a class="more-caption"> less</a></div>` +
    `<div class="caption-truncated">${short}<a class="more-caption"> ... more</a></div>` +
    `<span class="credit">Photo: Jane Doe, AP</span></div>`

  it('leaves out the expand and collapse toggles and the truncated copy of a gallery caption, and reports a caption repeated in the control bar once', () => {
    const html = page(
      `<div class="gallery"><ul class="slides"><li class="slide"><div class="img-wrap"><img src="a.jpg"></div>` +
        `${slideCaption(FULL, 'The old bridge at dawn, seen from the east bank before')}</li></ul>` +
        `<div class="control-panel"><div class="control-bar"><span class="count">Image 1 of 12</span><span class="open">Caption</span><span class="close">Close</span></div>` +
        `${slideCaption(FULL, 'The old bridge at dawn, seen from the east bank before')}</div></div>${paragraphs()}`,
    )
    expect(captionsOf(html)).toEqual([{ text: FULL, credit: 'Jane Doe, AP' }])
  })

  it('reads a short caption printed twice in one caption box (a "truncated" copy with nothing cut) once', () => {
    const html = page(
      `<div class="slideshow"><div class="slide"><img src="a.jpg"><div class="caption"><div class="caption-full">${FULL}</div>` +
        `<div class="caption-truncated">${FULL}</div><span class="credit">Photo: Jane Doe, AP</span></div></div></div>${paragraphs()}`,
    )
    expect(captionsOf(html)).toEqual([{ text: FULL, credit: 'Jane Doe, AP' }])
  })

  it('keeps two images with the same caption text as two captions', () => {
    const html = page(
      `<figure><img src="a.jpg"><figcaption>The old bridge</figcaption></figure>${paragraphs(0, 3)}` +
        `<figure><img src="b.jpg"><figcaption>The old bridge</figcaption></figure>${paragraphs(3)}`,
    )
    expect(captionsOf(html)).toEqual([
      { text: 'The old bridge', credit: null },
      { text: 'The old bridge', credit: null },
    ])
  })

  it('keeps the fuller form of a credit printed both in the caption and, shorter, in the credit element', () => {
    const html = page(
      `<figure><img src="a.jpg"><figcaption><span class="caption-text">The old bridge at dawn. (AP Photo/Jane Doe)</span>` +
        `<span class="credit">Photo: Jane Doe</span></figcaption></figure>${paragraphs()}`,
    )
    expect(captionsOf(html)).toEqual([{ text: 'The old bridge at dawn.', credit: 'AP Photo/Jane Doe' }])
  })
})

describe('captions beside an image with little or no caption markup', () => {
  it('takes an attribution element inside a caption as its credit, printed before the caption text', () => {
    const html = page(
      `${paragraphs(0, 3)}<span class="storyimage inline"><span class="image"><img src="a.jpg"></span>` +
        `<span class="caption"><span class="attribution">© City of Springfield Archive</span> The old bridge in 1950.</span></span>${paragraphs(3)}`,
    )
    expect(captionsOf(html)).toEqual([{ text: 'The old bridge in 1950.', credit: 'City of Springfield Archive' }])
  })

  it('does not take the attribution of a quotation for a credit', () => {
    const html = page(
      `${paragraphs(0, 3)}<blockquote><p>We will rebuild the bridge, whatever it costs the city in the end.</p><cite class="attribution">Jane Doe</cite></blockquote>${paragraphs(3)}`,
    )
    const article = cleanArticle(html)
    expect(article.captions).toEqual([])
    expect(article.paragraphs.join(' ')).toContain('Jane Doe')
  })

  it('reads a caption or credit element right after an image box, outside it, as that image\'s caption and credit', () => {
    const html =
      `<!doctype html><html><head><title>Bridge to close for repairs</title></head><body><div class="content">` +
      `<h1>Bridge to close for repairs</h1><div class="featured-image"><img src="a.jpg"></div>` +
      `<div class="featured-image-caption"><p>The old bridge at dawn.</p><p><i>Image: Jane Doe</i></p></div>` +
      `<div class="entry-content">${paragraphs(0, 3)}<div class="wp-caption alignnone"><img src="b.jpg"><p class="wp-caption-text">Commuters wait for the ferry</p></div>` +
      `<p class="image-credit">Jane Doe/Reuters</p>${paragraphs(3)}</div></div></body></html>`
    expect(captionsOf(html)).toEqual([
      { text: 'The old bridge at dawn.', credit: 'Jane Doe' },
      { text: 'Commuters wait for the ferry', credit: 'Jane Doe/Reuters' },
    ])
  })

  it('reads short text right after an image in a small image box, with no caption class, as its caption', () => {
    const html = page(
      `<div class="image top"><img src="a.jpg" width="620" height="349"><p>In this 2006 file photo, engineers inspect the corroded supports of the old bridge. (City Archive via AP, File)</p></div>` +
        `${paragraphs(0, 2)}<div align="center"><div class="article-img"><img src="b.jpg"></div><br><span class="minor small gray">Commuters wait for the ferry</span></div>` +
        `${paragraphs(2, 3)}<div class="embedbox middle"><img src="c.jpg"><em>The best view of the river.</em></div>` +
        `${paragraphs(3, 4)}<p><span class="wf_caption"><a href="https://example.org/map.jpg"><img src="d.jpg"></a><span>A map of the river. (<a href="https://example.org">City Archive/Jane Doe</a>)</span></span></p>` +
        `<div class="cover"><div class="media"><picture><img src="e.jpg"></picture></div><div class="media-footer"><div class="media-title"><span>Ferries on the river at night.</span> <span>© </span><span>Reuters / Jane Doe</span></div></div></div>` +
        `<div class="photo-box"><a href="https://example.org/f-large.jpg"><img src="f.jpg"></a><span>Fishing boats in the harbour</span></div>` +
        paragraphs(4),
    )
    const article = cleanArticle(html)
    expect(captionsOf(html)).toEqual([
      { text: 'In this 2006 file photo, engineers inspect the corroded supports of the old bridge.', credit: 'City Archive via AP, File' },
      { text: 'Commuters wait for the ferry', credit: null },
      { text: 'The best view of the river.', credit: null },
      { text: 'A map of the river.', credit: 'City Archive/Jane Doe' },
      { text: 'Ferries on the river at night.', credit: 'Reuters / Jane Doe' },
      { text: 'Fishing boats in the harbour', credit: null },
    ])
    expect(article.paragraphs).toEqual(PROSE)
  })

  it('does not take body paragraphs beside an image, a teaser card\'s headline link, or an author card for captions', () => {
    const html = page(
      `<div class="author-card"><img src="avatar.jpg" width="48" height="48"><span>Jane Doe is a reporter</span></div>` +
        `<div class="body"><p><img src="a.jpg"></p>${paragraphs(0, 2)}</div>` +
        `<div class="section"><img src="b.jpg"><p>${PROSE[2]}</p></div>${paragraphs(3)}` +
        `<div class="card"><a href="/other-story"><img src="t.jpg"></a><div class="title"><a href="/other-story">Another bridge closes in the north</a></div></div>` +
        `<div class="card"><img src="u.jpg"><div class="title"><a href="/third-story">A third bridge closes in the south</a></div></div>` +
        `<div class="promo"><img src="p.jpg"><div><h3>Bridges of the north</h3><span>All our stories in one place</span></div></div>`,
    )
    const article = cleanArticle(html)
    expect(article.captions).toEqual([])
    expect(article.paragraphs).toEqual(expect.arrayContaining(PROSE))
    // The headline links were never caption candidates (a rejected one is reported as a linked caption).
    expect(article.removed.filter((block) => block.rule.startsWith('caption/'))).toEqual([])
  })

  it('does not take a logo\'s tagline, an author\'s name or byline beside their picture, or a box after a captioned picture for captions', () => {
    const html =
      `<!doctype html><html><head><title>Bridge to close for repairs</title></head><body>` +
      `<div class="brand"><a href="/"><img src="logo.png"></a><span>a community of bridge fans</span></div><div class="content">` +
      `<h1>Bridge to close for repairs</h1><div class="author"><div><img src="jane.jpg"></div><div>Written by Jane Doe on November 14, 2019</div></div>` +
      `<div class="author"><div><img src="john.jpg"></div><div>John Roe</div></div>` +
      `<div class="lead"><div class="picture"><img src="a.jpg"></div><div class="caption-text">The old bridge at dawn</div></div>` +
      `<div class="inline-column wp-caption alignleft"><p>Our weekly newsletter covers every bridge in the north.</p></div>` +
      `<div class="related wp-caption"><h4>More on:</h4><h2><a href="/bridges">Bridges of the north</a></h2></div>` +
      `<div class="entry-content">${paragraphs()}</div></div></body></html>`
    const article = cleanArticle(html)
    expect(captionsOf(html)).toEqual([{ text: 'The old bridge at dawn', credit: null }])
    expect(article.paragraphs).toEqual(PROSE)
  })
})

describe('captions as pages of 2025–26 mark them up (issue 22)', () => {
  it('keeps a figure caption that is mostly a link (the artwork\'s page, the source article) when it sits with its own picture', () => {
    const html = page(
      `${paragraphs(0, 2)}<figure class="wp-block-image size-large"><img src="monet.jpg" alt=""><figcaption class="wp-element-caption">` +
        `<a href="https://museum.example/artworks/16568/water-lilies">Claude Monet, Water Lilies, 1906. Oil on canvas, 89.9 × 94.1 cm</a></figcaption></figure>${paragraphs(2, 4)}` +
        `<figure><a href="https://example.org/uploads/flood-full.jpg"><img src="flood.jpg"></a><figcaption><a href="https://news.example.org/2025/11/flood">` +
        `Flood water covers the main road into the town on Saturday morning</a> (Jane Doe/Reuters)</figcaption></figure>${paragraphs(4)}`,
    )
    expect(captionsOf(html)).toEqual([
      { text: 'Claude Monet, Water Lilies, 1906. Oil on canvas, 89.9 × 94.1 cm', credit: null },
      { text: 'Flood water covers the main road into the town on Saturday morning', credit: 'Jane Doe/Reuters' },
    ])
  })

  it('still reports a linked caption as a promotion when its picture links to another page too, or it calls the reader to act', () => {
    const html = page(
      `${paragraphs(0, 3)}<figure><a href="https://news.example.org/other-story"><img src="teaser.jpg"></a><figcaption>` +
        `<a href="https://news.example.org/other-story">The city's other bridges are failing as well</a></figcaption></figure>` +
        `<figure><img src="cover.jpg"><figcaption><a href="https://shop.example.org/subscribe">Subscribe to the print edition and get the bridge map free</a></figcaption></figure>${paragraphs(3)}`,
    )
    const article = cleanArticle(html)
    expect(article.captions).toEqual([])
    const promotions = article.removed.filter((block) => block.rule === 'caption/linked-text').map((block) => block.text)
    expect(promotions.join('\n').split('\n')).toEqual([
      "The city's other bridges are failing as well",
      'Subscribe to the print edition and get the bridge map free',
    ])
  })

  it('gives slash credits in or right after a caption to the caption, not to the breadcrumb rule', () => {
    const html = page(
      `${paragraphs(0, 1)}<figure><img src="a.jpg"><figcaption>Commuters wait for the ferry on Monday. <span class="credit">Jane Roe / Reuters</span></figcaption></figure>` +
        `${paragraphs(1, 2)}<figure><img src="b.jpg"><figcaption>The ferry. <cite>Jane Roe / Getty Images</cite></figcaption></figure>` +
        `${paragraphs(2, 3)}<figure><img src="c.jpg"><figcaption>Engineers inspect the supports.</figcaption><small>John Doe / AFP</small></figure>` +
        `${paragraphs(3, 4)}<div class="image-block"><img src="d.jpg"><p class="caption">The river at night.</p></div><small>Jane Roe / EPA</small>${paragraphs(4)}`,
    )
    const article = cleanArticle(html)
    expect(captionsOf(html)).toEqual([
      { text: 'Commuters wait for the ferry on Monday.', credit: 'Jane Roe / Reuters' },
      { text: 'The ferry.', credit: 'Jane Roe / Getty Images' },
      { text: 'Engineers inspect the supports.', credit: 'John Doe / AFP' },
      { text: 'The river at night.', credit: 'Jane Roe / EPA' },
    ])
    expect(article.removed.filter((block) => block.rule === 'navigation/breadcrumb')).toEqual([])
  })

  it('does not take the byline under a lead picture for its credit line', () => {
    const html = page(`<figure><img src="a.jpg"><figcaption>The old bridge at dawn.</figcaption></figure><div><div>By Jane Doe | The Daily Planet</div></div>${paragraphs()}`)
    expect(captionsOf(html)).toEqual([{ text: 'The old bridge at dawn.', credit: null }])
  })

  it('takes a name in a <small> or <cite> ending the figcaption as its credit, not a name inside its text', () => {
    const html = page(
      `${paragraphs(0, 2)}<figure><img src="a.jpg"><figcaption>The river at night. <small>Jane Roe</small></figcaption></figure>` +
        `${paragraphs(2, 3)}<figure><img src="b.jpg"><figcaption>Mayor <cite>Jane Doe</cite> opens the footbridge.</figcaption></figure>${paragraphs(3)}`,
    )
    expect(captionsOf(html)).toEqual([
      { text: 'The river at night.', credit: 'Jane Roe' },
      { text: 'Mayor Jane Doe opens the footbridge.', credit: null },
    ])
  })

  it('still reads a breadcrumb outside any figure as navigation', () => {
    const html = `<!doctype html><html><body><div class="crumbs">News / City / Transport</div><article><h1>Bridge to close for repairs</h1>${paragraphs()}</article></body></html>`
    expect(cleanArticle(html).removed).toEqual(expect.arrayContaining([{ kind: 'navigation', rule: 'navigation/breadcrumb', text: 'News / City / Transport' }]))
  })

  it('reads a caption-classed <small> or <span> that only names a studio or photographer as a credit, not a caption', () => {
    const html = page(
      `${paragraphs(0, 2)}<div class="image-block"><img src="a.jpg"><small class="image-caption">OsakaWayne Studios</small></div>` +
        `${paragraphs(2, 3)}<figure><img src="b.jpg"><figcaption>Commuters wait for the ferry on Monday.</figcaption><span class="caption">Jane Doe</span></figure>` +
        `${paragraphs(3, 4)}<figure><img src="c.jpg"><figcaption>Mount Fuji</figcaption></figure>` +
        `<div class="image-block"><img src="d.jpg"><span class="image-caption">Nikon Z8</span></div>${paragraphs(4)}`,
    )
    const article = cleanArticle(html)
    // A figcaption naming what is pictured, and a product's name (a number in it), stay captions.
    expect(captionsOf(html)).toEqual([
      { text: 'Commuters wait for the ferry on Monday.', credit: 'Jane Doe' },
      { text: 'Mount Fuji', credit: null },
      { text: 'Nikon Z8', credit: null },
    ])
    expect(article.removed).toEqual(expect.arrayContaining([{ kind: 'other', rule: 'caption/credit-alone', text: 'OsakaWayne Studios' }]))
  })

  it('does not take an author card (photo and bio) for a caption', () => {
    const html = page(
      `<div class="post-author"><figure class="post-author__photo"><img src="jane.jpg" width="160" height="160">` +
        `<figcaption>Jane Doe is a senior reporter covering transport and city hall.</figcaption></figure></div>${paragraphs(0, 3)}` +
        `<div class="writer"><div class="writer__image"><img src="john.jpg"></div><div class="writer__caption caption">John Roe writes about cities, transport and infrastructure.</div></div>${paragraphs(3)}`,
    )
    const article = cleanArticle(html)
    expect(article.captions).toEqual([])
    expect(article.paragraphs).toEqual(PROSE)
    expect(article.removed.filter((block) => block.rule === 'caption/author-card').map((block) => block.text)).toEqual([
      'Jane Doe is a senior reporter covering transport and city hall.',
      'John Roe writes about cities, transport and infrastructure.',
    ])
  })

  it('does not take a post\'s meta line beside the author\'s picture (name, date, reading time) for a caption', () => {
    const html = page(
      `<div class="post-header"><div class="post-meta"><img src="jane.jpg"><div class="post-meta-content">Jane Doe July 13, 2025 — 7 minutes read</div></div>` +
        `<div class="articleAuthor-container"><img src="john.jpg"><div class="articleAuthor-expertCaption">Verified expert</div></div>` +
        `<div class="post-date"><img src="calendar.png"><span>Apr 16, 2024</span></div></div>${paragraphs(0, 3)}` +
        `<figure><img src="ferry.jpg"><figcaption>The ferry leaves the harbour, on Aug. 31, 2025.</figcaption></figure>${paragraphs(3)}`,
    )
    expect(captionsOf(html)).toEqual([{ text: 'The ferry leaves the harbour, on Aug. 31, 2025.', credit: null }])
    expect(cleanArticle(html).paragraphs).toEqual(PROSE)
  })

  it('does not take the caption of a code listing or a quotation\'s figure, with no picture, for an image caption', () => {
    const html = page(
      `${paragraphs(0, 2)}<figure class="listing"><pre><code>let bridge = Bridge::close();</code></pre><figcaption>Listing 9-3: Closing the bridge</figcaption></figure>` +
        `${paragraphs(2, 4)}<figure class="quote"><blockquote><p>We will rebuild the bridge, whatever it costs the city in the end.</p></blockquote>` +
        `<figcaption><img src="in.svg" width="16" height="16">Jane Doe, Mayor</figcaption></figure>` +
        `<figure class="video"><video src="bridge.mp4"></video><figcaption>Engineers inspect the corroded supports.</figcaption></figure>${paragraphs(4)}`,
    )
    expect(captionsOf(html)).toEqual([{ text: 'Engineers inspect the corroded supports.', credit: null }])
  })

  it('does not take a sponsor\'s line under its logo for a caption', () => {
    const html = page(
      `${paragraphs(0, 3)}<figure class="sponsor"><img src="logo.png"><figcaption>Presented by Bridgeworks Bank</figcaption></figure>` +
        `<div class="partner"><img src="partner.png"><span class="caption">In partnership with the River Trust</span></div>${paragraphs(3)}`,
    )
    expect(captionsOf(html)).toEqual([])
  })

  it('does not take a product or review card\'s text beside its picture (a rating, a "Shop Now" button) for a caption', () => {
    const html = page(
      `${paragraphs(0, 3)}<ul class="cards"><li><div class="tile"><img src="ferry.jpg"><div class="tile__caption">Ferry passes Shop Now</div></div></li>` +
        `<li><div class="review"><img src="stars.png"><span>Rated 4.5 out of 5 stars</span></div></li><li><div class="review"><img src="stars.png"><span>66 reviews</span></div></li></ul>${paragraphs(3)}`,
    )
    expect(captionsOf(html)).toEqual([])
  })

  it('does not glue a video player\'s consent notice to the caption of the video', () => {
    const html = page(
      `${paragraphs(0, 2)}<figure class="video"><div class="video-player"><img src="poster.jpg"><div class="video-player__notice">` +
        `By clicking to watch this video, you agree to our <a href="/privacy">privacy policy</a>.</div></div>` +
        `<figcaption>Engineers inspect the corroded supports.</figcaption></figure>${paragraphs(2)}`,
    )
    const article = cleanArticle(html)
    expect(captionsOf(html)).toEqual([{ text: 'Engineers inspect the corroded supports.', credit: null }])
    expect(article.paragraphs).toEqual(PROSE)
  })

  /** A page whose header below the headline is long (standfirst, byline, key points, notes), with `above` before its <main>. */
  const leadPage = (above: string, after = ''): string => {
    const points = ['The bridge closes on Monday for at least a year.', 'Buses will run every ten minutes at rush hour.', 'The ferry will run every twenty minutes.', 'Repairs will cost the city forty million dollars.', 'Shops on both banks expect fewer customers.', 'The council will vote on rent relief next week.', 'Cyclists may still cross on the footbridge.', 'Residents can comment until December.']
    return (
      `<!doctype html><html><head><title>Bridge to close for repairs</title></head><body>${above}<main>` +
      `<header class="article-header"><h1>Bridge to close for repairs</h1>` +
      `<p class="standfirst">Commuters face a year of detours while engineers replace the corroded steel.</p><div class="byline">By Jane Doe</div>` +
      `<time datetime="2025-11-04">November 4, 2025</time><span>6 min read</span><ul class="key-points">${points.map((point) => `<li>${point}</li>`).join('')}</ul>` +
      `<p class="note">This story was updated with comments from the mayor.</p><p class="note">Listen to this story.</p></header>` +
      `<div class="article-body">${paragraphs()}</div></main>${after}<footer>© 2025 The Daily</footer></body></html>`
    )
  }

  it('takes the caption of a lead picture just above the headline, however long the header below it', () => {
    const html = leadPage(`<div class="site"><div class="hero"><figure class="hero__media"><img src="lead.jpg"><figcaption class="hero__caption">The old bridge at dawn. Jane Doe/Reuters</figcaption></figure></div>`, '</div>')
    expect(captionsOf(html)).toEqual([{ text: 'The old bridge at dawn.', credit: 'Jane Doe/Reuters' }])
  })

  it('does not take a promotion in the site header above the headline for the lead caption', () => {
    const html = leadPage(
      `<div class="site"><div class="site-header"><div class="wrap"><div class="promo"><div class="promo__block"><div class="promo__cover"><img src="cover.jpg"></div>` +
        `<div class="promo__text"><p>Get the print edition</p><p>Plus a free bridge map.</p></div></div></div></div></div><div class="layout"><div class="col">`,
      '</div></div></div>',
    )
    expect(captionsOf(html)).toEqual([])
  })

  it('takes the caption of a figure in a box beside the body element, after it or in an inline aside', () => {
    const html =
      `<!doctype html><html><head><title>Bridge to close for repairs</title></head><body><main><h1>Bridge to close for repairs</h1><div class="story">` +
      `<div class="story__text">${paragraphs(0, 2)}<aside class="inline-media"><figure><img src="a.jpg"><figcaption>The old bridge at dawn. Jane Doe/Reuters</figcaption></figure>` +
      `<button>Enlarge</button></aside>${paragraphs(2)}</div><div class="story__media"><figure><img src="b.jpg"><figcaption>Commuters wait for the ferry on Monday. John Roe/AP</figcaption></figure></div></div>` +
      `<div class="related"><h2>More on the bridge</h2><figure><img src="c.jpg"><figcaption>The footbridge next to the old bridge</figcaption></figure></div></main><footer>© 2025 The Daily</footer></body></html>`
    expect(captionsOf(html)).toEqual([
      { text: 'The old bridge at dawn.', credit: 'Jane Doe/Reuters' },
      { text: 'Commuters wait for the ferry on Monday.', credit: 'John Roe/AP' },
    ])
    expect(cleanArticle(html).paragraphs).toEqual(PROSE)
  })

  it('splits a chart caption from its source and maker printed together, on a line of their own', () => {
    const html = page(
      `${paragraphs(0, 2)}<figure class="wp-block-image"><img src="chart.png"><figcaption class="wp-element-caption">Median household income by county, 2023<br>` +
        `Source: Census Bureau | Image credit: Jon Roe</figcaption></figure>${paragraphs(2, 4)}` +
        `<figure><img src="jobs.png"><figcaption><p>Jobs added each month since 2020</p><p class="source">Photographer: Jane Doe | Source: Bureau of Labor Statistics</p></figcaption></figure>${paragraphs(4)}`,
    )
    expect(captionsOf(html)).toEqual([
      { text: 'Median household income by county, 2023', credit: 'Census Bureau | Image credit: Jon Roe' },
      { text: 'Jobs added each month since 2020', credit: 'Jane Doe | Source: Bureau of Labor Statistics' },
    ])
  })
})
