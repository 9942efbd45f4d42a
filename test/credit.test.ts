import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { splitCredit } from '../src/lib/extract/credit.js'
import { BARE_SOURCE_LABEL, CREDIT_FORMS, CREDIT_LABELS } from '../src/lib/extract/credit-patterns.js'

type Case = [caption: string, text: string, credit: string | null]

function check(cases: Case[], source: 'html' | 'text' = 'html'): void {
  for (const [caption, text, credit] of cases) {
    expect(splitCredit(caption, source), caption).toEqual({ text, credit })
  }
}

describe('splitCredit: the seed case (text mode)', () => {
  it('splits a bare name after the last sentence', () => {
    expect(splitCredit('Kyrgyz President Atambayev speaking at an interview. Sergei Porter', 'text')).toEqual({
      text: 'Kyrgyz President Atambayev speaking at an interview.',
      credit: 'Sergei Porter',
    })
  })

  it('accepts two to four name words, with particles', () => {
    check([
      ['A view of the port. Ana Maria de la Cruz', 'A view of the port.', 'Ana Maria de la Cruz'],
      ['Rebels in the north. Hassan al-Masri', 'Rebels in the north.', 'Hassan al-Masri'],
      ['Rally in Washington. J. Scott Applewhite', 'Rally in Washington.', 'J. Scott Applewhite'],
    ], 'text')
  })

  it('does not split a caption that ends with a sentence', () => {
    check([['President Atambayev speaking in Moscow.', 'President Atambayev speaking in Moscow.', null]], 'text')
  })

  it('does not split a name with no sentence end before it', () => {
    check([['A view of New York City', 'A view of New York City', null]], 'text')
  })

  it('does not split after an abbreviation or an initial', () => {
    check([
      ['He met Mr. Sergei Porter', 'He met Mr. Sergei Porter', null],
      ['A street in St. Petersburg Russia', 'A street in St. Petersburg Russia', null],
      ['Portrait of John F. Kennedy', 'Portrait of John F. Kennedy', null],
    ], 'text')
  })

  it('does not take a phrase of capitalised words for a name', () => {
    check([
      ['Putin visits the Kremlin. The Kremlin', 'Putin visits the Kremlin. The Kremlin', null],
      ['Crowds at the market. Saturday Morning', 'Crowds at the market. Saturday Morning', null],
      ['Crowds at the market. Moscow', 'Crowds at the market. Moscow', null],
      ['Crowds at the market. Five Were Hurt In The Crush Today', 'Crowds at the market. Five Were Hurt In The Crush Today', null],
    ], 'text')
  })

  it('is off in html mode, where the credit has its own element', () => {
    const caption = 'Kyrgyz President Atambayev speaking at an interview. Sergei Porter'
    expect(splitCredit(caption, 'html')).toEqual({ text: caption, credit: null })
  })
})

