import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../src/lib/extract/quotes.js'
import { scanQuoteSpans, startsWithOpeningMark, stripOuterMarks } from '../src/lib/extract/quotes/quote-marks.js'
import { REPORTING_VERBS } from '../src/lib/extract/quotes/reporting-verbs.js'

/** Quotes of a single paragraph, as [text, speaker] pairs. */
function pairs(...paragraphs: string[]): [string, string | null][] {
  return extractQuotes({ paragraphs }).map((q) => [q.text, q.speaker])
}

const SEED = [
  'Kyrgyzstan plans to join the Moscow-led Customs Union of former Soviet states but will demand that any association agreement take into account its national interests, President Almazbek Atambayev said Monday.',
  '"Ukraine can choose, and we have little choice, but we will only take a route that suits us," Atambayev said, Interfax reported. "We will only join the Customs Union if our national interests are met."',
  '"We will not join [the Customs Union] according to a roadmap that somebody else has laid out," Atambayev said, without disclosing any specific demands his government may put forth.',
  'Last week, the Kyrgyz government complained that a "roadmap" for their country\'s accession to the Customs Union was drafted without consulting the Kyrgyz government, Interfax reported.',
]

describe('extractQuotes: the seed article', () => {
  it('finds exactly the three quotations, all by Almazbek Atambayev', () => {
    expect(extractQuotes({ paragraphs: SEED })).toEqual([
      {
        text: 'Ukraine can choose, and we have little choice, but we will only take a route that suits us',
        speaker: 'Almazbek Atambayev',
        attribution: 'Atambayev',
        paragraph: 1,
        kind: 'direct',
      },
      {
        text: 'We will only join the Customs Union if our national interests are met.',
        speaker: 'Almazbek Atambayev',
        attribution: 'Atambayev',
        paragraph: 1,
        kind: 'direct',
      },
      {
        text: 'We will not join [the Customs Union] according to a roadmap that somebody else has laid out',
        speaker: 'Almazbek Atambayev',
        attribution: 'Atambayev',
        paragraph: 2,
        kind: 'direct',
      },
    ])
  })

  it('does not report the scare-quoted "roadmap"', () => {
    expect(extractQuotes({ paragraphs: SEED }).some((q) => q.text.includes('roadmap') && q.paragraph === 3)).toBe(false)
  })

  it('names the full speaker even when the full name comes after the quotation', () => {
    const paragraphs = [SEED[1] ?? '', SEED[0] ?? '']
    expect(extractQuotes({ paragraphs }).map((q) => q.speaker)).toEqual(['Almazbek Atambayev', 'Almazbek Atambayev'])
  })

  it('returns nothing for no paragraphs or paragraphs without quotes', () => {
    expect(extractQuotes({ paragraphs: [] })).toEqual([])
    expect(extractQuotes({ paragraphs: ['', 'The parliament met on Tuesday.'] })).toEqual([])
  })
})

