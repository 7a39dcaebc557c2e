import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4455/zh-cn/search/');
for (const qq of process.argv.slice(2)) {
  const r = await p.evaluate(
    `(async () => { const pf = await import('/pagefind/pagefind.js'); await pf.init(); const s = await pf.search(${JSON.stringify(qq)}); const d = await Promise.all(s.results.slice(0,4).map(r=>r.data())); return [s.results.length, d.map(x=>x.url.replace('/zh-cn/',''))]; })()`,
  );
  console.log(qq, JSON.stringify(r));
}
await b.close();