describe('splitCredit: labels', () => {
  it('English labels, last', () => {
    check([
      ['Protesters in London. Photo: John Smith', 'Protesters in London.', 'John Smith'],
      ['Protesters in London. Photograph: Jane Doe/Reuters', 'Protesters in London.', 'Jane Doe/Reuters'],
      ['A studio portrait. Photography: Jane Doe', 'A studio portrait.', 'Jane Doe'],
      ['The team at work. Photos: Jane Doe', 'The team at work.', 'Jane Doe'],
      ['Protesters in London. Photo by Jane Doe', 'Protesters in London.', 'Jane Doe'],
      ['Protesters in London. Photos by Jane Doe', 'Protesters in London.', 'Jane Doe'],
      ['The chef at home. Photographed by Jane Doe', 'The chef at home.', 'Jane Doe'],
      ['The storm from space. Image: NASA', 'The storm from space.', 'NASA'],
      ['Fans at Wembley. Picture: PA', 'Fans at Wembley.', 'PA'],
      ['Fans at Wembley. Pictures: Jane Doe', 'Fans at Wembley.', 'Jane Doe'],
      ['Fans at Wembley. Pic: Jane Doe', 'Fans at Wembley.', 'Jane Doe'],
      ['A cartoon of the minister. Illustration: Jane Doe', 'A cartoon of the minister.', 'Jane Doe'],
      ['Protesters in London. Credit: Jane Doe', 'Protesters in London.', 'Jane Doe'],
      ['Protesters in London. Photo credit: Jane Doe', 'Protesters in London.', 'Jane Doe'],
      ['Protesters in London. Image credit: Jane Doe', 'Protesters in London.', 'Jane Doe'],
      ['Protesters in London. Copyright: Jane Doe', 'Protesters in London.', 'Jane Doe'],
      ['The harbour at dawn. © Jane Doe', 'The harbour at dawn.', 'Jane Doe'],
      ['The harbour at dawn ©Jane Doe 2024', 'The harbour at dawn', 'Jane Doe 2024'],
      ['PROTESTERS. PHOTO: JANE DOE', 'PROTESTERS.', 'JANE DOE'],
    ])
  })

  it('labels without a sentence end before them', () => {
    check([
      ['Protesters in London Photo: Jane Doe', 'Protesters in London', 'Jane Doe'],
      ['Protesters in London | Photo: Jane Doe', 'Protesters in London', 'Jane Doe'],
      ['Protesters in London — Photograph: Jane Doe', 'Protesters in London', 'Jane Doe'],
      ['Protesters in London (Photo: Jane Doe)', 'Protesters in London', 'Jane Doe'],
      ['Protesters in London [Photo: Jane Doe]', 'Protesters in London', 'Jane Doe'],
      ['Protesters (Photo: Jane Doe) outside the court', 'Protesters outside the court', 'Jane Doe'],
      ['Protesters. Photo: Jane Doe. More arrived later.', 'Protesters. More arrived later.', 'Jane Doe'],
    ])
  })

  it('labels first', () => {
    check([
      ['Photo: Jane Doe. A man walks in the rain.', 'A man walks in the rain.', 'Jane Doe'],
      ['Photo by Jane Doe | A man walks in the rain', 'A man walks in the rain', 'Jane Doe'],
      ['Photo: AP Photo/J. Scott Applewhite. The Capitol at night.', 'The Capitol at night.', 'AP Photo/J. Scott Applewhite'],
    ])
  })

  it('a caption that is only a credit gives empty text', () => {
    check([
      ['Photo: Jane Doe', '', 'Jane Doe'],
      ['Photo: Jane Doe.', '', 'Jane Doe'],
      ['Photograph: Jane Doe/Reuters', '', 'Jane Doe/Reuters'],
      ['Credit: Getty Images', '', 'Getty Images'],
    ])
    check([['Photo: Jane Doe', '', 'Jane Doe']], 'text')
  })

  it('other languages', () => {
    check([
      ['Demonstranten in Berlin. Foto: dpa', 'Demonstranten in Berlin.', 'dpa'],
      ['Manifestantes en Madrid. Foto: EFE', 'Manifestantes en Madrid.', 'EFE'],
      ['Manifestanti a Roma. Foto: ANSA', 'Manifestanti a Roma.', 'ANSA'],
      ['Manifestantes em Lisboa. Fotos: Jane Doe', 'Manifestantes em Lisboa.', 'Jane Doe'],
      ['Demonstranten in Amsterdam. Foto: ANP', 'Demonstranten in Amsterdam.', 'ANP'],
      ['Der Bundestag in Berlin. Bild: Keystone', 'Der Bundestag in Berlin.', 'Keystone'],
      ['Manifestants à Paris. Photo : Jean Dupont', 'Manifestants à Paris.', 'Jean Dupont'],
      ['Manifestants à Paris. Photo\u00a0: Jean Dupont', 'Manifestants à Paris.', 'Jean Dupont'],
      ['Manifestants à Paris. Crédit photo : AFP', 'Manifestants à Paris.', 'AFP'],
      ['Manifestants à Paris. Crédits : AFP', 'Manifestants à Paris.', 'AFP'],
      ['Митинг в Москве. Фото: Сергей Пономарев', 'Митинг в Москве.', 'Сергей Пономарев'],
      ['Митинг в Москве. Фото: ТАСС', 'Митинг в Москве.', 'ТАСС'],
    ])
  })

  it('courtesy keeps its words', () => {
    check([
      ['A family photo. Courtesy of the Smith family', 'A family photo.', 'Courtesy of the Smith family'],
      ['The probe near Mars. Courtesy NASA', 'The probe near Mars.', 'Courtesy NASA'],
      ['A view, photo courtesy of NASA', 'A view', 'courtesy of NASA'],
      ['The probe near Mars. Image courtesy of NASA/JPL', 'The probe near Mars.', 'courtesy of NASA/JPL'],
    ])
  })

  it('a lower-case label inside a sentence is running text', () => {
    check([
      ['A photo by her son shows the house.', 'A photo by her son shows the house.', null],
      ['The picture: a crowd in the square', 'The picture: a crowd in the square', null],
      ['The Telephoto: lens and its uses', 'The Telephoto: lens and its uses', null],
    ])
  })

  it('a label followed by a description is not a credit, and no caption text either', () => {
    check([
      ['Image: A satellite view of the storm.', 'A satellite view of the storm.', null],
      [
        'Image: the storm approaching the coast of Florida early on Monday morning as seen from space',
        'the storm approaching the coast of Florida early on Monday morning as seen from space',
        null,
      ],
      ['Image: Jose Mourinho has agreed a deal to become manager of Tottenham Hotspur', 'Jose Mourinho has agreed a deal to become manager of Tottenham Hotspur', null],
    ])
  })
})

