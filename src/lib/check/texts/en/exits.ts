/**
 * What the honest exits say in English: why the check cannot help, and where help is (`help.1`, `help.2`, ... in
 * order). Loaded only when a user reaches an exit.
 */
import type { ExitTexts } from '../keys';

export const exits = {
  'exit.outside-mainland.title': 'This check covers sellers in mainland China only',
  'exit.outside-mainland.body':
    'This check follows mainland Chinese law and the rules of mainland platforms, and is written for sellers in mainland China. With a seller in Hong Kong, Macao or Taiwan, or abroad, which law applies, where you can complain, and how you could sue and collect all differ, so our plan could mislead you.',
  'exit.outside-mainland.help.1':
    'If you bought on a platform, use its after-sales service and dispute process first; if on the shop’s own website, contact the shop under its returns policy.',
  'exit.outside-mainland.help.2': 'Contact the consumer body of the place where the seller is based.',
  'exit.outside-mainland.help.3':
    'If you paid by card, ask your bank about its dispute process, and ask at once: banks and card schemes set time limits.',
  'exit.business-purchase.title': 'This check is for personal purchases',
  'exit.business-purchase.body':
    'Consumer law protects people who buy for their own or their family’s use. A purchase for a business is an ordinary commercial contract, and 12315 complaints are not accepted for it.',
  'exit.business-purchase.help.1':
    'Your contract with the seller and the Civil Code still apply: you can still negotiate, use the platform’s dispute process, or go to court.',
  'exit.business-purchase.help.2': 'For a large amount, talk to a lawyer.',
  'exit.already-in-court.title': 'You are already in court',
  'exit.already-in-court.body':
    'Once a court has your case, it decides what happens next. A general plan from us could clash with what the court has asked of you.',
  'exit.already-in-court.help.1':
    'Follow the court’s notices and deadlines, and ask the judge or clerk named on the court’s notice if anything is unclear.',
  'exit.already-in-court.help.2': 'Local legal aid centres and lawyers can advise on your case.',
  'exit.already-in-court.help.3': 'Our guide to going to court explains small claims and fees.',
} satisfies ExitTexts;

export type ExitTextKey = keyof typeof exits;
