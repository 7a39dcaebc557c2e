/**
 * The Chinese page's island: the check with the Chinese texts (its question words come with the page). Its own entry,
 * so the Chinese page never loads an English question, step or message meaning unless the reader asks for it.
 */
import { textsFor } from '../../lib/check/texts/zh-cn';
import CheckApp from './CheckApp';
import type { CheckProps } from './context';

export default function CheckZhCn(props: CheckProps) {
  // The props never change (Astro hands them over once), so the texts are built once.
  return <CheckApp {...props} texts={textsFor(props.questionTexts)} />;
}