describe('splitCredit: agency forms', () => {
  it('photographer / agency, last', () => {
    check([
      ['Protesters in Moscow. Sergey Ponomarev/AP', 'Protesters in Moscow.', 'Sergey Ponomarev/AP'],
      ['Protesters in Moscow. Sergey Ponomarev/AP.', 'Protesters in Moscow.', 'Sergey Ponomarev/AP'],
      ['Protesters in Moscow. Jane Doe / Reuters', 'Protesters in Moscow.', 'Jane Doe / Reuters'],
      ['A protest in Paris. Jane Doe/Getty Images', 'A protest in Paris.', 'Jane Doe/Getty Images'],
      ['A protest in Paris. Jane Doe/AFP via Getty Images', 'A protest in Paris.', 'Jane Doe/AFP via Getty Images'],
      ['A protest. Jane Doe/SOPA Images/LightRocket via Getty Images', 'A protest.', 'Jane Doe/SOPA Images/LightRocket via Getty Images'],
      ['Smoke over Gaza — Mohammed Saber/EPA', 'Smoke over Gaza', 'Mohammed Saber/EPA'],
      ['Smoke over Gaza | Mohammed Saber / EPA-EFE', 'Smoke over Gaza', 'Mohammed Saber / EPA-EFE'],
    ])
  })

  it('agency / photographer', () => {
    check([
      ['President Biden at the White House. AP Photo/Evan Vucci', 'President Biden at the White House.', 'AP Photo/Evan Vucci'],
      ['Protesters in Madrid. EPA-EFE/Juan Carlos Hidalgo', 'Protesters in Madrid.', 'EPA-EFE/Juan Carlos Hidalgo'],
      ['Protesters in Moscow. REUTERS/Maxim Shemetov', 'Protesters in Moscow.', 'REUTERS/Maxim Shemetov'],
      ['The summit. AP Photo/J. Scott Applewhite, File', 'The summit.', 'AP Photo/J. Scott Applewhite, File'],
      ['The summit. AFP/Getty Images', 'The summit.', 'AFP/Getty Images'],
    ])
  })

  it('photographer / publication', () => {
    check([['The president arrives. Doug Mills/The New York Times', 'The president arrives.', 'Doug Mills/The New York Times']])
  })

  it('photographer, comma, agency (US papers printing wire photos), only as a whole segment', () => {
    check([
      ['Patrick Semansky, ASSOCIATED PRESS', '', 'Patrick Semansky, ASSOCIATED PRESS'],
      ['The ambassador arrives. Patrick Semansky, Associated Press', 'The ambassador arrives.', 'Patrick Semansky, Associated Press'],
      ['Protesters march in Washington, AP', 'Protesters march in Washington, AP', null],
      ['Workers in Kyiv, Reuters', 'Workers in Kyiv, Reuters', null],
    ])
  })

  it('photographer for the publication', () => {
    check([
      ['Fans celebrate. Jane Doe for The New York Times', 'Fans celebrate.', 'Jane Doe for The New York Times'],
      ['Fans celebrate. Jane Doe for Reuters', 'Fans celebrate.', 'Jane Doe for Reuters'],
    ])
  })

  it('agencies and libraries alone', () => {
    check([
      ['A view of the city. AFP via Getty Images', 'A view of the city.', 'AFP via Getty Images'],
      ['A view of the city. Getty Images', 'A view of the city.', 'Getty Images'],
      ['A view of the city. Shutterstock', 'A view of the city.', 'Shutterstock'],
      ['A view of the city. Reuters', 'A view of the city.', 'Reuters'],
      ['A view of the city. Alamy Stock Photo', 'A view of the city.', 'Alamy Stock Photo'],
      ['Getty Images', '', 'Getty Images'],
      ['Sergey Ponomarev/AP', '', 'Sergey Ponomarev/AP'],
    ])
  })

  it('via an agency', () => {
    check([
      ['A house in Kyiv. Jane Doe via Getty Images', 'A house in Kyiv.', 'Jane Doe via Getty Images'],
      [
        'Smoke rises. Ukrainian Presidential Press Service/Handout via REUTERS',
        'Smoke rises.',
        'Ukrainian Presidential Press Service/Handout via REUTERS',
      ],
    ])
  })

  it('parenthesised or bracketed at the end', () => {
    check([
      ['A view of Kyiv (Reuters)', 'A view of Kyiv', 'Reuters'],
      ['A view of Kyiv. (Reuters)', 'A view of Kyiv.', 'Reuters'],
      ['President Biden at the White House (AP Photo/Evan Vucci, File)', 'President Biden at the White House', 'AP Photo/Evan Vucci, File'],
      ['Biden speaks. (AP Photo/J. Scott Applewhite)', 'Biden speaks.', 'AP Photo/J. Scott Applewhite'],
      ['Protesters in Moscow [Sergey Ponomarev/AP]', 'Protesters in Moscow', 'Sergey Ponomarev/AP'],
      ['Protesters in Moscow [Sergey Ponomarev]', 'Protesters in Moscow', 'Sergey Ponomarev'],
    ])
  })

  it('an organisation in square brackets at the end, with "via" or a slash', () => {
    check([
      ['A concept for a lunar lander [SpaceX via Nasa]', 'A concept for a lunar lander', 'SpaceX via Nasa'],
      ['Protesters in Moscow [Ministry of Defence/Handout]', 'Protesters in Moscow', 'Ministry of Defence/Handout'],
    ])
  })

  it('a web address in brackets at the end, or after the last sentence', () => {
    check([
      ['Materials from the state’s viral campaign. (onmeth.com)', 'Materials from the state’s viral campaign.', 'onmeth.com'],
      ['A view of the Moon. [www.nasa.gov]', 'A view of the Moon.', 'www.nasa.gov'],
      ['A view of the Moon. NASA.gov', 'A view of the Moon.', 'NASA.gov'],
    ])
  })

  it('a credit line that says how the photo came ("Submitted photo"), after the caption or run on to it', () => {
    check([
      ['Christopher Battin  Submitted photo', 'Christopher Battin', 'Submitted photo'],
      ['The team after the final. Contributed photo', 'The team after the final.', 'Contributed photo'],
      ['The old courthouse in 1950 File photo', 'The old courthouse in 1950', 'File photo'],
      ['Jane Doe, the new principal. Courtesy photo', 'Jane Doe, the new principal.', 'Courtesy photo'],
    ])
  })

  it('an organisation and a photographer joined by a slash, in brackets at the end', () => {
    check([
      ["Artist's impression of the crater. (NASA Goddard Space Flight Center/Jane Doe)", "Artist's impression of the crater.", 'NASA Goddard Space Flight Center/Jane Doe'],
      ['A map of the crater. (Max Planck Institute for Astronomy/Jane Doe)', 'A map of the crater.', 'Max Planck Institute for Astronomy/Jane Doe'],
    ])
  })

  it('a parenthesis that is not a credit stays', () => {
    check([
      ['Vladimir Putin (left) and Xi Jinping', 'Vladimir Putin (left) and Xi Jinping', null],
      ['The new stadium (pictured)', 'The new stadium (pictured)', null],
      ['The mayor of Lviv (Ukraine)', 'The mayor of Lviv (Ukraine)', null],
      ['A jet at Dubai World Central (DWC)', 'A jet at Dubai World Central (DWC)', null],
      ['A man holds a file photo of his son', 'A man holds a file photo of his son', null],
      ['Fans at the arena [Reuters said]', 'Fans at the arena [Reuters said]', null],
      ['A menu (p. 3)', 'A menu (p. 3)', null],
      ['Brock Nelson (29) scores against Matt Murray (30)', 'Brock Nelson (29) scores against Matt Murray (30)', null],
      ['The comet (red) passes the planet (blue)', 'The comet (red) passes the planet (blue)', null],
      ['Players of both teams (Home/Away)', 'Players of both teams (Home/Away)', null],
    ])
  })

  it('credit first', () => {
    check([
      ['Sergey Ponomarev/AP — Protesters in Moscow', 'Protesters in Moscow', 'Sergey Ponomarev/AP'],
      ['Getty Images | A view of the city', 'A view of the city', 'Getty Images'],
      ['Reuters. Protesters in Moscow.', 'Protesters in Moscow.', 'Reuters'],
    ])
  })

  it('a credit run on with no separator', () => {
    check([
      ['Protesters in Moscow Sergey Ponomarev/AP', 'Protesters in Moscow', 'Sergey Ponomarev/AP'],
      ['Protesters in Moscow REUTERS/Maxim Shemetov', 'Protesters in Moscow', 'REUTERS/Maxim Shemetov'],
      ['Protesters in Moscow AP Photo/Evan Vucci', 'Protesters in Moscow', 'AP Photo/Evan Vucci'],
      ['A view of the city AFP via Getty Images', 'A view of the city', 'AFP via Getty Images'],
      ['A view of the city Shutterstock', 'A view of the city', 'Shutterstock'],
      ['Fans in Madrid Jane Doe for The New York Times', 'Fans in Madrid', 'Jane Doe for The New York Times'],
    ])
  })

  it('a photographer and a wire service after a comma, run on with no separator', () => {
    check([
      ['Eastern Michigan quarterback John Smith III Jane Doe, Associated Press', 'Eastern Michigan quarterback John Smith III', 'Jane Doe, Associated Press'],
      ['Fans in the stadium Jane Doe, AP', 'Fans in the stadium', 'Jane Doe, AP'],
    ])
  })

  it('a lone agency word run on to a description is not split', () => {
    check([['Protesters speak to Reuters', 'Protesters speak to Reuters', null]])
  })
})

