/**
 * The Chinese page's island: the check with the Chinese texts (its question words come with the page). Its own entry,
 * so the Chinese page never loads an English question, step or message meaning unless the reader asks for it.
 */
import { textsFor } from '../../lib/check/texts/zh-cn';
import CheckApp from './CheckApp';
import { checkPropsOf, type CheckProps, type PageDataRef } from './context';

export default function CheckZhCn(props: CheckProps | PageDataRef) {
  // The props never change (read once from the page), so the texts are built once.
  const given = checkPropsOf(props);
  return <CheckApp {...given} texts={textsFor(given.questionTexts)} />;
}
