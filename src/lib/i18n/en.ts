/** English UI strings: flat keys, one dictionary per locale. Page prose lives in content/, not here. */
export const en = {
  'site.name': 'RefundPath',
  'site.tagline': 'What to do when an online seller in China refuses your refund',
  'skip.main': 'Skip to main content',

  'nav.label': 'Main',
  'nav.check': 'Check your case',
  'nav.problems': 'Problems',
  'nav.excuses': 'Seller excuses',
  'nav.steps': 'Next steps',

  'search.label': 'Search the guides',
  'search.placeholder': 'For example: signed for',
  'search.submit': 'Search',
  'search.title': 'Search the guides',
  'search.description': 'Search every RefundPath guide: problems, seller excuses, next steps and the laws behind them.',
  'search.filterLegend': 'Show',
  'search.filterAll': 'All guides',
  'search.results': 'Results',
  'search.status.idle': 'Type a word or a phrase, such as “not as described” or “12315”.',
  'search.status.loading': 'Searching…',
  'search.status.count': '{count} guides found for “{query}”.',
  'search.status.one': '1 guide found for “{query}”.',
  'search.status.none': 'No guide matches “{query}”. Try fewer or simpler words, or browse the problems and excuses.',
  'search.status.failed': 'Search could not load. Please reload the page, or browse the guides from the home page.',
  'search.status.dev':
    'Search needs a production build: the index is made by “npm run build”. Run “npm start” and open the site it serves.',

  'footer.disclaimer': 'RefundPath gives general information about Chinese consumer law, not legal advice.',
  'footer.about': 'About and privacy',
  'footer.laws': 'Laws we cite',
  'footer.reviewed': 'Facts last reviewed {date}.',

  'breadcrumb.label': 'Breadcrumb',
  'breadcrumb.home': 'Home',

  'guide.lastReviewed': 'Last reviewed {date}',
  'guide.related': 'Related guides',
  'guide.disclaimer': 'This is general information, not legal advice for your case.',
  'guide.checkCta': 'Get a step-by-step plan for your case',
  'guide.lawsCited': 'Laws cited on this page',

  'kind.case.title': 'Problems',
  'kind.case.one': 'Problem',
  'kind.case.intro': 'Pick what went wrong. Each guide says what the law gives you and what to do first.',
  'kind.excuse.title': 'Seller excuses',
  'kind.excuse.one': 'Seller excuse',
  'kind.excuse.intro': 'What sellers say to refuse a refund, and what the law says back.',
  'kind.step.title': 'Next steps',
  'kind.step.one': 'Next step',
  'kind.step.intro': 'If the seller says no, move up one step at a time. Each step has its own guide.',
  'kind.evidence.title': 'Evidence',
  'kind.evidence.one': 'Evidence',
  'kind.evidence.intro': 'What to keep, and how, so that a platform, regulator or court believes you.',
  'kind.prevention.title': 'Avoiding problems',
  'kind.prevention.one': 'Prevention',
  'kind.prevention.intro': 'Small habits before and after you buy that make a refund easy to get.',
  'kind.reference.title': 'Reference',
  'kind.reference.one': 'Reference',
  'kind.reference.intro': 'Background you may need along the way.',

  'home.title': 'Seller refused your refund? What to do now',
  'home.description':
    'Plain guides to getting your money back from an online seller in mainland China: your rights, the seller’s excuses, and where to go next.',
  'home.heading': 'The seller refused your refund. What now?',
  'home.lead':
    'You probably have more rights than the seller says. Find your problem, read what the law says, and move up the ladder below one step at a time.',
  'home.checkCta': 'Check your case',
  'home.checkNote': 'A few plain questions, then a plan with dates and messages to send.',
  'home.ladderHeading': 'The four steps, in order',
  'home.ladderIntro': 'Start at the top. Move down only if the step before did not work.',
  'home.casesHeading': 'What went wrong?',
  'home.excusesHeading': 'What did the seller say?',
  'home.preventionHeading': 'Before your next order',

  'check.title': 'Check your case',
  'check.description':
    'The interactive check is coming. Until then, follow the four steps and read the guide for your problem.',
  'check.heading': 'Check your case',
  'check.comingSoon':
    'The interactive check is not ready yet. It will ask a few plain questions and write a plan for your case, with dates and messages to send.',
  'check.meanwhile': 'Until then, this is what to do. Start with step 1.',
  'check.casesHeading': 'Guides by problem',
  'check.excusesHeading': 'Guides by seller excuse',

  'laws.title': 'Laws we cite',
  'laws.description':
    'Every law and platform rule RefundPath cites, in plain English, with the Chinese wording and its source.',
  'laws.heading': 'Laws and rules we cite',
  'laws.intro':
    'Each guide links its legal claims here. “Verified” means we read the official text. “Secondary” means we read it in a reliable reprint or report, so the wording may differ.',
  'laws.article': 'Article',
  'laws.chinese': 'In Chinese',
  'laws.inForce': 'In force since',
  'laws.source': 'Source',
  'laws.status': 'How sure we are',
  'laws.status.verified': 'Verified',
  'laws.status.secondary': 'Secondary source',
  'laws.citedBy': 'Cited in',
  'laws.citedByNone': 'Not cited in a guide yet.',
  'laws.kind.law': 'Law',
  'laws.kind.platform': 'Platform rule (not law)',

  'about.title': 'About and privacy',
  'about.description': 'What RefundPath is and is not, where its facts come from, and why it tracks nothing.',

  'notFound.title': 'Page not found',
  'notFound.description': 'This page does not exist. Start from the home page or search the guides.',
  'notFound.heading': 'We could not find that page',
  'notFound.body': 'The address may be mistyped, or the page may have moved. These will get you back on track:',
  'notFound.home': 'Go to the home page',
  'notFound.search': 'Search the guides',

  'lang.label': 'Language',
  'lang.readIn': 'Read this page in {language}',
} as const;

export type UiKey = keyof typeof en;