describe('splitCredit: captions as pages print them', () => {
  it('a credit run on to the caption with no space', () => {
    check([
      ['Rep. Ilhan Omar speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file', 'Rep. Ilhan Omar speaks at the Capitol on July 25, 2019.', 'J. Scott Applewhite / AP file'],
      ['The house in Braunau am Inn, Austria.Leonhard Foeger / Reuters file', 'The house in Braunau am Inn, Austria.', 'Leonhard Foeger / Reuters file'],
      ['The hospital where the patients sought treatmentCredit: EPA', 'The hospital where the patients sought treatment', 'EPA'],
      ['He didn’t get it.Credit...Doug Mills/The New York Times', 'He didn’t get it.', 'Doug Mills/The New York Times'],
      ['Stocks fell.Photograph: Jeenah Moon/Bloomberg/Getty Images', 'Stocks fell.', 'Jeenah Moon/Bloomberg/Getty Images'],
    ])
  })

  it('more labels', () => {
    check([
      ['Home Depot stock fell. Photograph by Robyn Beck/AFP/Getty Images', 'Home Depot stock fell.', 'Robyn Beck/AFP/Getty Images'],
      ['Troops remain in Afghanistan [File: Reuters]', 'Troops remain in Afghanistan', 'Reuters'],
      ['Europa rising above Jupiter. (Source: NASA)', 'Europa rising above Jupiter.', 'NASA'],
      ['Image Source: Neil Godwin / Future Publishing/Shutterstock', '', 'Neil Godwin / Future Publishing/Shutterstock'],
      ['A simulated galaxy cluster. (Image: © TNG Collaboration)', 'A simulated galaxy cluster.', 'TNG Collaboration'],
      ['Разве этой красотке дашь 53 года? Фото @paulinaporizkov', 'Разве этой красотке дашь 53 года?', '@paulinaporizkov'],
    ])
  })

  it('a credit after a label keeps a short capitalised part after a dash', () => {
    check([
      ['A hunter ate a rabbit. Credit: Getty - Contributor', 'A hunter ate a rabbit.', 'Getty - Contributor'],
      ['Photo by Jane Doe | A man walks in the rain', 'A man walks in the rain', 'Jane Doe'],
    ])
  })

  it('two labelled credits in a row make one credit, labels kept', () => {
    check([
      ['John M. Ford in 1987. Photo illustration by Slate. Photo by David Dyer-Bennet.', 'John M. Ford in 1987.', 'Photo illustration by Slate. Photo by David Dyer-Bennet'],
    ])
  })

  it('a source and a maker printed together under a chart are one credit, its first label left out (issue 22)', () => {
    check([
      ['Median household income by county, 2023. Source: Census Bureau | Image credit: Jon Roe', 'Median household income by county, 2023.', 'Census Bureau | Image credit: Jon Roe'],
      ['Source: Census Bureau | Image credit: Jon Roe', '', 'Census Bureau | Image credit: Jon Roe'],
      ['Jobs added each month since 2020. Photographer: Jane Doe | Source: Bureau of Labor Statistics', 'Jobs added each month since 2020.', 'Jane Doe | Source: Bureau of Labor Statistics'],
      ['Rents rose fastest in the Sun Belt. Credit: Jane Doe; Source: Zillow', 'Rents rose fastest in the Sun Belt.', 'Jane Doe; Source: Zillow'],
      ['Median household income, 2023 (Source: Census Bureau | Image credit: Jon Roe)', 'Median household income, 2023', 'Census Bureau | Image credit: Jon Roe'],
      ['Median household income by county, 2023Source: Census Bureau', 'Median household income by county, 2023', 'Census Bureau'],
      ['A heron at low tide. Photographer: Jane Doe', 'A heron at low tide.', 'Jane Doe'],
    ])
  })

  it('an artwork\'s rights line and photo credit are one credit, the "©" that opens it left out (issue 22)', () => {
    check([
      ['Claude Monet, Water Lilies, 1906. Oil on canvas. © Estate of Jane Doe. Photo: John Roe', 'Claude Monet, Water Lilies, 1906. Oil on canvas.', 'Estate of Jane Doe. Photo: John Roe'],
      ['Jane Doe, Untitled, 2020. Oil on linen. © Jane Doe. All rights reserved, DACS 2025. Photo: John Roe', 'Jane Doe, Untitled, 2020. Oil on linen.', 'Jane Doe. All rights reserved, DACS 2025. Photo: John Roe'],
      ['Jane Doe, Untitled, 2020. © Jane Doe. Photo: John Roe. Courtesy Gallery Roe', 'Jane Doe, Untitled, 2020.', 'Jane Doe. Photo: John Roe. Courtesy Gallery Roe'],
    ])
  })

  it('a bare link label naming nobody ("Source", "(Image Source)", "via") is neither caption text nor credit (issue 22)', () => {
    check([
      ['Median household income by county. Source', 'Median household income by county.', null],
      ['(Image Source)', '', null],
      ['A map of the river (via)', 'A map of the river', null],
      ['The source of the river', 'The source of the river', null],
    ])
  })

  it('"Photo courtesy" and "Image courtesy" without "of" are labels too (issue 22)', () => {
    check([
      ['Photo courtesy Method Architecture', '', 'courtesy Method Architecture'],
      ['The lobby. Image courtesy Method Architecture', 'The lobby.', 'courtesy Method Architecture'],
    ])
  })

  it('a label printed with a bar, two labels joined by "&", and "Photography by" (issue 22)', () => {
    check([
      ['A dancer on stage. Photo | Jane Doe', 'A dancer on stage.', 'Jane Doe'],
      ['The lobby of the hotel. Source & Photography: Studio Roe', 'The lobby of the hotel.', 'Studio Roe'],
      ['The lobby of the hotel. Photography by Jane Doe', 'The lobby of the hotel.', 'Jane Doe'],
      ['The best photo | our picks of the week', 'The best photo | our picks of the week', null],
    ])
  })

  it('a stock photographer\'s lower-case handle or a double slash before the library is a credit (issue 22)', () => {
    check([
      ['imaginima/Getty Images', '', 'imaginima/Getty Images'],
      ['A nurse checks a patient. fizkes/iStock', 'A nurse checks a patient.', 'fizkes/iStock'],
      ['OsakaWayne Studios//Getty Images', '', 'OsakaWayne Studios//Getty Images'],
    ])
  })

  it('a name and an agency across a bar, first or last', () => {
    check([
      ['Alex Wong | Getty Images Kristi Noem, governor of South Dakota, in 2018.', 'Kristi Noem, governor of South Dakota, in 2018.', 'Alex Wong | Getty Images'],
      ['Kristi Noem in 2018. Alex Wong | Getty Images', 'Kristi Noem in 2018.', 'Alex Wong | Getty Images'],
    ])
  })

  it('screen-reader labels and gallery counters are not caption text', () => {
    check([
      ['Image copyright Getty Images Image caption Scooter Braun has managed Justin Bieber', 'Scooter Braun has managed Justin Bieber', 'Getty Images'],
      ['Media captionWho is Julian Assange?', 'Who is Julian Assange?', null],
      ['Image caption Taylor Swift on stage', 'Taylor Swift on stage', null],
      ['1of4A shopper looks at extension cords. (Elias Funez/The Union via AP)', 'A shopper looks at extension cords.', 'Elias Funez/The Union via AP'],
      ['2 / 12 Crowds in the square', 'Crowds in the square', null],
    ])
  })

  it('a gallery caption\'s expand or collapse toggle at its end is not caption text', () => {
    check([
      ['The old bridge at dawn, seen from the east bank. less', 'The old bridge at dawn, seen from the east bank.', null],
      ['The old bridge at dawn. (AP Photo/Jane Doe) Show less', 'The old bridge at dawn.', 'AP Photo/Jane Doe'],
      ['The old bridge at dawn, seen from the ... more', 'The old bridge at dawn, seen from the', null],
      ['The old bridge at dawn, seen from the… Read more', 'The old bridge at dawn, seen from the', null],
      ['The old bridge at dawn. less Photo: Jane Doe, AP', 'The old bridge at dawn.', 'Jane Doe, AP'],
    ])
  })

  it('a word "less" or "more" that is part of the caption stays', () => {
    check([
      ['Prices of bread, milk and more', 'Prices of bread, milk and more', null],
      ['A town that needs much less', 'A town that needs much less', null],
    ])
  })

  it('a copyright credit printed before the caption with no separator', () => {
    check([
      ['© Jane Doe Needle poking skin during a flu shot at a health center in Washington.', 'Needle poking skin during a flu shot at a health center in Washington.', 'Jane Doe'],
      ['© Reuters Protesters march in Moscow on Saturday.', 'Protesters march in Moscow on Saturday.', 'Reuters'],
    ])
  })

  it('a copyright sign before a caption that starts with a name is not split by a guess', () => {
    check([
      [
        '© Jane Doe President Joe Biden speaks to reporters at the White House in Washington on Monday.',
        '© Jane Doe President Joe Biden speaks to reporters at the White House in Washington on Monday.',
        null,
      ],
    ])
  })

  it('a pointer to the picture ("Above:") that opens the caption is not caption text', () => {
    check([
      ['Above: A coworking space in San Francisco. Image Credit: WeWork', 'A coworking space in San Francisco.', 'WeWork'],
      ['Pictured: The old bridge at dawn', 'The old bridge at dawn', null],
      ['Above all, the bridge must stay open', 'Above all, the bridge must stay open', null],
    ])
  })

  it('a leading credit needs an agency to end with, and a capital after it', () => {
    check([
      ['Getty Images CEO Craig Peters speaks at a conference', 'Getty Images CEO Craig Peters speaks at a conference', null],
      ['Doug Mills/The New York Times Protesters in Washington', 'Doug Mills/The New York Times Protesters in Washington', null],
    ])
  })
})

