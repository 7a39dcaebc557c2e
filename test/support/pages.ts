/** One URL for each kind of page the site has: what the page-level e2e checks walk through. */
export const pageTypes = [
  { name: 'home', path: '/' },
  { name: 'Chinese home', path: '/zh-cn/' },
  { name: 'problems index', path: '/problems/' },
  { name: 'excuses index (FAQ)', path: '/excuses/' },
  { name: 'case guide', path: '/problems/defective-or-damaged/' },
  { name: 'excuse guide', path: '/excuses/signed-for-no-refund/' },
  { name: 'step guide', path: '/steps/platform-intervention/' },
  { name: 'prevention guide', path: '/prevention/avoid-refund-disputes/' },
  { name: 'check', path: '/check/' },
  { name: 'Chinese check', path: '/zh-cn/check/' },
  { name: 'search with results', path: '/search/?q=signed%20for', waitFor: '[data-results] li' },
  { name: 'laws', path: '/laws/' },
  { name: 'about', path: '/about/' },
  { name: 'not found', path: '/no-such-page/' },
] as const;
