/**
 * The text door's region by structure: a list inside the article (steps after an intro line ending
 * with a colon, numbered items, items that read as sentences) is article text, while a run of
 * labels (a menu) is not; a heading that opens boilerplate ends the article.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const MENU = ['Home', 'World', 'Business', 'Culture', 'Sport', 'Opinion'].join('\n')

const INTRO =
  'Learning to bake bread at home takes less time than most people think, and the tools you need are probably already in your kitchen drawers and cupboards.'
const MIDDLE =
  'Once the dough has doubled in size, knock it back gently, shape it into a round loaf and leave it to rise for another hour under a damp cloth.'
const CLOSING =
  'Bake the loaf for forty minutes until it sounds hollow when you tap the bottom, then let it cool on a rack before you cut the first slice.'

function page(list: string): string {
  return [MENU, 'How to Bake Your First Loaf', INTRO, 'What you will need:', list, MIDDLE, CLOSING, 'Privacy policy\nTerms of use\nContact us'].join('\n\n')
}

describe('lists inside the article (text door)', () => {
  it('keeps a list introduced by a line ending with a colon', () => {
    const list = ['A large mixing bowl', 'Strong white flour', 'A packet of dried yeast', 'Some warm water', 'A clean tea towel'].join('\n')
    const article = cleanArticle(page(list), { format: 'text' })
    expect(article.paragraphs).toContain('Strong white flour')
    expect(article.paragraphs).toContain('A clean tea towel')
    expect(article.paragraphs.at(-1)).toBe(CLOSING)
    expect(article.text).not.toContain('Business')
  })

  it('keeps numbered steps that read as sentences, without an intro line', () => {
    const steps = [
      '1. Mix the flour and the yeast in the bowl',
      '2. Pour in the water a little at a time',
      '3. Knead the dough for ten minutes on the table',
      '4. Leave it in a warm place for an hour',
    ].join('\n')
    const text = [MENU, 'How to Bake Your First Loaf', INTRO, steps, MIDDLE, CLOSING].join('\n\n')
    const article = cleanArticle(text, { format: 'text' })
    expect(article.paragraphs).toContain('3. Knead the dough for ten minutes on the table')
    expect(article.paragraphs[0]).toBe(INTRO)
    expect(article.text).not.toContain('Culture')
  })

  it('keeps a list of labels set between two paragraphs of the article', () => {
    const before =
      'We tested nine moving companies in the city over the summer, booking each of them for a real move of a two-bedroom flat, and we noted what went well and what did not on the day itself and in the weeks after.'
    const after =
      'Prices ranged from a little over four hundred dollars for a short local move to several thousand for a move across the country, and every company we tested charged extra for stairs, long carries and packing materials.'
    const labels = ['Efficient service', 'Careful handling', 'Professional staff', 'Quick process', 'Good communication'].join('\n')
    const text = [MENU, 'The Best Movers in Town', before, 'What we liked', labels, after, CLOSING].join('\n\n')
    const article = cleanArticle(text, { format: 'text' })
    expect(article.paragraphs).toContain('Careful handling')
    expect(article.paragraphs[0]).toBe(before)
    expect(article.text).not.toContain('Business')
  })
})

describe('price lists (text door)', () => {
  it('keeps a list of labelled prices inside the article, and not the menu', () => {
    const before =
      'Tuition at online colleges varies widely, and the sticker price is rarely what a student pays in the end once grants, scholarships and transfer credits are counted.'
    const prices = ['Standard Semester $5,055', 'Accelerated Term $3,120', 'Full Academic Year €9.480', 'Graduate Credit Hour £420', 'Application Fee $75'].join('\n')
    const after = 'Fees come on top of tuition.'
    const closing =
      'Students who work while they study often take fewer credits each term, which spreads the cost over more years but keeps their debt lower at graduation.'
    const text = [MENU, 'What Online College Costs', before, 'Costs at a Glance', prices, after, closing].join('\n\n')
    const article = cleanArticle(text, { format: 'text' })
    expect(article.paragraphs).toContain('Accelerated Term $3,120')
    expect(article.paragraphs[0]).toBe(before)
    expect(article.paragraphs.at(-1)).toBe(closing)
    expect(article.text).not.toContain('Business')
  })
})

describe('teaser cards copied as one line each (text door)', () => {
  it('leaves out a feed whose titles run into their summaries, and keeps the article after it', () => {
    const feed = [
      'Harvick Fails To Rally Overmatched Ford In The FinaleFord drivers spent the whole season chasing the faster cars and could not close the gap in the last race of the year.',
      'Is Violence In Sports On The Rise?Violence has always been part of the game in many sports, but fans and coaches say the last few seasons have felt different from before.',
      'The Best Vegan Spots In DetroitHoodline crunched the numbers to find the places that locals rate highest for vegan food, from bakeries to a late-night burger bar downtown.',
      'Where To Find Great Cider MillsThere is no better way to spend an autumn weekend than a trip to a cider mill for fresh doughnuts, apples and a walk among the trees.',
    ].join('\n')
    const text = [MENU, feed, 'Latest Headlines', 'How to Bake Your First Loaf', INTRO, MIDDLE, CLOSING].join('\n\n')
    const article = cleanArticle(text, { format: 'text' })
    expect(article.paragraphs[0]).toBe(INTRO)
    expect(article.paragraphs.at(-1)).toBe(CLOSING)
    expect(article.text).not.toContain('Vegan')
  })
})

describe('numbered items (text door)', () => {
  it('keeps a numbered shopping list after the intro, each item followed by its link', () => {
    const intro = [
      'Black Friday is nearly here, and for anyone who grew up in the eighties it is the best time of the year to find the toys, films and records of their childhood at a fair price.',
      'We went through the offers of the big online shops and picked the ones that are worth it, from building sets to box sets and board games for a rainy afternoon.',
    ]
    const items = [
      '1) Star Wars Bomber Building Set',
      'http://shop.example/a1',
      '2) Electric Racing Track Deluxe',
      'http://shop.example/b2',
      '3) Blade Runner The Final Cut (4K)',
      'http://shop.example/c3',
      '4) Ghostbusters Collection 1-2 (Steelbook)',
      'http://shop.example/d4',
      '5) Indiana Jones Collection 1-4',
      'http://shop.example/e5',
    ]
    const text = [MENU, 'Black Friday for the Nostalgic', ...intro, ...items, 'Leave a comment', 'You must be logged in to post a comment.'].join('\n')
    const article = cleanArticle(text, { format: 'text' })
    expect(article.paragraphs).toContain('3) Blade Runner The Final Cut (4K)')
    expect(article.paragraphs).toContain('5) Indiana Jones Collection 1-4')
    expect(article.paragraphs[0]).toBe(intro[0])
    expect(article.text).not.toContain('Business')
  })
})

describe('forum threads copied as text', () => {
  it('keeps the replies of a thread whose posts are numbered, across the posts\' header lines', () => {
    const post = (n: number, name: string, joined: string, lines: string[]): string[] => [`#${n} 2024-08-03 1${n}:22:38`, name, 'Member', `Registered: ${joined}`, 'Posts: 98', ...lines, 'Offline']
    const text = [
      ...MENU.split('\n'),
      'Which forum software is closest to this one?',
      ...post(1, 'archuser38013', '2024-01-27', [
        'This is my favourite forum to read, because it loads fast and the threads are easy to follow even when they run for many pages.',
        'I would like to know which open source forum software comes closest to it, as I want to set one up for a small club of my own.',
      ]),
      'Last edited by archuser38013 (2024-08-03 11:02:20)',
      ...post(2, 'seth', '2012-09-03', ['Re: Which forum software is closest to this one? Open source forum software for old school forums', 'https://en.wikipedia.org/wiki/Comparison_of_forum_software', 'phpBB?', 'Good mobile support?', 'What does that mean? Emojis?', 'Have a look at the comparison table on the wiki first.']),
      ...post(3, 'Trilby', '2011-11-29', ['Re: Which forum software is closest to this one? Open source forum software for old school forums', 'seth wrote:', 'phpBB?', 'This board runs on FluxBB, which has not had a release for years, but it is small enough that you can read all of its code in an afternoon.']),
      'Board footer',
      'Powered by FluxBB',
    ].join('\n')
    const article = cleanArticle(text, { format: 'text' })
    expect(article.text).toContain('comparison table on the wiki first')
    expect(article.text).toContain('This board runs on FluxBB')
    expect(article.text).not.toContain('Business')
  })
})

describe('code listings (text door)', () => {
  it('keeps a code listing between the paragraphs of a tutorial, closing braces included', () => {
    const css = ['body {', 'font-family: sans-serif;', 'margin: 0;', '}', 'header {', 'background: purple;', 'height: 100px;', '}', 'h1 {', 'text-align: center;', 'color: white;', 'line-height: 100px;', 'margin: 0;', '}'].join('\n')
    const html = ['<header>', '<h1>Complex flexbox example</h1>', '</header>', '<section>', '<article>', '<h2>First article</h2>', '<p>Content…</p>', '</article>', '</section>'].join('\n')
    const text = [MENU, 'Flexbox in Practice', INTRO, html, 'Then style the page:', css, CLOSING].join('\n\n')
    const article = cleanArticle(text, { format: 'text' })
    expect(article.paragraphs).toContain('background: purple;')
    expect(article.paragraphs).toContain('<h2>First article</h2>')
    expect(article.paragraphs.at(-1)).toBe(CLOSING)
    expect(article.text).not.toContain('Business')
  })
})

describe('tables copied as text (text door)', () => {
  it('keeps a table whose rows name things, its cells between tabs as innerText prints them', () => {
    const rows = ['Pos.\tDriver\tPoints\tWins', '1\tKyle Busch\t5040\t5', '2\tMartin Truex Jr.\t5035\t7', '3\tKevin Harvick\t5033\t4', '4\tDenny Hamlin\t5027\t6', '5\tJoey Logano\t2364\t2'].join('\n')
    const text = [MENU, 'Final Standings', 'The final standings of the season after the last race.', rows, 'Privacy policy\nTerms of use\nContact us'].join('\n\n')
    const article = cleanArticle(text, { format: 'text' })
    expect(article.text).toContain('Martin Truex Jr.')
    expect(article.text).toContain('Joey Logano')
    expect(article.text).not.toContain('Business')
    expect(article.text).not.toContain('Privacy policy')
  })
})

describe('the language of copied text', () => {
  it('is guessed from samples of the whole text, not its first 20,000 characters', () => {
    const labels = ['Products', 'Pricing', 'Solutions', 'Enterprise', 'Customers', 'Partners', 'Resources', 'Developers', 'Support', 'Careers']
    const menus = Array.from({ length: 400 }, (_, i) => labels.slice(0, 1 + (i % labels.length)).join('\n')).join('\n\n')
    expect(menus.length).toBeGreaterThan(20_000)
    // A long article after the menus: many distinct paragraphs, each a variation of the three.
    const body = Array.from({ length: 60 }, (_, i) => [INTRO, MIDDLE, CLOSING][i % 3]!.replace('the', `the ${i + 1}`))
    const article = cleanArticle([menus, 'How to Bake Your First Loaf', ...body].join('\n\n'), { format: 'text' })
    expect(article.language).toBe('en')
    expect(article.paragraphs).toEqual(body)
  })
})

describe('the end of the article (text door)', () => {
  const teasers = [
    'Council votes to keep the old library open',
    'The council voted on Tuesday to keep the old library on the harbour front open for another five years after a campaign by local residents and writers.',
    'Ferry fares frozen for a second year',
    'Ferry fares across the harbour will stay at their current level for a second year running after the transport board agreed to draw on its reserves.',
    'New cycle lanes open on the coast road',
    'Two new cycle lanes opened on the coast road this week, the first part of a plan to link the villages along the bay with the town centre by bike.',
  ]

  for (const heading of ['More Daily Gazette Stories', 'About Jane Whitfield']) {
    it(`ends at a closing heading ("${heading}") however much prose follows it`, () => {
      const text = [MENU, 'How to Bake Your First Loaf', INTRO, MIDDLE, CLOSING, heading, ...teasers].join('\n\n')
      const article = cleanArticle(text, { format: 'text' })
      expect(article.paragraphs).toEqual([INTRO, MIDDLE, CLOSING])
    })
  }
})