describe('splitCredit: no credit', () => {
  it('ordinary captions are left alone', () => {
    const captions = [
      'President Atambayev speaking in Moscow.',
      'A view of New York City',
      'Kiev/Kyiv',
      'The either/or question',
      'Vladimir Putin and Xi Jinping in Beijing on Monday.',
      'Firefighters battle the blaze. Dozens of homes were destroyed.',
      'The AP Stylebook on a desk',
      'A man reads the Reuters report.',
      'Der Bundestag in Berlin',
      'Митинг в Москве',
    ]
    for (const source of ['html', 'text'] as const) {
      for (const caption of captions) expect(splitCredit(caption, source), caption).toEqual({ text: caption, credit: null })
    }
  })

  it('empty and blank captions', () => {
    expect(splitCredit('', 'html')).toEqual({ text: '', credit: null })
    expect(splitCredit(' \u00a0\n ', 'text')).toEqual({ text: '', credit: null })
  })
})

describe('splitCredit: whitespace', () => {
  it('normalises whitespace and NBSP in text and credit', () => {
    expect(splitCredit('  Protesters\u00a0in\n Moscow.\u00a0 Sergey\u00a0Ponomarev/AP ', 'html')).toEqual({
      text: 'Protesters in Moscow.',
      credit: 'Sergey Ponomarev/AP',
    })
  })

  it('normalises a caption with no credit too', () => {
    expect(splitCredit(' A\u00a0view\t of  Kyiv ', 'html')).toEqual({ text: 'A view of Kyiv', credit: null })
  })
})