describe('extractQuotes: attribution patterns', () => {
  it('"Q," X said', () => {
    expect(pairs('"The sanctions will not change our course," Lavrov said.')).toEqual([
      ['The sanctions will not change our course', 'Lavrov'],
    ])
  })

  it('"Q," said X', () => {
    expect(pairs('"We expect the talks to resume next month," said Kremlin spokesman Dmitry Peskov.')).toEqual([
      ['We expect the talks to resume next month', 'Dmitry Peskov'],
    ])
  })

  it('"Q," said X, a <role>', () => {
    expect(pairs('"Prices will keep rising through the winter," said Anna Petrova, an economist at Alfa Bank.')).toEqual([
      ['Prices will keep rising through the winter', 'Anna Petrova'],
    ])
  })

  it('X said: "Q"', () => {
    expect(pairs('Speaking in Bishkek, Atambayev said: "Our partners must respect our interests."')).toEqual([
      ['Our partners must respect our interests.', 'Atambayev'],
    ])
  })

  it('X said "Q" without a colon', () => {
    expect(pairs('Merkel said "we will not accept a solution imposed from outside" before leaving.')).toEqual([
      ['we will not accept a solution imposed from outside', 'Merkel'],
    ])
  })

  it('X said that "Q"', () => {
    expect(pairs('The governor said that "every school in the state will reopen by March."')).toEqual([
      ['every school in the state will reopen by March.', null],
    ])
    expect(pairs('Governor Gavin Newsom said that "every school in the state will reopen by March."')).toEqual([
      ['every school in the state will reopen by March.', 'Gavin Newsom'],
    ])
  })

  it('X told <listener>: "Q"', () => {
    expect(pairs('Zelensky told reporters in Kyiv: "We are ready to talk, but not to surrender."')).toEqual([
      ['We are ready to talk, but not to surrender.', 'Zelensky'],
    ])
  })

  it('X said in a statement: "Q"', () => {
    expect(pairs('Gazprom said in a statement on Friday: "Deliveries will resume once repairs are complete."')).toEqual([
      ['Deliveries will resume once repairs are complete.', 'Gazprom'],
    ])
  })

  it('according to X, "Q"', () => {
    expect(pairs('According to Olaf Scholz, "the era of cheap Russian gas is over for good."')).toEqual([
      ['the era of cheap Russian gas is over for good.', 'Olaf Scholz'],
    ])
  })

  it('"Q," according to X', () => {
    expect(pairs('"The reactor was never at risk of overheating," according to Rafael Grossi.')).toEqual([
      ['The reactor was never at risk of overheating', 'Rafael Grossi'],
    ])
  })

  it('"Q." X said. across the sentence boundary', () => {
    expect(pairs('"The vote was free and fair." Borrell said.')).toEqual([['The vote was free and fair.', 'Borrell']])
    expect(pairs('"The vote was free and fair." Borrell said on Tuesday.')).toEqual([
      ['The vote was free and fair.', 'Borrell'],
    ])
  })

  it('does not attribute "Q." across a boundary to a sentence that goes on', () => {
    expect(pairs('"The vote was free and fair." Putin said the West had lied about the result.')).toEqual([
      ['The vote was free and fair.', null],
    ])
  })

  it('"Q," X, a/the <role>, said', () => {
    expect(pairs('"We have enough reserves for two winters," Alexei Miller, the head of Gazprom, said.')).toEqual([
      ['We have enough reserves for two winters', 'Alexei Miller'],
    ])
    expect(pairs('"We have enough reserves for two winters," Miller, a former KGB officer, told the paper.')).toEqual([
      ['We have enough reserves for two winters', 'Miller'],
    ])
  })

  it('"Q," X, who <clause>, said', () => {
    expect(pairs('"This is a historic day," Atambayev, who met Putin in Sochi, said.')).toEqual([
      ['This is a historic day', 'Atambayev'],
    ])
  })

  it('"Q," X told Reuters', () => {
    expect(pairs('"We have not received any formal proposal yet," Novak told Reuters.')).toEqual([
      ['We have not received any formal proposal yet', 'Novak'],
    ])
    expect(pairs('"We have not received any formal proposal yet." Novak told Reuters in an interview.')).toEqual([
      ['We have not received any formal proposal yet.', 'Novak'],
    ])
  })

  it('"Q?" X asked', () => {
    expect(pairs('"Who will pay for the reconstruction?" Macron asked.')).toEqual([
      ['Who will pay for the reconstruction?', 'Macron'],
    ])
  })

  it('multi-word verbs: pointed out, went on, was quoted as saying', () => {
    expect(pairs('"The ceasefire has held for a week now," Guterres pointed out.')).toEqual([
      ['The ceasefire has held for a week now', 'Guterres'],
    ])
    expect(pairs('"And that is only the beginning of it," Biden went on.')).toEqual([
      ['And that is only the beginning of it', 'Biden'],
    ])
    expect(pairs('Erdogan was quoted as saying: "Turkey will not be blackmailed by anyone."')).toEqual([
      ['Turkey will not be blackmailed by anyone.', 'Erdogan'],
    ])
  })

  it('auxiliaries between subject and verb: X also said, X had told', () => {
    expect(pairs('"The border will stay open for trade," Tokayev also said.')).toEqual([
      ['The border will stay open for trade', 'Tokayev'],
    ])
  })

  it('British punctuation outside the marks', () => {
    expect(pairs('"We will not be leaving the single market", Starmer said.')).toEqual([
      ['We will not be leaving the single market', 'Starmer'],
    ])
  })

  it('a later verb in the sentence does not steal an attribution against the quote', () => {
    expect(pairs('"The plan is dead on arrival," Johnson said, adding that Brussels had warned him.')).toEqual([
      ['The plan is dead on arrival', 'Johnson'],
    ])
  })

  it('X said + indirect speech + partial quote attributes to X', () => {
    expect(pairs('Lagarde said the bank would "do whatever it takes within our mandate" to protect the euro.')).toEqual([
      ['do whatever it takes within our mandate', 'Lagarde'],
    ])
  })

  it('every verb in the data list attributes "Q," X <verb> (a participle: X <clause>, <verb>, "Q")', () => {
    for (const verb of REPORTING_VERBS) {
      for (const form of verb.forms) {
        if (verb.participle === true) {
          expect(pairs(`Ivan Petrov issued a statement, ${form}, "The harvest was the worst in twenty years."`), form).toEqual([['The harvest was the worst in twenty years.', 'Ivan Petrov']])
          continue
        }
        const paragraph = verb.speakerAfter === true
          ? `"The harvest was the worst in twenty years," ${form} Ivan Petrov.`
          : `"The harvest was the worst in twenty years," Ivan Petrov ${form}.`
        expect(pairs(paragraph), form).toEqual([['The harvest was the worst in twenty years', 'Ivan Petrov']])
      }
    }
  })
})

describe('extractQuotes: carrying the speaker', () => {
  it('keeps the speaker for a second quote in the same paragraph', () => {
    expect(pairs('"We want peace," Aliyev said. "But peace on our terms, not theirs."')).toEqual([
      ['We want peace', 'Aliyev'],
      ['But peace on our terms, not theirs.', 'Aliyev'],
    ])
  })

  it('joins a quotation interrupted by its attribution into one quotation', () => {
    expect(pairs('"The answer," Putin said, "is obvious to everyone in this room."')).toEqual([
      ['The answer is obvious to everyone in this room.', 'Putin'],
    ])
    expect(pairs('“The problem,” said Christine Lagarde, “is that inflation has proved persistent.”')).toEqual([
      ['The problem is that inflation has proved persistent.', 'Christine Lagarde'],
    ])
    expect(pairs('"After two more years of this", Doctor asks, "what kind of products are going to be left?"')).toEqual([
      ['After two more years of this what kind of products are going to be left?', 'Doctor'],
    ])
  })

  it('joins an interrupted quotation attributed through he said', () => {
    expect(
      pairs('Senator Mitch McConnell spoke first.', '"We\'ll see what happens," he said, "but I am not optimistic about it."'),
    ).toEqual([["We'll see what happens but I am not optimistic about it.", 'Mitch McConnell']])
  })

  it('does not join a second sentence after the attribution', () => {
    expect(pairs('"We will win," he said, "We always do in the end."')).toEqual([
      ['We will win', null],
      ['We always do in the end.', null],
    ])
    expect(pairs('"People are more cautious now," McDowell said, adding, "2019 is not as strong as 2018."')).toEqual([
      ['People are more cautious now', 'McDowell'],
      ['2019 is not as strong as 2018.', 'McDowell'],
    ])
  })

  it('keeps the speaker for a quote-only paragraph after an attributed one', () => {
    expect(
      pairs(
        '"The program has been a success," said NASA administrator Bill Nelson.',
        '"We will return to the Moon before the end of the decade."',
        '"And then we will go on to Mars."',
      ),
    ).toEqual([
      ['The program has been a success', 'Bill Nelson'],
      ['We will return to the Moon before the end of the decade.', 'Bill Nelson'],
      ['And then we will go on to Mars.', 'Bill Nelson'],
    ])
  })

  it('stops carrying after a few paragraphs', () => {
    const quotes = extractQuotes({
      paragraphs: [
        '"One is the first thing I will say," said Ivan Petrov.',
        '"Two is the second thing I will say."',
        '"Three is the third thing I will say."',
        '"Four is the fourth thing I will say."',
        '"Five is the fifth thing I will say."',
      ],
    })
    expect(quotes.map((q) => q.speaker)).toEqual(['Ivan Petrov', 'Ivan Petrov', 'Ivan Petrov', 'Ivan Petrov', null])
  })

  it('does not carry over a narrative paragraph', () => {
    expect(
      pairs(
        '"The program has been a success," said NASA administrator Bill Nelson.',
        'The agency has spent $93 billion on Artemis so far.',
        '"We will return to the Moon before the end of the decade."',
      ),
    ).toEqual([
      ['The program has been a success', 'Bill Nelson'],
      ['We will return to the Moon before the end of the decade.', null],
    ])
  })

  it('does not carry into a paragraph with its own, unnamed, attribution', () => {
    expect(
      pairs(
        '"The program has been a success," said NASA administrator Bill Nelson.',
        '"The budget does not allow for it," a senior official said.',
      ),
    ).toEqual([
      ['The program has been a success', 'Bill Nelson'],
      ['The budget does not allow for it', null],
    ])
  })
})

