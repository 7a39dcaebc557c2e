/**
 * The English page's island: the check with the English texts. Its own entry, so the English page loads only English
 * words (its question words come with the page; its plan chunk holds English prose, the Chinese messages and their
 * meaning).
 */
import { textsFor } from '../../lib/check/texts/en';
import CheckApp from './CheckApp';
import type { CheckProps } from './context';

export default function CheckEn(props: CheckProps) {
  // The props never change (Astro hands them over once), so the texts are built once.
  return <CheckApp {...props} texts={textsFor(props.questionTexts)} />;
}