describe('credit patterns', () => {
  it('every label and form is named and explained, names unique', () => {
    const names = [...CREDIT_LABELS, ...CREDIT_FORMS].map((p) => p.name)
    expect(new Set(names).size).toBe(names.length)
    for (const p of [...CREDIT_LABELS, ...CREDIT_FORMS]) expect(p.reason.length).toBeGreaterThan(10)
  })
})

describe('splitCredit: robustness', () => {
  const alphabet = fc.constantFrom(
    'Photo', ':', ' ', '. ', '/', 'AP', 'Jane', 'Doe', 'J.', '(', ')', '[', ']', '©', 'via', 'Getty Images',
    'for', 'The', 'Times', 'a', 'view', ' — ', '|', 'Фото', '\u00a0', 'courtesy of', 'Mr.',
  )
  const captions = fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join(''))

  it('never throws; text and credit are normalised pieces of the caption', () => {
    fc.assert(
      fc.property(captions, fc.constantFrom('html' as const, 'text' as const), (caption, source) => {
        const r = splitCredit(caption, source)
        expect(r.text).toBe(r.text.trim())
        expect(r.text.includes('  ')).toBe(false)
        if (r.credit !== null) {
          expect(r.credit.length).toBeGreaterThan(0)
          expect(r.credit).toBe(r.credit.trim())
          expect(r.text.length + r.credit.length).toBeLessThanOrEqual(caption.length)
        } else {
          // A bare link label naming nobody ("(via)", "Source") at the end is dropped, no credit given.
          expect(caption.replace(/\s+/g, ' ').trim().replace(BARE_SOURCE_LABEL, '').trim().endsWith(r.text)).toBe(true)
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (caption) => {
        splitCredit(caption, 'text')
        splitCredit(caption, 'html')
      }),
      { numRuns: 2000 },
    )
  })

  it('returns on long and adversarial captions (time per MB is shown by npm run bench:hostile)', () => {
    const adversarial = [
      'Jane '.repeat(20000),
      'J. '.repeat(20000),
      'Photo: '.repeat(10000),
      'A/B '.repeat(20000),
      `${'Aaaa Bbbb '.repeat(5000)}/AP`,
      `${'( '.repeat(20000)}(Reuters)`,
      `${'Mr. '.repeat(20000)}Sergei Porter`,
      'de '.repeat(20000),
      `${'Aaaa of '.repeat(10000)}via Reuters`,
      'a. '.repeat(20000),
      'Photo: a. '.repeat(10000),
      'Photo: Jane Doe '.repeat(10000),
      `${'x'.repeat(100000)}.`,
    ]
    for (const caption of adversarial) {
      for (const source of ['text', 'html'] as const) {
        const split = splitCredit(caption, source)
        expect(split.text.length + (split.credit?.length ?? 0), caption.slice(0, 20)).toBeLessThanOrEqual(caption.length)
      }
    }
  })
})

describe('repeated captions', () => {
  it('are split once, and each caller gets a copy of its own', () => {
    const first = splitCredit('The bridge at night. Photo: Jane Roe', 'html')
    first.text = 'changed by a caller'
    expect(splitCredit('The bridge at night. Photo: Jane Roe', 'html')).toEqual({ text: 'The bridge at night.', credit: 'Jane Roe' })
  })
})