describe('extractQuotes: pronouns', () => {
  it('resolves he to the last named speaker', () => {
    expect(
      pairs(
        'Prime Minister Nikol Pashinyan said Armenia would not leave the alliance.',
        '"We are not planning any sudden moves," he said.',
      ),
    ).toEqual([['We are not planning any sudden moves', 'Nikol Pashinyan']])
  })

  it('resolves she in the same paragraph', () => {
    expect(pairs('Ursula von der Leyen spoke after the summit. "Europe stands united behind Ukraine," she said.')).toEqual([
      ['Europe stands united behind Ukraine', 'Ursula von der Leyen'],
    ])
  })

  it('resolves they and he said: "Q"', () => {
    expect(
      pairs(
        'Kazakhstan\'s President Kassym-Jomart Tokayev said on Monday the talks had stalled.',
        'He said: "We cannot wait forever for an answer from Moscow."',
      ),
    ).toEqual([['We cannot wait forever for an answer from Moscow.', 'Kassym-Jomart Tokayev']])
  })

  it('resolves to the most recent of several speakers', () => {
    expect(
      pairs(
        'Lavrov said the talks had failed. Blinken said the door remained open.',
        '"We are ready to meet again at any time," he said.',
      ),
    ).toEqual([['We are ready to meet again at any time', 'Blinken']])
  })

  it('resolves he to a person who opens a sentence, with an appositive', () => {
    expect(
      pairs(
        'The letter was addressed to House Speaker Kevin McCarthy.',
        'McCarthy, a Republican, has refused to raise the limit. "The president has ignored this for 97 days," he told reporters.',
      ),
    ).toEqual([['The president has ignored this for 97 days', 'Kevin McCarthy']])
  })

  it('resolves she past an organisation and a role to the person', () => {
    expect(
      pairs(
        'White House press secretary Karine Jean-Pierre called the plan a nonstarter.',
        '"The president has been very clear about this," she said.',
      ),
    ).toEqual([['The president has been very clear about this', 'Karine Jean-Pierre']])
  })

  it('resolves she to a person named in an appositive subject earlier in the paragraph', () => {
    expect(
      pairs(
        'The director, Helena Marsh, said the museum expected about half a million visitors. "People have waited a long time for this," she said.',
      ),
    ).toEqual([['People have waited a long time for this', 'Helena Marsh']])
  })

  it('does not take a country opening a sentence for he', () => {
    expect(pairs('Russia launched forty missiles overnight. "Nobody was hurt in the attack on the city," he said.')).toEqual([
      ['Nobody was hurt in the attack on the city', null],
    ])
  })

  it('returns null for he with nobody named before', () => {
    expect(pairs('"We are ready to meet again at any time," he said.')).toEqual([
      ['We are ready to meet again at any time', null],
    ])
  })

  it('rejects I, we and you as speakers', () => {
    expect(pairs('"Can you confirm the troops have left?" I asked.')).toEqual([
      ['Can you confirm the troops have left?', null],
    ])
    expect(pairs('"The road is closed to all traffic," we were told.')).toEqual([['The road is closed to all traffic', null]])
    expect(pairs('Atambayev spoke first. "The deal is off for now," I said.')).toEqual([['The deal is off for now', null]])
  })
})

