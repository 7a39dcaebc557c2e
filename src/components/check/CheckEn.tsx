/**
 * The English page's island: the check with the English texts. Its own entry, so the English page's code holds only
 * English question words (and its plan chunk only English prose, the Chinese messages and their meaning).
 */
import { texts } from '../../lib/check/texts/en';
import CheckApp from './CheckApp';
import type { CheckProps } from './context';

export default function CheckEn(props: CheckProps) {
  return <CheckApp {...props} texts={texts} />;
}
