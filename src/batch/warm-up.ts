/**
 * Built-in sample pages a batch worker cleans before it takes real pages, so that V8 has
 * compiled the hot code by then: a cold worker's first real pages took 5–10 times longer than
 * the same pages later (0.5–0.7 s instead of 0.03–0.08 s, bench pages on a busy machine), which
 * a tight time limit turned into a spiral of timed-out pages and new, cold workers.
 *
 * The sample is a whole news page made up here (nothing copied): metadata, navigation, a
 * headline, byline and date, a figure with a caption and credit, prose with quotes and speakers,
 * a list, a subheading, and the usual boilerplate around it (share, newsletter, related,
 * comments, cookie notice, footer), through both front doors.
 */

/** Rounds of the sample pages: enough calls for V8 to optimise the hot functions. */
export const WARM_UP_ROUNDS = 8

const PARAGRAPHS = [
  'The city council voted on Tuesday to close the old river bridge for eighteen months of repairs, after engineers found cracks in two of its supports.',
  '"We cannot keep sending buses over a bridge that may not hold them," said Maria Lopez, the council member who proposed the closure. "This was not an easy vote, but it was the only safe one."',
  'Traffic will move to the ferry crossing and to a temporary lane on the rail bridge, the transport department said in a statement. Commuters should expect delays of up to 20 minutes at peak hours.',
  'Shop owners near the bridge said they feared losing customers. "Half of my trade walks over that bridge every morning," said Tomas Berg, who runs a bakery on the east bank.',
  'The repairs will cost about 14 million euros, most of it from a regional fund for infrastructure. Work is due to start in March and finish by the autumn of next year.',
  'Engineers first raised concerns in a report last spring, which found corrosion in steel cables installed when the bridge was built in 1962.',
  'According to the report, the bridge carried more than 30,000 vehicles a day, nearly twice the load it was designed for.',
  'Residents will be able to comment on the traffic plan at a public meeting next week, the council said.',
]

const article = (): string =>
  [
    '<article class="story">',
    '<header><h1 class="headline">City closes old river bridge for repairs</h1>',
    '<p class="byline">By <a rel="author" href="/authors/ann-writer">Ann Writer</a>, City Reporter</p>',
    '<time datetime="2026-03-10T09:30:00Z">March 10, 2026</time></header>',
    '<figure><img src="/images/bridge.jpg" alt="The old river bridge" width="800" height="450">',
    '<figcaption>The old river bridge seen from the east bank. <span class="credit">Photo: Lee Photographer / City Paper</span></figcaption></figure>',
    ...PARAGRAPHS.slice(0, 4).map((text) => `<p>${text}</p>`),
    '<h2>What changes for commuters</h2>',
    '<ul><li>Buses take the ferry road from Monday.</li><li>Cyclists may use the rail bridge lane.</li><li>Night trains run every 30 minutes.</li></ul>',
    '<blockquote><p>"Safety comes first, and the bridge is not safe today."</p></blockquote>',
    ...PARAGRAPHS.slice(4).map((text) => `<p>${text}</p>`),
    '<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>',
    '<div class="newsletter-signup"><h3>Sign up for our newsletter</h3><p>Get the top stories every morning.</p><form><input type="email"><button>Subscribe</button></form></div>',
    '</article>',
  ].join('\n')

/** The sample as HTML: a full page with head metadata, navigation and boilerplate around the article. */
export const WARM_UP_HTML = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City closes old river bridge for repairs | City Paper</title>',
  '<meta property="og:title" content="City closes old river bridge for repairs"><meta name="author" content="Ann Writer">',
  '<meta property="og:image" content="https://example.org/images/bridge.jpg"><link rel="canonical" href="https://example.org/news/bridge">',
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"City closes old river bridge for repairs","datePublished":"2026-03-10T09:30:00Z","author":{"@type":"Person","name":"Ann Writer"}}</script>',
  '<style>.story{max-width:40em}</style><script>window.analytics = [];</script></head><body>',
  '<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept all</button></div>',
  '<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>',
  `<main>${article()}</main>`,
  '<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Ferry timetable changes</a></li><li><a href="/b">Council budget approved</a></li></ul></aside>',
  '<section id="comments"><h3>Comments</h3><p>Log in to comment.</p></section>',
  '<footer><p>© 2026 City Paper. All rights reserved.</p><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>',
  '</body></html>',
].join('\n')

/** The same page as text copied from a browser. */
export const WARM_UP_TEXT = [
  'Home News Sport Culture',
  'City closes old river bridge for repairs',
  'By Ann Writer, City Reporter',
  'March 10, 2026',
  'The old river bridge seen from the east bank. Photo: Lee Photographer / City Paper',
  ...PARAGRAPHS.slice(0, 4),
  'What changes for commuters',
  'Buses take the ferry road from Monday.\nCyclists may use the rail bridge lane.\nNight trains run every 30 minutes.',
  ...PARAGRAPHS.slice(4),
  'Share on Facebook Share on X Email',
  'Sign up for our newsletter',
  'Related stories',
  '© 2026 City Paper. All rights reserved.',
].join('\n\n')