describe('extractQuotes: speaker names', () => {
  it('strips titles and honorifics', () => {
    expect(pairs('"This is a dark day for democracy," said Sen. Elizabeth Warren.')).toEqual([
      ['This is a dark day for democracy', 'Elizabeth Warren'],
    ])
    expect(pairs('"This is a dark day for democracy," Mr. Sanders said.')).toEqual([
      ['This is a dark day for democracy', 'Sanders'],
    ])
    expect(pairs('"This is a dark day for democracy," Dr Anthony Fauci said.')).toEqual([
      ['This is a dark day for democracy', 'Anthony Fauci'],
    ])
    expect(pairs('"The ceasefire must hold at all costs," Foreign Minister Sergei Lavrov said.')).toEqual([
      ['The ceasefire must hold at all costs', 'Sergei Lavrov'],
    ])
    expect(pairs('"The ceasefire must hold at all costs," said Secretary of State Antony Blinken.')).toEqual([
      ['The ceasefire must hold at all costs', 'Antony Blinken'],
    ])
  })

  it('uses the fullest name the article prints', () => {
    expect(
      pairs(
        'Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the report.',
        '"This is pure fiction from start to finish," Zakharova said.',
      ),
    ).toEqual([['This is pure fiction from start to finish', 'Maria Zakharova']])
  })

  it('uses the fullest name after Mr', () => {
    expect(
      pairs(
        'The company was founded by Elon Musk in 2002.',
        '"We will be on Mars by the end of the decade," Mr. Musk said.',
      ),
    ).toEqual([['We will be on Mars by the end of the decade', 'Elon Musk']])
  })

  it('strips hyphenated titles', () => {
    expect(pairs('"There is no military solution to this war," U.N. Secretary-General Antonio Guterres said.')).toEqual([
      ['There is no military solution to this war', 'Antonio Guterres'],
    ])
    expect(pairs('"We will hit the ground running in January," President-elect Joe Biden said.')).toEqual([
      ['We will hit the ground running in January', 'Joe Biden'],
    ])
  })

  it('strips a dotted title in an appositive', () => {
    expect(pairs('Mr. Smith, the C.E.O., said: "We expect revenue to grow by ten percent."')).toEqual([
      ['We expect revenue to grow by ten percent.', 'Smith'],
    ])
  })

  it('takes the name from an appositive after a possessive role', () => {
    expect(pairs('"Revenue will grow by ten percent this year," the company\'s chief executive, Satya Nadella, said.')).toEqual([
      ['Revenue will grow by ten percent this year', 'Satya Nadella'],
    ])
  })

  it('takes an age appositive in its stride', () => {
    expect(pairs('"We lost everything in one night," Olena Shevchenko, 45, said.')).toEqual([
      ['We lost everything in one night', 'Olena Shevchenko'],
    ])
  })

  it('returns null for joint speakers', () => {
    expect(pairs('"This has to stop now," Biden and Harris said in a joint statement.')).toEqual([['This has to stop now', null]])
  })

  it('keeps surnames that look like titles when nothing follows them', () => {
    expect(pairs('"The people have spoken, and we must listen," said John Major.')).toEqual([
      ['The people have spoken, and we must listen', 'John Major'],
    ])
  })

  it('keeps name particles', () => {
    expect(pairs('"Europe must pay for its own defence," said Ursula von der Leyen.')).toEqual([
      ['Europe must pay for its own defence', 'Ursula von der Leyen'],
    ])
  })

  it('keeps a capitalised organisation, without "the"', () => {
    expect(pairs('"No such talks have taken place," the Kremlin said.')).toEqual([['No such talks have taken place', 'Kremlin']])
  })

  it('returns null for a lower-case common-noun speaker', () => {
    expect(pairs('"No such talks have taken place," the official said.')).toEqual([['No such talks have taken place', null]])
    expect(pairs('"No such talks have taken place," a spokesman for Gazprom said.')).toEqual([
      ['No such talks have taken place', null],
    ])
    expect(pairs('"No such talks have taken place," Putin\'s spokesman said.')).toEqual([
      ['No such talks have taken place', null],
    ])
    expect(pairs('"No such talks have taken place," the Russian president said.')).toEqual([
      ['No such talks have taken place', null],
    ])
  })

  it('takes the name from an appositive after an unnamed role', () => {
    expect(pairs('"No such talks have taken place," said a ministry spokeswoman, Maria Zakharova.')).toEqual([
      ['No such talks have taken place', 'Maria Zakharova'],
    ])
  })

  it('returns null when nobody is named', () => {
    expect(pairs('"No such talks have taken place."')).toEqual([['No such talks have taken place.', null]])
  })

  it('drops the possessive from a fuller name in the article', () => {
    expect(
      pairs(
        'President Emmanuel Macron\'s party lost its majority on Sunday.',
        '"This is not the end of the story," Macron said.',
      ),
    ).toEqual([['This is not the end of the story', 'Emmanuel Macron']])
  })
})

describe('extractQuotes: quote marks', () => {
  it('curly double quotes', () => {
    expect(pairs('“We will never recognise the annexation,” Zelensky said.')).toEqual([
      ['We will never recognise the annexation', 'Zelensky'],
    ])
  })

  it('German low-high quotes', () => {
    expect(pairs('„Wir werden das Gesetz nicht unterschreiben“, sagte Scholz.')).toEqual([
      ['Wir werden das Gesetz nicht unterschreiben', 'Scholz'],
    ])
    expect(pairs('Scholz said: „Wir werden das Gesetz nicht unterschreiben.“')).toEqual([
      ['Wir werden das Gesetz nicht unterschreiben.', 'Scholz'],
    ])
  })

  it('French guillemets with and without inner spaces', () => {
    expect(pairs('Macron said: « Nous ne céderons rien aux extrémistes. »')).toEqual([
      ['Nous ne céderons rien aux extrémistes.', 'Macron'],
    ])
    expect(pairs('Macron said: «\u202fNous ne céderons rien aux extrémistes.\u202f»')).toEqual([
      ['Nous ne céderons rien aux extrémistes.', 'Macron'],
    ])
    expect(pairs('«Мы не будем вступать в этот союз», said Atambayev.')).toEqual([
      ['Мы не будем вступать в этот союз', 'Atambayev'],
    ])
  })

  it('single guillemets', () => {
    expect(pairs('‹Wir müssen jetzt handeln, nicht morgen›, said Habeck.')).toEqual([
      ['Wir müssen jetzt handeln, nicht morgen', 'Habeck'],
    ])
  })

  it('curly single quotes, British style, with apostrophes inside', () => {
    expect(pairs('‘We won’t be pushed around by anyone,’ Sunak said.')).toEqual([
      ['We won’t be pushed around by anyone', 'Sunak'],
    ])
  })

  it('straight single quotes where they cannot be apostrophes', () => {
    expect(pairs("'It's a sad day for the club and its fans,' Klopp said.")).toEqual([
      ["It's a sad day for the club and its fans", 'Klopp'],
    ])
  })

  it('does not treat apostrophes as quotes', () => {
    expect(pairs("It was Someone Else's problem, and the players' union said nothing about it.")).toEqual([])
    expect(pairs("The '90s were a decade of rock 'n' roll, the critic's friend said.")).toEqual([])
    expect(pairs('The team’s coach didn’t comment on the players’ strike.')).toEqual([])
  })

  it('keeps nested single quotes inside the double quote', () => {
    expect(pairs('"He told me \'we are done here\' and walked out of the room," Kuleba said.')).toEqual([
      ["He told me 'we are done here' and walked out of the room", 'Kuleba'],
    ])
    expect(pairs('“He told me ‘we are done here’ and walked out,” Kuleba said.')).toEqual([
      ['He told me ‘we are done here’ and walked out', 'Kuleba'],
    ])
  })

  it('mixed curly opening and straight closing marks', () => {
    expect(pairs('“The economy is in far better shape than expected," Powell said.')).toEqual([
      ['The economy is in far better shape than expected', 'Powell'],
    ])
  })

  it('does not take an inch mark for a quote', () => {
    expect(pairs('The 6\'2" forward scored twice, said coach Ange Postecoglou.')).toEqual([])
  })
})

