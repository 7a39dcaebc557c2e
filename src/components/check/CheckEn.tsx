/**
 * The English page's island: the check with the English texts. Its own entry, so the English page loads only English
 * words (its question words come with the page; its plan chunk holds English prose, the Chinese messages and their
 * meaning).
 */
import { textsFor } from '../../lib/check/texts/en';
import CheckApp from './CheckApp';
import { checkPropsOf, type CheckProps, type PageDataRef } from './context';

export default function CheckEn(props: CheckProps | PageDataRef) {
  // The props never change (read once from the page), so the texts are built once.
  const given = checkPropsOf(props);
  return <CheckApp {...given} texts={textsFor(given.questionTexts)} />;
}
