import { existsSync } from 'node:fs';
import { distDir } from './dist';

/** Site tests read dist/: fail at once, with the fix, when there is no build. */
export default function requireDist() {
  if (!existsSync(new URL('index.html', distDir)) || !existsSync(new URL('pagefind/pagefind.js', distDir))) {
    throw new Error('dist/ has no built site with a search index. Run "npm run build" first (npm test does).');
  }
}