describe('extractQuotes: continued quotations', () => {
  it('joins a quotation left open into the next paragraph with a single space', () => {
    expect(
      extractQuotes({
        paragraphs: [
          'President Almazbek Atambayev spoke to reporters in Bishkek.',
          'Atambayev was blunt. "We did not choose our neighbours, and we cannot move away from them.',
          '"But we can choose the terms on which we live with them," he said.',
        ],
      }),
    ).toEqual([
      {
        text: 'We did not choose our neighbours, and we cannot move away from them. But we can choose the terms on which we live with them',
        speaker: 'Almazbek Atambayev',
        attribution: 'he',
        paragraph: 1,
        kind: 'direct',
      },
    ])
  })

  it('continues over three paragraphs with curly marks, attribution in the first', () => {
    const quotes = extractQuotes({
      paragraphs: [
        'Nelson told the committee: “The first crewed landing is planned for 2026.',
        '“The second will follow a year later.',
        '“After that, we expect a landing every year.”',
        'The committee did not vote.',
      ],
    })
    expect(quotes).toEqual([
      {
        text: 'The first crewed landing is planned for 2026. The second will follow a year later. After that, we expect a landing every year.',
        speaker: 'Nelson',
        attribution: 'Nelson',
        paragraph: 0,
        kind: 'direct',
      },
    ])
  })

  it('continues British single quotes', () => {
    expect(
      pairs('Sunak said: ‘We will hold the line on inflation this year.', '‘And we will cut taxes when it is safe to do so.’'),
    ).toEqual([['We will hold the line on inflation this year. And we will cut taxes when it is safe to do so.', 'Sunak']])
  })

  it('ends an unclosed quotation at its paragraph when the next does not open with a mark', () => {
    expect(pairs('Atambayev said: "We will not join on these terms', 'The talks continue next week.')).toEqual([
      ['We will not join on these terms', 'Atambayev'],
    ])
  })
})

describe('extractQuotes: not quotations', () => {
  it('drops scare quotes and quoted terms under four words', () => {
    expect(pairs('The law on "foreign agents" and "undesirable" groups was passed as part of a "roadmap" by the Duma.')).toEqual([])
  })

  it('keeps a short utterance that is directly attributed', () => {
    expect(pairs('"Absolutely not," Peskov said.')).toEqual([['Absolutely not', 'Peskov']])
    expect(pairs('Asked whether he would resign, Johnson said: "Never."')).toEqual([['Never.', 'Johnson']])
  })

  it('keeps a short utterance that follows a quotation in its paragraph', () => {
    expect(pairs('"We will never surrender to terrorists," Netanyahu said. "Never."')).toEqual([
      ['We will never surrender to terrorists', 'Netanyahu'],
      ['Never.', 'Netanyahu'],
    ])
  })

  it('drops a short term with a comma inside that is not attributed', () => {
    expect(pairs('He described the plan as a "roadmap," which critics rejected.')).toEqual([])
  })

  it('drops titles of works after titled, entitled, called', () => {
    expect(pairs('She wrote a book titled "Why Nations Fail at Reform" in 2012.')).toEqual([])
    expect(pairs('The report, entitled "the long road from war to peace in the Caucasus", was published.')).toEqual([])
    expect(pairs('He starred in a film called "The Day After Tomorrow" last year.')).toEqual([])
  })

  it('drops title-case phrases without a verb', () => {
    expect(pairs('The rally ended with chants of "Make America Great Again" outside the hall.')).toEqual([])
  })

  it('drops empty quotes', () => {
    expect(pairs('The field was left "" in the form, and "   " in the next one.')).toEqual([])
  })
})

describe('extractQuotes: blockquotes', () => {
  it('takes the whole paragraph as the quotation, without marks', () => {
    expect(
      extractQuotes({
        paragraphs: ['Intro text here.', 'We choose to go to the Moon in this decade and do the other things.'],
        blockquotes: new Set([1]),
      }),
    ).toEqual([
      { text: 'We choose to go to the Moon in this decade and do the other things.', speaker: null, attribution: null, paragraph: 1, kind: 'blockquote' },
    ])
  })

  it('strips outer marks and reads a trailing dash credit', () => {
    expect(
      extractQuotes({
        paragraphs: ['“Ask not what your country can do for you.”\n— President John F. Kennedy, 1961'],
        blockquotes: new Set([0]),
      }),
    ).toEqual([{ text: 'Ask not what your country can do for you.', speaker: 'John F. Kennedy', attribution: 'President John F. Kennedy', paragraph: 0, kind: 'blockquote' }])
  })

  it('reads the credit of an embedded tweet', () => {
    const [quote] = extractQuotes({
      paragraphs: ['The election was a disgrace and everyone knows it! — Donald J. Trump (@realDonaldTrump) November 7, 2020'],
      blockquotes: new Set([0]),
    })
    expect(quote?.speaker).toBe('Donald J. Trump')
    expect(quote?.text).toBe('The election was a disgrace and everyone knows it!')
  })

  it('does not take a dash inside the sentence for a credit', () => {
    const [quote] = extractQuotes({
      paragraphs: ['The plan — drafted in Moscow — was never shown to us.'],
      blockquotes: new Set([0]),
    })
    expect(quote).toEqual({ text: 'The plan — drafted in Moscow — was never shown to us.', speaker: null, attribution: null, paragraph: 0, kind: 'blockquote' })
  })

  it('does not continue a direct quotation into a blockquote', () => {
    const quotes = extractQuotes({
      paragraphs: ['Putin said: "We will see how this ends', '"A blockquote paragraph in marks."'],
      blockquotes: new Set([1]),
    })
    expect(quotes.map((q) => [q.kind, q.text, q.paragraph])).toEqual([
      ['direct', 'We will see how this ends', 0],
      ['blockquote', 'A blockquote paragraph in marks.', 1],
    ])
  })
})

