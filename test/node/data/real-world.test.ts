/**
 * What a reader sees on a card made from each real-world JSON-LD block.
 *
 * Every value below was read off the fixture by hand: this table is the
 * specification. A new fixture fails the coverage test until it has a row.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

import { ArticleDataError, normalizeArticle } from '../../../src/data/index.js';
import type { Article } from '../../../src/data/index.js';

const folder = new URL('../../fixtures/real-world/', import.meta.url);

/** The parts of an Article a reader notices on a card. */
interface Seen {
  url: string;
  headline: string;
  description?: string;
  section?: string;
  authors?: string[];
  publisher?: string;
  datePublished?: string;
  dateModified?: string;
  image?: { src: string; alt: string; width?: number; height?: number; caption?: string; credit?: string };
  lang?: string;
  kind: Article['kind'];
}

interface Row {
  /** One file (its text is passed as is) or sibling blocks of one page (passed as an array). */
  files: string[];
  seen?: Seen;
  error?: { field: string; reason: RegExp };
}

function seenOf(article: Article): Seen {
  const image = article.image;
  const seen: Record<string, unknown> = {
    url: article.url,
    headline: article.headline,
    description: article.description,
    section: article.section,
    authors: article.authors?.map((author) => author.name),
    publisher: article.publisher?.name,
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    image: image && {
      src: image.src,
      alt: image.alt,
      width: image.width,
      height: image.height,
      caption: image.caption,
      credit: image.credit,
    },
    lang: article.lang,
    kind: article.kind,
  };
  const prune = (object: Record<string, unknown>) => {
    for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
  };
  prune(seen);
  if (seen.image) prune(seen.image as Record<string, unknown>);
  return seen as unknown as Seen;
}

const missingUrl = { field: 'url', reason: /^missing$/ };
const notJson = (detail: RegExp) => ({ field: 'json', reason: new RegExp(`^not valid JSON: .*${detail.source}`) });

