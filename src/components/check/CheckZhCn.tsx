/**
 * The Chinese page's island: the check with the Chinese texts. Its own entry, so the Chinese page never loads an
 * English question, step or message meaning.
 */
import { texts } from '../../lib/check/texts/zh-cn';
import CheckApp from './CheckApp';
import type { CheckProps } from './context';

export default function CheckZhCn(props: CheckProps) {
  return <CheckApp {...props} texts={texts} />;
}