describe('quote marks scanner', () => {
  it('pairs marks and reports offsets', () => {
    const text = 'a "bc" d'
    expect(scanQuoteSpans(text)).toEqual([{ open: 2, textStart: 3, textEnd: 5, end: 6, closed: true, family: 'double' }])
  })

  it('leaves a double quote open to the end of the paragraph', () => {
    expect(scanQuoteSpans('He said: "We will')).toEqual([
      { open: 9, textStart: 10, textEnd: 17, end: 17, closed: false, family: 'double' },
    ])
  })

  it('leaves a single quote open only when the next paragraph continues it', () => {
    expect(scanQuoteSpans("He said: 'We will")).toEqual([])
    expect(scanQuoteSpans("He said: 'We will", true)).toHaveLength(1)
  })

  it('knows which paragraphs open with a mark', () => {
    expect(startsWithOpeningMark('  “Next')).toBe(true)
    expect(startsWithOpeningMark('«Next')).toBe(true)
    expect(startsWithOpeningMark("'Tis the season")).toBe(true)
    expect(startsWithOpeningMark('Next "one"')).toBe(false)
    expect(startsWithOpeningMark('')).toBe(false)
  })

  it('strips outer marks only when one quotation spans the text', () => {
    expect(stripOuterMarks(' “Whole.” ')).toBe('Whole.')
    expect(stripOuterMarks('"One" and "two"')).toBe('"One" and "two"')
  })
})

describe('extractQuotes: adversarial input', () => {
  it('returns for a paragraph of 200k straight double quotes', () => {
    expect(extractQuotes({ paragraphs: ['"'.repeat(200_000)] })).toEqual([])
  })

  it('returns for 200k mixed marks, apostrophes and words', () => {
    const marks = ['"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›', ' ', 'a', '.', ','].join('')
    const text = marks.repeat(Math.ceil(200_000 / marks.length))
    const result = extractQuotes({ paragraphs: [text, text] })
    expect(Array.isArray(result)).toBe(true)
  })

  it('returns for 200k unclosed single quotes in words', () => {
    extractQuotes({ paragraphs: [" 'word".repeat(40_000)] })
    extractQuotes({ paragraphs: [' ‘word'.repeat(40_000)] })
  })

  it('returns for a long run of name particles and titles', () => {
    extractQuotes({ paragraphs: [`Ivan ${'de '.repeat(100_000)}x said: "We will be fine in the end."`] })
    extractQuotes({ paragraphs: [`${'President '.repeat(50_000)}Petrov said: "We will be fine in the end."`] })
  })

  it('returns for many mentions of one name and many quotations by it', () => {
    const names = 'President Ivan Petrov arrived. '.repeat(20_000)
    const quotes = '"We will be fine in the end," Petrov said. '.repeat(20_000)
    const result = extractQuotes({ paragraphs: [names, quotes] })
    expect(result).toHaveLength(20_000)
    expect(result[0]?.speaker).toBe('Ivan Petrov')
  })

  it('returns for many short attributed quotations in one paragraph', () => {
    const text = '"We will win this time," he said. '.repeat(20_000)
    const quotes = extractQuotes({ paragraphs: ['Ivan Petrov said he was sure.', text] })
    expect(quotes).toHaveLength(20_000)
    expect(quotes[19_999]?.speaker).toBe('Ivan Petrov')
  })
})

describe('extractQuotes: reporting verbs of other languages', () => {
  it('attributes German, French, Spanish, Italian, Portuguese, Dutch and Russian verbs', () => {
    expect(pairs('„Die Lage ist ernst, aber beherrschbar“, erklärte Innenministerin Nancy Faeser.')).toEqual([
      ['Die Lage ist ernst, aber beherrschbar', 'Nancy Faeser'],
    ])
    expect(pairs("« Nous ne céderons rien aux extrémistes », a déclaré Emmanuel Macron lors d'un déplacement.")).toEqual([
      ['Nous ne céderons rien aux extrémistes', 'Emmanuel Macron'],
    ])
    expect(pairs('"No vamos a negociar con terroristas", dijo el presidente Pedro Sánchez en Madrid.')).toEqual([
      ['No vamos a negociar con terroristas', 'Pedro Sánchez'],
    ])
    expect(pairs('«Non ci sono alternative a questo accordo», ha detto Mario Draghi ai giornalisti.')).toEqual([
      ['Non ci sono alternative a questo accordo', 'Mario Draghi'],
    ])
    expect(pairs('"Não vamos desistir do acordo com a Europa", disse Lula em Brasília.')).toEqual([
      ['Não vamos desistir do acordo com a Europa', 'Lula'],
    ])
    expect(pairs('"We gaan door met de onderhandelingen," zei premier Mark Rutte.')).toEqual([
      ['We gaan door met de onderhandelingen', 'Mark Rutte'],
    ])
    expect(pairs('«Мы не будем вступать в этот союз на чужих условиях», — заявил Алмазбек Атамбаев.')).toEqual([
      ['Мы не будем вступать в этот союз на чужих условиях', 'Алмазбек Атамбаев'],
    ])
  })

  it('reads an attribution between dashes inside the marks, Russian style', () => {
    expect(pairs('«Это решение далось нам нелегко, – признался Сергей Иванов. – Но другого выхода у нас не было».')).toEqual([
      ['Это решение далось нам нелегко', 'Сергей Иванов'],
      ['Но другого выхода у нас не было', 'Сергей Иванов'],
    ])
  })

  it('keeps every non-English form in the data list working as "Q," X <verb>', () => {
    for (const verb of REPORTING_VERBS.filter((v) => v.language !== undefined && v.speakerAfter !== true)) {
      for (const form of verb.forms) {
        expect(pairs(`"Die Ernte war die schlechteste seit zwanzig Jahren," ${form} Ivan Petrov.`), form).toEqual([
          ['Die Ernte war die schlechteste seit zwanzig Jahren', 'Ivan Petrov'],
        ])
      }
    }
  })
})