const rows: Row[] = [
  {
    files: ['1000things-1.json'],
    seen: {
      // Yoast graph: url from the WebPage the article points to; `&#038;` decoded once.
      url: 'https://www.1000things.at/blog/wellnessoasen-thermen-vulkanland/',
      headline: '6 Wellnessoasen für eure Auszeit im Thermen- & Vulkanland',
      section: 'Ausflug',
      authors: ['Evgenia Karp'],
      publisher: '1000things',
      datePublished: '2023-11-06T15:01:00+00:00',
      // dateModified (08:41) is before datePublished (15:01): no "Updated".
      image: {
        src: 'https://cdn.1000things.at/app/uploads/2023/10/c-tv-thermen-vulkanland-michael-konigshofer-1-scaled.jpg',
        alt: '6 Wellnessoasen für eure Auszeit im Thermen- & Vulkanland',
        width: 2560,
        height: 1705,
        // The caption is only a copyright line: it is the credit, not a caption.
        credit: 'TV Thermen- & Vulkanland | Michael Königshofer',
      },
      lang: 'de-DE',
      kind: 'article',
    },
  },
  {
    files: ['aerztezeitung-1.json'],
    seen: {
      url: 'https://www.aerztezeitung.de/Wirtschaft/Bundesverwaltungsgericht-BfArM-nicht-zur-Abgabe-von-Natrium-Pentobarbital-verpflichtet-444360.html',
      headline:
        'Urteil : Bundesverwaltungsgericht: Keine Erleichterung für Schwerkranke beim Zugang zu Natrium-Pentobarbital',
      description:
        'Schwerkranke Menschen haben gegen das Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM) keinen Anspruch darauf, Medikamente zur Selbsttötung zu bekommen. Das hat das Bundesverwaltungsgericht entschieden.',
      authors: ['Springer Medizin, Ärzte Zeitung'],
      publisher: 'Springer Medizin Verlag GmbH, Ärzte Zeitung',
      datePublished: '2023-11-07T10:37:58+01:00',
      image: {
        src: 'https://www.aerztezeitung.de/Bilder/Ein-Flaeschchen-Pentobarbital-Natrium-aus-einer-Apotheke-218528.jpg',
        alt: 'Urteil : Bundesverwaltungsgericht: Keine Erleichterung für Schwerkranke beim Zugang zu Natrium-Pentobarbital',
        width: 620,
        height: 297,
        credit: 'Winfried Rothermel / picture alliance',
      },
      lang: 'de-DE',
      kind: 'article',
    },
  },
  {
    files: ['aktualne-1.json'],
    seen: {
      url: 'https://sport.aktualne.cz/fotbal/zahranici/west-ham-hrozi-gigantum-okouzlil-i-linekera-souckovu-praci-j/r~8fa032ba3add11ec8a900cc47ab5f122/',
      // `name` is the site name; the headline wins.
      headline: 'West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout',
      description: 'Zázrak jedné sezony? West Ham United dává pochybovačům stále pádnější odpovědi.',
      authors: ['Aleš Vávra'],
      publisher: 'Aktuálně.cz',
      datePublished: '2021-11-01T09:52:50.000Z',
      image: {
        src: 'https://cdn.xsd.cz/original/9b6b601b440031309c748f864087a138.jpg',
        alt: 'West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout',
        credit: 'Reuters',
      },
      kind: 'article',
    },
  },
  {
    files: ['albayan-1.json'],
    seen: {
      url: 'https://www.albayan.ae/across-the-uae/news-and-reports/2020-06-03-1.3874341',
      headline: 'القائم بأعمال السفارة الأفغانية يثمّن جهود الإمارات',
      description:
        'ثمّن أحمد ساير داودزي، القائم بأعمال السفارة الأفغانية لدى الدولة، جهود الإمارات وتعاملها مع فيروس كورونا المستجد، إذ قدمت كل التسهيلات للمقيمين على أرضها خلال الأزمة، وهي مستمرة في تقديم المساعدات للدول في العالم.ودعا داودزي أبناء الجالية الأفغانية في ال',
      section: 'عبر الإمارات',
      authors: ['(أبوظبي - البيان)'],
      publisher: 'البيان',
      datePublished: '2020-06-02T23:01:00.000Z',
      image: {
        src: 'https://www.albayan.ae/polopoly_fs/1.3874336.1591133409!/image/image.jpg',
        alt: 'القائم بأعمال السفارة الأفغانية يثمّن جهود الإمارات',
      },
      lang: 'ar',
      kind: 'article',
    },
  },
  {
    files: ['ambito-1.json'],
    seen: {
      url: 'https://www.ambito.com/politica/paritarias/al-rojo-gremios-la-alimentacion-marcan-inflacion-53-abril-y-amenazan-paro-n5431248',
      headline: 'Paritarias al rojo: gremios de la alimentación marcan inflación de 5,3% en abril y amenazan con paro',
      description:
        'El sindicato reclama 60% de aumento. En Buenos Aires, Rodolfo Daer amenaza con ir al paro esta misma noche.',
      section: 'Política',
      authors: ['Mariano Martín'],
      publisher: 'ámbito.com',
      datePublished: '2022-05-04T03:00:00.000Z',
      image: {
        src: 'https://media.ambito.com/p/590622bf117ffb2787b50c4508974dbd/adjuntos/239/imagenes/039/830/0039830012/rodolfo-daerjpg.jpg',
        alt: 'Rodolfo Daer.',
        width: 1200,
        height: 1200,
        caption: 'Rodolfo Daer.',
      },
      // "InLanguage": "es_AR.UTF-8", a POSIX locale.
      lang: 'es-AR',
      kind: 'article',
    },
  },
  {
    files: ['aoc-1.invalid.txt'],
    // An unescaped <img> tag with double quotes inside image.url.
    error: notJson(/position 1210 \(line 1, column 1211\)/),
  },
  {
    files: ['bbc-1.json'],
    seen: {
      url: 'https://www.bbc.com/news/business-40504764',
      headline: 'The man who built a $1bn firm in his basement',
      description:
        'How an IT worker quit his day job, and despite having no ideas to begin with, launched a firm from home that made him a multi-millionaire.',
      authors: ['Will Smale'],
      publisher: 'BBC News',
      datePublished: '2017-07-09T23:17:52.000Z',
      dateModified: '2017-07-14T20:28:07.000Z',
      image: {
        src: 'https://ichef.bbci.co.uk/news/1024/branded_news/D20B/production/_96817735_carl4.jpg',
        alt: 'The man who built a $1bn firm in his basement',
        width: 1024,
        height: 576,
      },
      kind: 'article',
    },
  },
  {
    files: ['biobiochile-1.json'],
    seen: {
      url: 'https://www.biobiochile.cl/noticias/nacional/region-de-los-rios/2022/05/04/gremios-de-los-camioneros-no-descartan-nueva-movilizacion-realizaran-consulta-nacional.shtml',
      headline: 'Gremios de los camioneros no descartan nueva movilización: realizarán consulta nacional',
      description:
        'Con una consulta nacional, la Confederación del Transporte de Cargas definirá este jueves las acciones a seguir y no descartan una nueva movilización.',
      section: 'nacional',
      authors: ['Alberto González'],
      publisher: 'BioBioChile',
      datePublished: '2022-05-04T01:10:21-04:00',
      dateModified: '2022-05-04T01:16:39-04:00',
      image: {
        src: 'https://media.biobiochile.cl/wp-content/uploads/2022/05/camionero-movilizacion-consulta-nacional-750x400.jpg',
        alt: 'Gremios de los camioneros no descartan nueva movilización: realizarán consulta nacional',
        width: 730,
        height: 350,
        caption: 'Gremios de los camioneros no descartan nueva movilización: realizarán consulta nacional',
      },
      lang: 'es-ES',
      kind: 'article',
    },
  },
  {
    files: ['bloomberg-1.json'],
    seen: {
      url: 'https://www.bloomberg.com/news/articles/2016-05-24/as-zenefits-stumbles-gusto-goes-head-on-by-selling-insurance',
      headline: 'As Zenefits Stumbles, Gusto Goes Head-On by Selling Insurance',
      description: 'The HR startups go to war.',
      authors: ['Ellen Huet'],
      publisher: 'Bloomberg',
      datePublished: '2016-05-24T18:00:03.894Z',
      // dateModified is 5 ms later: the CMS saving twice, not an update.
      image: {
        src: 'https://assets.bwbx.io/images/users/iqjWHBFdfxIU/ioh_yWEn8gHo/v3/1200x800.jpg',
        alt: 'As Zenefits Stumbles, Gusto Goes Head-On by Selling Insurance',
      },
      kind: 'article',
    },
  },
  {
    files: ['chicagotribune-1.json'],
    seen: {
      url: 'https://www.chicagotribune.com/politics/ct-biden-visit-to-belvidere-uaw-2023-20231108-nu3rcfkeurasvf5jiqz5ydh4eq-story.html',
      headline: 'President Joe Biden coming to Belvidere, saying UAW agreement validates economic strategy',
      description:
        'Biden’s visit is an effort to show his post-COVID economic strategy dubbed “Bidenomics” is working.',
      section: 'politics',
      authors: ['Rick Pearson'],
      publisher: 'Chicago Tribune',
      datePublished: '2023-11-08T23:25:12.335Z',
      image: {
        src: 'https://www.chicagotribune.com/resizer/0mmdLuVVFBDUlCuTqNJWDNv3p2g=/2048x1487/cloudfront-us-east-1.images.arcpublishing.com/tronc/UD5UP4K37RC6BNVDO3Y6H37J5I.jpg',
        alt: 'President Joe Biden coming to Belvidere, saying UAW agreement validates economic strategy',
        width: 2048,
        height: 1487,
      },
      kind: 'article',
    },
  },
  {
    files: ['cio-1.json'],
    seen: {
      url: 'https://www.cio.com/article/4049199/the-partnership-enabling-pegasystems-to-maximize-open-source-potential.html',
      headline: 'The partnership enabling Pegasystems to maximize open-source potential',
      authors: ['Joanne Carew'],
      publisher: 'CIO',
      datePublished: '2025-09-01T14:10:40+01:00',
      dateModified: '2025-09-05T03:00:00-07:00',
      image: {
        src: 'https://www.cio.com/wp-content/uploads/2025/09/4049199-0-61547700-1757066560-Ramzi-Souri-VP-of-cloud-technologies-Pegasystems.png',
        alt: 'The partnership enabling Pegasystems to maximize open-source potential',
      },
      kind: 'article',
    },
  },
  {
    files: ['cnn-1.json'],
    seen: {
      url: 'https://edition.cnn.com/videos/media/2021/03/09/prince-harry-meghan-markle-oprah-cbs-this-morning-orig-jk.cnn',
      headline: 'Harry and Meghan talk about decision to leave royal life',
      description:
        '"CBS This Morning" released unseen clips from Oprah\'s interview with Harry and Meghan. Meghan compared her experiences to those of her sister-in-law, Kate Middleton.',
      datePublished: '2021-03-14T19:14:36Z',
      image: {
        src: 'https://cdn.cnn.com/cnnnext/dam/assets/210306112611-02-harry-meghan-oprah-handout-exlarge-169.jpg',
        alt: 'Harry and Meghan talk about decision to leave royal life',
      },
      kind: 'video',
    },
  },
  {
    files: ['corkbeo-1.json'],
    seen: {
      url: 'https://www.corkbeo.ie/news/local-news/level-3-live-cork-ireland-19056312',
      headline: 'Level 3 LIVE from Cork as Ireland adapts to incoming coronavirus restrictions',
      description: 'The country avoided Level 5 last night, but NPHET have warned it may be down the line',
      authors: ["Gavin O'Callaghan"],
      publisher: 'Cork Beo',
      datePublished: '2020-10-06T07:15:59Z',
      dateModified: '2020-10-06T20:22:53Z',
      image: {
        src: 'https://i2-prod.corkbeo.ie/news/article18026320.ece/ALTERNATES/s615/0_Screen-Shot-2020-04-02-at-075118.png',
        alt: 'Level 3 LIVE from Cork as Ireland adapts to incoming coronavirus restrictions',
        width: 615,
        height: 409,
      },
      kind: 'live',
    },
  },
  {
    files: ['denverpost-1.json'],
    seen: {
      url: 'https://www.denverpost.com/2023/11/08/colorado-high-school-football-playoffs-second-weekend-2023/',
      headline:
        'Colorado high school football playoffs: Chalk, toss-ups and upset alerts in the second weekend of postseason play',
      section: 'Preps',
      authors: ['Matt Schubert'],
      publisher: 'The Denver Post',
      datePublished: '2023-11-09T01:09:55Z',
      image: {
        src: 'https://www.denverpost.com/wp-content/uploads/2023/09/TDP-L-GRANDVIEW-EAGLECREST_DSC8605.jpg?w=1024',
        alt: 'Colorado high school football playoffs: Chalk, toss-ups and upset alerts in the second weekend of postseason play',
      },
      kind: 'article',
    },
  },
  // Alone, block 2 has no URL at all (and a zoneless date): no card.
  { files: ['denverpost-2.json'], error: missingUrl },
  {
    files: ['economist-1.json'],
    seen: {
      url: 'https://www.economist.com/open-future/2018/06/18/why-collaborative-thinking-beats-individual-smarts',
      headline: 'Why collaborative thinking beats individual smarts',
      section: 'Open Future',
      authors: ['The Economist'],
      publisher: 'The Economist',
      datePublished: '2018-06-18T16:16:03Z',
      dateModified: '2018-06-18T16:56:47Z',
      image: {
        src: 'https://www.economist.com/sites/default/files/20180623_BLP502.jpg',
        alt: 'Why collaborative thinking beats individual smarts',
      },
      kind: 'article',
    },
  },
  // No url, and mainEntityOfPage is the string "True".
  { files: ['elsiglo-1.json'], error: missingUrl },
  { files: ['eluniversal-1.invalid.txt'], error: notJson(/\(line 9, column 67\)/) },
  { files: ['energetyka24-1.invalid.txt'], error: notJson(/"@author": Daniel/) },
  {
    files: ['engadget-1.json'],
    seen: {
      url: 'https://www.engadget.com/2019-01-07-all-github-users-keep-code-private.html',
      headline: 'All GitHub users can keep their code private',
      section: 'Gear',
      authors: ['Mallory Locklear'],
      publisher: 'Engadget',
      // "Mon, Jan 7 2019 15:37:00 EST" and "Thu, May 13 2021 14:01:31 EDT".
      datePublished: '2019-01-07T20:37:00.000Z',
      dateModified: '2021-05-13T18:01:31.000Z',
      image: {
        src: 'https://s.yimg.com/uu/api/res/1.2/UdtkLCXFNoeaVmiAAtPvTw--~B/Zmk9ZmlsbDtoPTQ1MTt3PTY3NTthcHBpZD15dGFjaHlvbg--/https://s.yimg.com/uu/api/res/1.2/K0jagCHTBRKuVb_rt7LQ_g--~B/aD0xMDY5O3c9MTYwMDthcHBpZD15dGFjaHlvbg--/https://o.aolcdn.com/images/dims?crop=4834%2C3230%2C0%2C0&quality=85&format=jpg&resize=1600%2C1069&image_uri=https%3A%2F%2Fs.yimg.com%2Fos%2Fcreatr-images%2F2019-01%2F2d1e22f0-12ae-11e9-bae7-60d640081814&client=a1acac3e1b3290917d92&signature=269ae0af3a1a1772ffea6759d126791b9ad25184.cf.webp',
        alt: 'All GitHub users can keep their code private',
        width: 1600,
        height: 1069,
      },
      kind: 'article',
    },
  },
  {
    files: ['faz-1.json'],
    seen: {
      url: 'https://www.faz.net/aktuell/wirtschaft/nutzerbasierte-abrechnung-musik-stars-fordern-neues-streaming-modell-16604622.html',
      headline: 'Musik-Stars fordern neues Streaming-Modell',
      description:
        'Die Abogebühr eines Nutzers soll nur noch unter den Künstlern verteilt werden, die er gehört hat, so das Ziel der Initiative. Dabei gehe es auch um „kulturelle Vielfalt“. Welche Chancen hat diese Forderung?',
      authors: ['Benjamin Fischer', 'Marcus Theurer'],
      publisher: 'Frankfurter Allgemeine Zeitung',
      // "Tue Jan 28 15:28:56 CET 2020", "Tue Jan 28 15:49:07 CET 2020".
      datePublished: '2020-01-28T14:28:56.000Z',
      dateModified: '2020-01-28T14:49:07.000Z',
      image: {
        src: 'https://media0.faz.net/ppmedia/aktuell/wirtschaft/1366479992/1.6604694/default-retina/auch-herbert-groenemeyer.jpg',
        alt: 'Musik-Stars fordern neues Streaming-Modell',
        width: 1900,
        height: 1265,
      },
      kind: 'article',
    },
  },
  // Neither url nor mainEntityOfPage.
  { files: ['ft-1.json'], error: missingUrl },
  {
    files: ['hola-1.json'],
    seen: {
      url: 'https://www.hola.com/us/celebrities/20240624701307/rauw-alejandro-bruna-marquezine-dreams-to-accomplish/',
      headline:
        "Rauw Alejandro and Bruna Marquezine on the dreams they want to accomplish: 'To have kids and a serene love'",
      description:
        '"She is gorgeous. Her vibe and personality are amazing. We had a great time working together," Rauw said about Bruna.',
      section: 'Celebrities',
      authors: ['Daniel Neira'],
      publisher: 'HOLA! USA',
      datePublished: '2024-06-24T20:23:34.721Z',
      image: {
        src: 'https://www.hola.com/us/horizon/landscape/2ec6ca11d80b-new-york-new-york-rauw-alejandro-and-bruna-marquezine-are-seen-during-a-photosho.jpg',
        alt: "Rauw Alejandro and Bruna Marquezine on the dreams they want to accomplish: 'To have kids and a serene love'",
        width: 1920,
        height: 1080,
      },
      // The article says "en"; the WebPage node in another block says "es".
      lang: 'en',
      kind: 'article',
    },
  },
  {
    files: ['journalistenwatch-1.json'],
    seen: {
      url: 'https://journalistenwatch.com/2023/11/01/ladensterben-immer-dramatischer/',
      // Kept as published, site-name suffix included: `&raquo;` decoded.
      headline: 'Ladensterben immer dramatischer » ☆☆☆☆☆ - Journalistenwatch e.V. - Aktuelle Geschehnisse',
      description:
        'Das giftgrüne Wirtschaftswunder hinterlässt seine ersten Spuren, der Mittelstand wird durch Habeck & Genossen zerstört, die einst florierende d',
      // "Wirtschaft, Tipps": the first of a comma-joined list.
      section: 'Wirtschaft',
      authors: ['Rasender Reporter'],
      publisher: 'Journalistenwatch - Newswatch',
      datePublished: '2023-11-01T12:30:56+01:00',
      image: {
        src: 'https://journalistenwatch.com/wp-content/uploads/2023/11/shutterstock_2153364371.jpg',
        alt: 'Ladensterben immer dramatischer » ☆☆☆☆☆ - Journalistenwatch e.V. - Aktuelle Geschehnisse',
        width: 1000,
        height: 667,
      },
      lang: 'de-DE',
      kind: 'article',
    },
  },
  {
    files: ['katapult-1.json'],
    seen: {
      url: 'https://katapult-magazin.de/de/artikel/anzahl-zugelassener-parteien',
      headline: 'Anzahl zugelassener Parteien',
      description:
        'Nach einer Wahl werden in den Nachrichten (verständlicherweise) meist nur die Gewinner bzw. die Ergebnisse der großen Volksparteien veröffentlicht. Die kleineren Parteien und Wählergruppen, die es in der Regel nicht ins Parlament schaffen, werden hingegen als "Sonstige" zusammengefasst. Doch wie stark sind diese sonstigen Parteien eigentlich? Hier ein Überblick.',
      authors: ['Tim Ehlers'],
      publisher: 'Katapult-Magazin gGmbH',
      // A calendar date stays a date; modified is the same day.
      datePublished: '2023-10-26',
      image: {
        src: 'https://katapult-magazin.de/media/pages/artikel/anzahl-zugelassener-parteien/54339466cc-1698312637/zugelassene-parteien-deutschland-1200x.jpg',
        alt: 'Anzahl zugelassener Parteien',
        width: 1200,
        height: 1200,
      },
      kind: 'article',
    },
  },
  {
    files: ['larepublica-1.json'],
    seen: {
      url: 'https://larepublica.pe/datos-lr/respuestas/2022/05/02/cronograma-minedu-2022-cuando-seran-las-vacaciones-escolares-atmp/',
      headline: '¿Cuándo serán las primeras vacaciones escolares del 2022, según el cronograma del Minedu?',
      description:
        'Según lo dispuesto por la cartera de Educación, son un total de 3 de periodos de receso los que gozarán los escolares durante el presente año educativo.',
      section: 'respuestas',
      authors: ['La República'],
      publisher: 'LaRepública.pe',
      datePublished: '2022-05-08T06:00:00-05:00',
      // modified one second later: not an update.
      image: {
        src: 'https://larepublica.pe/resizer/0gy3vkE6TEIGp9-WLN2VCDSwozg=/1250x735/top/smart/cloudfront-us-east-1.images.arcpublishing.com/gruporepublica/CCITECQZZZGP5NKJKXKXAZB7LE.png',
        alt: '¿Cuándo serán las primeras vacaciones escolares del 2022, según el cronograma del Minedu?',
        width: 1250,
        height: 735,
        credit: 'La República',
      },
      kind: 'article',
    },
  },
  {
    files: ['lemonde-1.json'],
    seen: {
      url: 'https://www.lemonde.fr/en/economy/article/2023/10/29/striking-us-auto-union-reaches-tentative-deal-with-stellantis_6211625_19.html',
      headline: 'Striking US auto union reaches tentative deal with Stellantis',
      description:
        'The agreement reached Saturday after 44 days of strike action that simultaneously targeted Detroit\'s "Big Three" automakers, is similar to one struck earlier this week with Ford, the union said. GM now remains the only automaker without a tentative deal',
      section: 'Economy',
      authors: ['Le Monde with AFP'],
      publisher: 'Le Monde',
      datePublished: '2023-10-29T04:28:52+01:00',
      image: {
        src: 'https://img.lemde.fr/2023/10/28/500/0/6000/3000/1342/671/60/0/65dafdf_ce7e38ec0e844d7da93f8a09c84e15dc-0-41904239adc440a590014b493d2c5605.jpg',
        alt: 'Striking US auto union reaches tentative deal with Stellantis',
        width: 1342,
        height: 696,
      },
      kind: 'article',
    },
  },
  {
    files: ['lrt-1.json'],
    seen: {
      url: 'https://www.lrt.lt/naujienos/verslas/4/1261660/finansu-ministerija-vidaus-rinkoje-pasiskolino-30-mln-euru',
      headline: 'Finansų ministerija vidaus rinkoje pasiskolino 30 mln. eurų',
      description:
        '„Nasdaq“ Vilniaus biržoje pirmadienį įvykusiame dvylikos metų trukmės Vyriausybės vertybinių popierių (VVP) emisijos, iki kurios išpirkimo liko 4124 dienos, papildymo aukcione obligacijų išplatinta už 30 mln. eurų, vidutinė palūkanų norma buvo 0,197 procento.',
      authors: ['BNS'],
      publisher: 'lrt.lt',
      datePublished: '2020-10-26T11:44:00Z',
      image: {
        src: 'https://www.lrt.lt/img/2020/10/26/749523-777553-1287x836.jpg',
        alt: 'Euras',
        width: 1287,
        height: 836,
        caption: 'Euras',
      },
      kind: 'article',
    },
  },
  {
    files: ['mashable-1.json'],
    seen: {
      url: 'https://mashable.com/article/dune-movie-hbo-review',
      headline: "The new 'Dune' is a great start — but can't outrun the book's biggest problem",
      description:
        'The movie, now on HBO Max, is brilliantly faithful to the Frank Herbert original. That reveals some flaws.',
      section: 'Entertainment',
      authors: ['Chris Taylor'],
      publisher: 'Mashable',
      datePublished: '2021-10-22T00:44:09+00:00',
      dateModified: '2021-10-29T15:36:15+00:00',
      image: {
        src: 'https://helios-i.mashable.com/imagery/articles/03kMbX4uhsnOpnHQkfhoNzO/hero-image.fill.size_1200x675.v1634938507.jpg',
        // The no-break space after "a.k.a." is the publisher's typography and stays.
        alt: "Timothée Chalamet, a.k.a. Paul Atreides, a.k.a.\u00a0Muad'Dib, a.k.a. the Kwisatz Haderach: A white male savior by many other names.",
        width: 1200,
        height: 675,
        caption:
          "Timothée Chalamet, a.k.a. Paul Atreides, a.k.a.\u00a0Muad'Dib, a.k.a. the Kwisatz Haderach: A white male savior by many other names.",
      },
      kind: 'article',
    },
  },
  // A raw newline inside the description string.
  { files: ['motorsport-total-1.invalid.txt'], error: notJson(/control character.*\(line 18, column 186\)/) },
  {
    files: ['natgeo-uk-1.json'],
    seen: {
      url: 'https://www.nationalgeographic.co.uk/environment-and-conservation/2020/01/ravenous-wild-goats-ruled-island-over-century-now-its-being',
      headline: "Ravenous wild goats ruled this island for over a century. Now, it's being reborn.",
      authors: ['National Geographic'],
      publisher: 'National Geographic',
      datePublished: '2020-01-03T09:48:24Z',
      dateModified: '2020-01-06T09:22:36Z',
      image: {
        src: 'https://static.nationalgeographic.co.uk/files/styles/desktop/public/rewilding-redonda.jpg',
        // The image's name is a file name, so the caption describes it.
        alt: 'The island of Redonda, once thought doomed by ravenous goats and rats.',
        width: 1280,
        height: 640,
        caption: 'The island of Redonda, once thought doomed by ravenous goats and rats.',
        credit: 'Ed Marshall, Redonda Restoration Programme',
      },
      kind: 'article',
    },
  },
  {
    files: ['nbcnews-1.json'],
    seen: {
      url: 'https://www.nbcnews.com/news/us-news/no-charges-filed-against-kenosha-officers-jacob-blake-shooting-n1252739',
      headline: 'No charges filed against Kenosha officers in Jacob Blake shooting',
      description:
        'Rusten Sheskey, the police officer who shot Jacob Blake in the back on Aug. 23, will not face any criminal charges, Wisconsin prosecutors said Tuesday.',
      section: 'news',
      authors: ['David K. Li', 'Doha Madani'],
      publisher: 'NBC News',
      datePublished: '2021-01-06T00:34:00.000Z',
      dateModified: '2021-01-06T16:50:01.000Z',
      image: {
        src: 'https://media4.s-nbcnews.com/i/newscms/2020_45/3407342/200825-jacob-blake-2x1-se-152p_19527f3bde0e0abf3b82395738909a41.jpg',
        alt: 'Jacob Blake.',
        width: 1200,
        height: 600,
        caption: 'Jacob Blake.',
      },
      kind: 'article',
    },
  },
  {
    files: ['nbcnews-2.json'],
    seen: {
      url: 'https://www.nbcnews.com/now/video/kenosha-district-attorney-says-there-will-be-no-charges-in-shooting-of-jacob-blake-98875461754',
      headline: 'Kenosha district attorney: There will be no charges in shooting of Jacob Blake',
      description:
        'Kenosha County District Attorney Michael Gravely announces that there will be no charges in the shooting of Jacob Blake.',
      // uploadDate "Tue Jan 05 2021 21:36:30 GMT+0000 (UTC)".
      datePublished: '2021-01-05T21:36:30.000Z',
      image: {
        src: 'https://media12.s-nbcnews.com/i/MSNBC/Components/Video/202101/ott_now_kenosha_da_210105_1920x1080.jpg',
        alt: 'Kenosha district attorney: There will be no charges in shooting of Jacob Blake',
      },
      kind: 'video',
    },
  },
  {
    files: ['npr-1.json'],
    seen: {
      url: 'https://www.npr.org/2020/12/23/949764249/fork-the-government',
      headline: 'Fork The Government',
      description:
        'A global pandemic might not be the best time to try something new with technology. But Taiwan decided to do it anyway. | Subscribe to our weekly newsletter here.',
      // One Person whose name is an array of two people.
      authors: ['Darian Woods', 'Sarah Gonzalez'],
      publisher: 'NPR',
      datePublished: '2020-12-23T22:36:27-05:00',
      image: {
        src: 'https://media.npr.org/assets/img/2020/12/23/gettyimages-1199493836_wide-b0f8c2e44d3617f2f5ff7f4dceff064ecad00439.jpg',
        alt: 'Fork The Government',
      },
      kind: 'article',
    },
  },
  {
    files: ['nytimes-1.json'],
    seen: {
      url: 'https://www.nytimes.com/2017/07/03/smarter-living/how-to-see-what-the-internet-knows-about-you.html',
      headline: 'How to See What the Internet Knows About You (And How to Stop It)',
      description: 'Welcome to the second edition of the Smarter Living newsletter.',
      authors: ['Tim Herrera'],
      // The publisher is a reference to a block this input does not have.
      datePublished: '2017-07-03T09:00:04.000Z',
      dateModified: '2017-07-03T20:45:14.000Z',
      image: {
        src: 'https://static01.nyt.com/images/2017/06/23/smarter-living/Sl-newsletter-header/Sl-newsletter-header-videoSixteenByNineJumbo1600-v4.jpg',
        alt: 'How to See What the Internet Knows About You (And How to Stop It)',
        width: 1600,
        height: 901,
      },
      kind: 'article',
    },
  },
  { files: ['nytimes-2.json'], error: { field: '@type', reason: /^no article found/ } },
  {
    files: ['prnewswire-1.json'],
    seen: {
      url: 'https://www.prnewswire.com/news-releases/hackerrank--cybermedia-technologies-partner-to-help-close-the-stem-skills-gap-in-federal-government-300256929.html',
      headline: 'HackerRank & Cybermedia Technologies Partner to Help Close the STEM Skills Gap in Federal Government',
      description:
        '/PRNewswire/ -- HackerRank, a platform that ranks engineers based on their coding skills and helps companies discover talent faster, today announced a...',
      datePublished: '2016-04-25T03:39:00-04:00',
      dateModified: '2018-06-29T05:07:45-04:00',
      // image [""]: no photo.
      kind: 'article',
    },
  },
  {
    files: ['registerguard-1.json'],
    seen: {
      url: 'https://www.registerguard.com/article/20200413/NEWS/200419902',
      headline: 'Second suspect in shooting turns himself in',
      section: 'News',
      authors: ['Tatiana Parafiniuk-Talesnick'],
      publisher: 'The Register-Guard',
      // "20200414T00:38:07Z"; modified (00:38:00) is earlier.
      datePublished: '2020-04-14T00:38:07.000Z',
      image: {
        src: 'https://www.registerguard.com/storyimage/CK/20200413/NEWS/200419902/AR/0/AR-200419902.jpg',
        alt: 'Second suspect in shooting turns himself in',
        width: 3693,
        height: 2519,
      },
      kind: 'article',
    },
  },
  {
    files: ['repubblica-1.json'],
    seen: {
      url: 'https://www.repubblica.it/esteri/2023/11/02/diretta/israele_hamas_news_guerra_gaza_oggi-419364605/',
      headline:
        'Israele - Hamas, le news di oggi. Israele: “Gaza è accerchiata”. Media: “Raid su campo profughi Bureij, almen…',
      // `&nbsp;` decoded to a no-break space.
      description:
        'Le news in diretta dal conflitto tra Israele e Hamas.\u00a0Idf, alto ufficiale israeliano ucciso a Gaza.',
      authors: ['Repubblica.it'],
      publisher: 'la Repubblica',
      datePublished: '2023-11-01T23:01:00Z',
      dateModified: '2023-11-02T15:58:23Z',
      kind: 'live',
    },
  },
  { files: ['reuters-1.invalid.txt'], error: notJson(/'South Kor/) },
  {
    files: ['scmp-1.json'],
    seen: {
      url: 'https://www.scmp.com/comment/opinion/article/3046526/taiwanese-president-tsai-ing-wens-political-playbook-should-be',
      headline:
        'Taiwanese President Tsai Ing-wen’s political playbook should be essential reading for Hong Kong leader...',
      // The description, "Taiwanese President Tsai Ing-wen’s ", only repeats the headline's start.
      section: 'Opinion',
      authors: ['Alice Wu'],
      publisher: 'South China Morning Post',
      datePublished: '2020-01-20T10:00:08+08:00',
      dateModified: '2020-01-20T10:09:41+08:00',
      image: {
        src: 'https://cdn.i-scmp.com/sites/default/files/styles/1200x800/public/d8/images/methode/2020/01/17/41c241e4-38f7-11ea-9933-e21be988cd59_image_hires_193421.JPG?itok=XSU5_PXB&v=1579260866',
        alt: 'Taiwanese President Tsai Ing-wen’s political playbook should be essential reading for Hong Kong leader...',
        width: 1200,
        height: 800,
      },
      lang: 'en-GB',
      kind: 'article',
    },
  },
  {
    files: ['sfchronicle-1.json'],
    seen: {
      url: 'https://www.sfchronicle.com/business/article/Nasdaq-center-in-SF-offers-free-classes-for-7338290.php',
      headline: 'Nasdaq center in SF offers free classes for entrepreneurs',
      description: '[...] it’s natural to think that San Francisco’s new Nasdaq Entrepreneurial Center,...',
      section: 'Business',
      authors: ['Carolyn Said'],
      publisher: 'SFGATE',
      datePublished: '2016-04-25T23:37:17Z',
      // dateModified (23:38:36) is 79 s later: the first saves, under the 5-minute threshold.
      image: {
        src: 'https://s.hdnux.com/photos/45/53/13/9876166/6/rawImage.jpg',
        alt: 'Audience members listen to a speaker during a workshop called Bridging the Gender Gap: Entrepreneurship, Women and Investing at the Nasdaq Entrepreneurial Center April 19, 2016 in San Francisco, Calif.',
        width: 2048,
        height: 1392,
        caption:
          'Audience members listen to a speaker during a workshop called Bridging the Gender Gap: Entrepreneurship, Women and Investing at the Nasdaq Entrepreneurial Center April 19, 2016 in San Francisco, Calif.',
      },
      lang: 'en',
      kind: 'article',
    },
  },
  {
    files: ['spiegel-1.json'],
    seen: {
      url: 'https://www.spiegel.de/spiegel/print/d-161500790.html',
      headline: 'Ein Albtraum',
      section: 'Heftarchiv / DER SPIEGEL',
      authors: ['SPIEGEL ONLINE'],
      publisher: 'SPIEGEL ONLINE',
      // "2018-12-22T00:00:00+0100".
      datePublished: '2018-12-21T23:00:00.000Z',
      image: {
        src: 'https://www.spiegel.de/images/image-1099770-galleryV9-fcbd-1099770.jpg',
        alt: 'Ein Albtraum',
        width: 850,
        height: 592,
      },
      kind: 'article',
    },
  },
  {
    files: ['techcrunch-1.json'],
    seen: {
      url: 'https://techcrunch.com/2016/01/12/hackerrank-jobs-takes-the-mystery-out-of-technical-recruiting/',
      headline: 'HackerRank Makes Technical Recruiting More Transparent',
      section: 'TC',
      authors: ['Frederic Lardinois'],
      publisher: 'TechCrunch',
      datePublished: '2016-01-12T17:00:44+00:00',
      dateModified: '2016-01-12T21:25:54+00:00',
      image: {
        src: 'https://techcrunch.com/wp-content/uploads/2015/08/10-interviewed.png',
        alt: 'HackerRank Makes Technical Recruiting More Transparent',
        width: 720,
        height: 388,
      },
      lang: 'en-US',
      kind: 'article',
    },
  },
  {
    files: ['theverge-1.json'],
    seen: {
      url: 'https://www.theverge.com/2016/5/24/11763836/apple-siri-speaker-amazon-echo-alexa-google-home-ai',
      headline: 'Apple is reportedly building a Siri speaker to rival Amazon’s Echo',
      description: 'Apple could open Siri to third-party apps very soon',
      authors: ['Nick Statt'],
      publisher: 'The Verge',
      datePublished: '2016-05-24T20:49:03.000Z',
      image: {
        src: 'https://cdn.vox-cdn.com/thumbor/wAe4k6xfBfa0qU0IV3fSSdKVsH8=/0x0:1500x1000/1400x788/filters:focal(750x500:751x501)/cdn.vox-cdn.com/uploads/chorus_asset/file/15827301/siri_stock.0.0.1464122676.jpg',
        alt: 'Apple is reportedly building a Siri speaker to rival Amazon’s Echo',
        width: 1400,
        height: 788,
      },
      kind: 'article',
    },
  },
  // The video block alone has no url and no mainEntityOfPage.
  { files: ['theverge-2.json'], error: missingUrl },
  {
    files: ['timesofindia-1.json'],
    seen: {
      url: 'https://timesofindia.indiatimes.com/sports/cricket/ipl/live-blog/ipl-2020-live-cricket-score-chennai-super-kings-vs-sunrisers-hyderabad-match-14-dubai/liveblog/78447140.cms',
      headline: 'IPL 2020 Live Score, CSK vs SRH: Sunrisers Hyderabad opt to bat against Chennai Super Kings',
      description:
        'Stay updated with Times of India to get live score updates, ball-by-ball commentary of 14th match in IPL 2020 between Chennai Super Kings and Sunriser',
      authors: ['Times Of India'],
      publisher: 'Times Of India',
      datePublished: '2020-10-02T18:16:21+05:30',
      dateModified: '2020-10-02T19:02:32+05:30',
      image: {
        // contentUrl (the 1200x900 file the sizes describe), not url (another photo).
        src: 'https://timesofindia.indiatimes.com/thumb/msid-63780242,width-1200,height-900,resizemode-4/63780242.jpg',
        alt: 'IPL 2020 Live Score, CSK vs SRH: Sunrisers Hyderabad opt to bat against Chennai Super Kings',
        width: 1200,
        height: 900,
      },
      kind: 'live',
    },
  },
  // `//` comments.
  { files: ['udn-1.invalid.txt'], error: notJson(/\(line 11, column 2\)/) },
  {
    files: ['vice-1.json'],
    seen: {
      url: 'https://www.vice.com/en/article/kb77gv/google-wins-trial-against-oracle-saves-9-billion',
      headline: 'Google Wins Trial Against Oracle, Saves $9 Billion',
      authors: ['Sarah Jeong'],
      publisher: 'VICE',
      datePublished: '2016-05-26T20:14:00.000Z',
      image: {
        src: 'https://images.vice.com/motherboard/content-images/article/no-id/1464294050922700.jpg?crop=0.847111111111111xw:1xh;center,center&resize=1200:*',
        alt: 'Google Wins Trial Against Oracle, Saves $9 Billion',
      },
      kind: 'article',
    },
  },
  {
    files: ['wickedlocal-1.json'],
    seen: {
      url: 'https://upton.wickedlocal.com/article/20200924/NEWS/200928759',
      headline:
        'The battle in Congress to replace Ruth Bader Ginsburg is dashing hopes for a COVID-19 stimulus package',
      section: 'News',
      // One Person naming three writers: shown as written, not guessed apart.
      authors: ['Christal Hayes, Michael Collins, Nicholas Wu | USA TODAY'],
      publisher: 'Wicked Local Upton',
      datePublished: '2020-09-24T15:04:34.000Z',
      image: {
        // No image, only thumbnailUrl.
        src: 'https://upton.wickedlocal.com/apps/pbcsi.dll/bilde?Site=WL&Date=20200924&Category=NEWS&ArtNo=200928759&Ref=AR',
        alt: 'The battle in Congress to replace Ruth Bader Ginsburg is dashing hopes for a COVID-19 stimulus package',
      },
      kind: 'article',
    },
  },
  // Empty template values: `"width": ,`.
  { files: ['wsj-1.invalid.txt'], error: notJson(/"width": ,/) },
  {
    files: ['yahoo-1.json'],
    seen: {
      url: 'https://www.yahoo.com/news/justin-bieber-coldly-throws-fans-133800208.html',
      headline: "Justin Bieber Coldly Throws Fan's Gift Out Car Window, Belieber Hearts Break",
      description: "Justin Bieber coldly rejects a fan's gift in this viral video.",
      authors: ['Mic'],
      publisher: 'Yahoo News',
      datePublished: '2016-05-25T13:38:00.000Z',
      image: {
        src: 'https://s.yimg.com/ny/api/res/1.2/1zChVKewXwbEWKPqZbfHgg--/YXBwaWQ9aGlnaGxhbmRlcjt3PTYxNjtoPTQ2MDtjZj13ZWJw/https://media.zenfs.com/en-US/homerun/mic_26/8de763298d0eafd3534895283457892c',
        alt: "Justin Bieber Coldly Throws Fan's Gift Out Car Window, Belieber Hearts Break",
        width: 616,
        height: 460,
      },
      kind: 'article',
    },
  },
  {
    files: ['yahoo-2.json'],
    seen: {
      url: 'https://au.news.yahoo.com/the-two-aussie-covid-measures-that-could-never-work-in-the-us-222249752.html',
      headline: 'The two Aussie Covid measures that could never work in the US',
      authors: ['Tom Flanagan'],
      publisher: 'Yahoo News',
      // "Wed, 28 Oct 2020 22:22:49 GMT".
      datePublished: '2020-10-28T22:22:49.000Z',
      image: {
        src: 'https://s.yimg.com/uu/api/res/1.2/_d470oolUWa1fQRlCdKAcQ--~B/aD03NTY7dz0xNDA0O3NtPTE7YXBwaWQ9eXRhY2h5b24-/https://media-mbst-pub-ue1.s3.amazonaws.com/creatr-uploaded-images/2020-10/7d31f440-1961-11eb-bf9d-4900474ed86d',
        alt: 'The two Aussie Covid measures that could never work in the US',
      },
      kind: 'article',
    },
  },
];

// Sibling blocks of one page, fed together as a page would.
const siblingRows: Row[] = [
  {
    // The publisher reference resolves through the second block.
    files: ['nytimes-1.json', 'nytimes-2.json'],
    seen: { ...rows.find((row) => row.files[0] === 'nytimes-1.json')!.seen!, publisher: 'The New York Times' },
  },
  // The article is preferred to the video on the same page.
  {
    files: ['theverge-1.json', 'theverge-2.json'],
    seen: rows.find((row) => row.files[0] === 'theverge-1.json')!.seen!,
  },
  {
    files: ['theverge-2.json', 'theverge-1.json'],
    seen: rows.find((row) => row.files[0] === 'theverge-1.json')!.seen!,
  },
  { files: ['nbcnews-1.json', 'nbcnews-2.json'], seen: rows.find((row) => row.files[0] === 'nbcnews-1.json')!.seen! },
  // Two articles for one story: the one that makes a whole card (with a URL) wins.
  {
    files: ['denverpost-1.json', 'denverpost-2.json'],
    seen: rows.find((row) => row.files[0] === 'denverpost-1.json')!.seen!,
  },
  {
    files: ['denverpost-2.json', 'denverpost-1.json'],
    seen: rows.find((row) => row.files[0] === 'denverpost-1.json')!.seen!,
  },
];

function read(file: string): string {
  return readFileSync(new URL(file, folder), 'utf8');
}

function inputOf(files: string[]): unknown {
  return files.length === 1 ? read(files[0]!) : files.map((file) => JSON.parse(read(file)) as unknown);
}

test('real-world JSON-LD gives the card what a reader expects', async (t) => {
  const fixtures = readdirSync(folder)
    .filter((name) => name !== 'INDEX.md')
    .sort();
  assert.equal(fixtures.length, 53);
  assert.deepEqual(rows.map((row) => row.files[0]).sort(), fixtures, 'every fixture needs a row in the table');

  for (const row of [...rows, ...siblingRows]) {
    await t.test(row.files.join(' + '), () => {
      const result = normalizeArticle(inputOf(row.files));
      if (row.error) {
        assert.ok(result instanceof ArticleDataError, `expected an error, got ${JSON.stringify(result)}`);
        assert.equal(result.field, row.error.field);
        assert.match(result.reason, row.error.reason);
        return;
      }
      assert.ok(!(result instanceof ArticleDataError), `unexpected ${String(result)}`);
      assert.deepEqual(seenOf(result), row.seen);
      assert.doesNotMatch(
        JSON.stringify(result, (_key, value: unknown) => (value === undefined ? '<undefined>' : value)),
        /<undefined>/,
      );
      // Normalizing the result again changes nothing.
      assert.deepEqual(normalizeArticle(result), result);
    });
  }
});