describe('extractQuotes: who is no speaker', () => {
  it('takes a lone capitalised common noun for nobody', () => {
    expect(pairs('Police said: "The suspect fled on foot toward the river and is still at large."')).toEqual([
      ['The suspect fled on foot toward the river and is still at large.', null],
    ])
    expect(pairs('Officials said: "The dam is safe and there is no need to evacuate."')).toEqual([
      ['The dam is safe and there is no need to evacuate.', null],
    ])
    expect(pairs('Witnesses said the driver "lost control on the ice near the bridge."')).toEqual([
      ['lost control on the ice near the bridge.', null],
    ])
    expect(pairs('Analysts said the figures "point to a recession early next year."')).toEqual([
      ['point to a recession early next year.', null],
    ])
  })

  it('still reads a person after a capitalised noun that is a title', () => {
    expect(pairs('"The road will stay closed until Monday," Police Chief Maria Lopez said.')).toEqual([
      ['The road will stay closed until Monday', 'Maria Lopez'],
    ])
  })

  it('takes the person, not the place, from a description with a preposition', () => {
    expect(
      pairs('Joel Schlabach, a teacher at eastern Indiana\'s Richmond High School, said politicians have "vilified" educators. "They think they know better than us," he said.'),
    ).toEqual([['They think they know better than us', 'Joel Schlabach']])
    expect(pairs('"It was an attempt to mislead voters," Will Moy, chief executive of the fact-checking website Full Fact, told the BBC.')).toEqual([
      ['It was an attempt to mislead voters', 'Will Moy'],
    ])
  })
})

describe('extractQuotes: speakers by reference', () => {
  it('resolves "it" to the last organisation named', () => {
    expect(
      pairs(
        'The Swedish Prosecution Authority dropped the case on Tuesday.',
        '"The evidence has weakened considerably over the years," it added.',
      ),
    ).toEqual([['The evidence has weakened considerably over the years', 'Swedish Prosecution Authority']])
    expect(pairs('"The evidence has weakened considerably over the years," it added.')).toEqual([
      ['The evidence has weakened considerably over the years', null],
    ])
  })

  it('resolves "the president" to the last person named with that title', () => {
    expect(
      pairs('US President Donald Trump met Chinese negotiators.', 'The president said on Tuesday that China "is going to have to make a deal that I like."'),
    ).toEqual([['is going to have to make a deal that I like.', 'Donald Trump']])
  })

  it('shares the subject of verbs joined by "and"', () => {
    expect(pairs('Volker said he never used the term "three amigos" and added, "I frankly cringe when I hear it."')).toEqual([
      ['I frankly cringe when I hear it.', 'Volker'],
    ])
  })

  it('attributes a partial quotation inside reported speech to the sentence\'s speaker', () => {
    expect(
      pairs('Reed, who will be the chairman, told investors on Oct. 31 that the merger would allow the company to pay down debt and "to return capital to shareholders through dividends."'),
    ).toEqual([['to return capital to shareholders through dividends.', 'Reed']])
  })

  it('reads the speaker after "said" in the middle of the words after a quotation', () => {
    expect(
      pairs('Sondland was known for telling others "he was in charge of Ukraine" despite being the envoy in Brussels, said another witness in the probe, former adviser Fiona Hill.'),
    ).toEqual([['he was in charge of Ukraine', 'Fiona Hill']])
  })

  it('reads the author of a source after "according to"', () => {
    expect(pairs('According to a 2018 survey by Penelope Muse Abernathy of the University of North Carolina, the firm tends to "consolidate copy editing and page design."')).toEqual([
      ['consolidate copy editing and page design.', 'Penelope Muse Abernathy'],
    ])
  })

  it('reads a long appositive between the name and the verb', () => {
    expect(
      pairs('McCormick, who has split from many fellow Republicans on issues such as the state\'s private school voucher program, told cheering teachers that they weren\'t "asking for the moon."'),
    ).toEqual([['asking for the moon.', 'McCormick']])
  })
})

describe('extractQuotes: fuller names', () => {
  it('keeps suffixes and finds the surname before them', () => {
    expect(
      pairs('James P. Kennedy Jr., the U.S. Attorney, spoke.', '"The First Amendment carries responsibilities with it," Kennedy said.'),
    ).toEqual([['The First Amendment carries responsibilities with it', 'James P. Kennedy Jr.']])
  })

  it('takes a one-word name printed first as a family name', () => {
    expect(pairs('China\'s ambassador to Britain Liu Xiaming spoke in London.', '"They are already there in the garrison," Liu said.')).toEqual([
      ['They are already there in the garrison', 'Liu Xiaming'],
    ])
  })

  it('drops the place between a role and a name, and an organisation or acronym before it', () => {
    expect(pairs('"I think all of us thought it was inappropriate," said former special envoy to Ukraine Kurt Volker.')).toEqual([
      ['I think all of us thought it was inappropriate', 'Kurt Volker'],
    ])
    expect(pairs('Browns DL Sheldon Richardson said Rudolph "can\'t antagonize a fight and then claim bullying."')).toEqual([
      ["can't antagonize a fight and then claim bullying.", 'Sheldon Richardson'],
    ])
    expect(pairs('"The timing was unusual," said General Mark Milley.')).toEqual([['The timing was unusual', 'Mark Milley']])
    expect(pairs('"Revenue will grow," General Motors said.')).toEqual([['Revenue will grow', 'General Motors']])
  })

  it('does not take two names run together for a fuller name', () => {
    expect(
      pairs('Hunter Biden sat on the board.', 'Never urged Ukraine to investigate Joe Biden Volker: allegations are false', '"I was not on the call," Volker said.'),
    ).toEqual([['I was not on the call', 'Volker']])
  })
})

describe('extractQuotes: quoted strings that are not quotations', () => {
  it('drops slogans in Title Case even with a full stop, and after a slogan cue', () => {
    expect(pairs('Signs read "Less Money on Testing, More Money on Students." outside.')).toEqual([])
    expect(pairs('The tagline? "Meth. We\'re on it."')).toEqual([])
  })

  it('drops a short term between a determiner and the noun it names', () => {
    expect(pairs('China is committed to the "one country, two systems" formula for Hong Kong.')).toEqual([])
  })

  it('keeps a quotation between a determiner and punctuation', () => {
    expect(pairs('Noem called the campaign a "bold, innovative effort like the nation has never seen."')).toEqual([
      ['bold, innovative effort like the nation has never seen.', 'Noem'],
    ])
  })

  it('reads two single marks as a closing double mark', () => {
    expect(pairs('“It was an attempt to mislead voters,’’ Will Moy told the BBC. “And it was wrong.”')).toEqual([
      ['It was an attempt to mislead voters', 'Will Moy'],
      ['And it was wrong.', 'Will Moy'],
    ])
  })
})

describe('extractQuotes: repeats are reported once', () => {
  it('drops a pull quote that repeats a quotation', () => {
    const quotes = extractQuotes({
      paragraphs: ['"Nobody expected the storm to turn north so quickly," said forecaster Jane Ortiz.', 'Nobody expected the storm to turn north so quickly.'],
      blockquotes: new Set([1]),
    })
    expect(quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([['direct', 'Nobody expected the storm to turn north so quickly', 'Jane Ortiz']])
  })

  it('drops a pull quote that repeats narrative text', () => {
    expect(
      extractQuotes({
        paragraphs: ['The city has lost a third of its reporters since 2008, and nobody has replaced them.', 'The city has lost a third of its reporters since 2008'],
        blockquotes: new Set([1]),
      }),
    ).toEqual([])
  })

  it('drops an embedded post whose words the article quotes in two parts', () => {
    const quotes = extractQuotes({
      paragraphs: [
        '“Hey Twitter, the whole point of this campaign is to raise awareness,” Noem tweeted. “So I think that’s working.”',
        'Hey Twitter, the whole point of this campaign is to raise awareness. So I think that’s working... #thanks #OnIt',
      ],
      blockquotes: new Set([1]),
    })
    expect(quotes.map((q) => q.kind)).toEqual(['direct', 'direct'])
  })

  it('drops a heading that repeats a quotation', () => {
    expect(
      pairs('"My fears have been realized"', 'Morrison said, "I feared how its disclosure would play. My fears have been realized."'),
    ).toEqual([['I feared how its disclosure would play. My fears have been realized.', 'Morrison']])
    expect(pairs('3. "Not some irregular channel"', '"My role was not some irregular channel, but the official channel," Volker said.')).toEqual([
      ['My role was not some irregular channel, but the official channel', 'Volker'],
    ])
  })
})

describe('extractQuotes: embedded posts and continued quotations', () => {
  it('takes a blockquote that is only a credit line as the byline of the paragraph before it', () => {
    expect(
      extractQuotes({
        paragraphs: ['I can’t thank this man enough. Good luck my friend.', '— Dele (@dele_official) November 19, 2019'],
        blockquotes: new Set([1]),
      }),
    ).toEqual([{ text: 'I can’t thank this man enough. Good luck my friend.', speaker: 'Dele', attribution: 'Dele', paragraph: 0, kind: 'blockquote' }])
  })

  it('joins consecutive blockquote paragraphs into one quotation, credited by the last', () => {
    expect(
      extractQuotes({
        paragraphs: ['We choose to go to the Moon in this decade.', 'Not because it is easy, but because it is hard.', '— John F. Kennedy'],
        blockquotes: new Set([0, 1, 2]),
      }),
    ).toEqual([
      {
        text: 'We choose to go to the Moon in this decade. Not because it is easy, but because it is hard.',
        speaker: 'John F. Kennedy',
        attribution: 'John F. Kennedy',
        paragraph: 0,
        kind: 'blockquote',
      },
    ])
  })

  it('drops a blockquote of fewer than four words', () => {
    expect(extractQuotes({ paragraphs: ['Club statement', '— Tottenham Hotspur (@SpursOfficial) November 20, 2019'], blockquotes: new Set([0, 1]) })).toEqual([])
  })

  it('continues a quotation past an embedded post and a caption left in the body', () => {
    const quotes = extractQuotes({
      paragraphs: [
        'Tottenham said in a statement: "Jose is one of the most accomplished managers in the world.',
        'Club statement and a picture of the manager',
        '— Tottenham Hotspur (@SpursOfficial) November 20, 2019',
        'The new manager arrives at the training ground',
        '"He has won a domestic title in a record four different countries."',
      ],
      blockquotes: new Set([1, 2]),
    })
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Jose is one of the most accomplished managers in the world. He has won a domestic title in a record four different countries.', 'Tottenham Hotspur'],
      ['Club statement and a picture of the manager', 'Tottenham Hotspur'],
    ])
  })

  it('does not continue into a paragraph that opens with another kind of mark', () => {
    expect(pairs('Tottenham said: "Jose is one of the most accomplished managers.', "'Naive and trusting' was the verdict of the court on Monday")).toEqual([
      ['Jose is one of the most accomplished managers.', 'Tottenham'],
    ])
  })
})
