/**
 * Message templates (content/templates/<id>.yaml) and the placeholder registry (content/templates/_placeholders.yaml).
 * Chinese comes first because the seller, the platform and the regulator read it; English says what it means.
 */
import { z } from 'astro/zod';
import { placeholdersIn } from './placeholders';

export const placeholderSchema = z.strictObject({
  en: z.string().min(3),
  /** Its name as a Chinese reader fills it in: shown as 【订单号】 on Chinese pages. */
  zh: z.string().min(2),
  example: z.string().min(1),
  /** Personal details stay out of share links unless the user asks to include them. */
  personal: z.boolean(),
});

export const placeholderRegistrySchema = z.record(z.string().regex(/^[a-z_]+$/), placeholderSchema);

export function templateSchema(known: { guides: ReadonlySet<string>; placeholders: ReadonlySet<string> }) {
  const unknownIn = (text: string) => placeholdersIn(text).filter((name) => !known.placeholders.has(name));
  return z
    .strictObject({
      title: z.string().min(5),
      purpose: z.string().min(20),
      titleZh: z.string().min(4),
      purposeZh: z.string().min(10),
      shownOn: z.array(
        z
          .string()
          .refine((slug) => known.guides.has(slug), { error: (i) => `unknown guide slug "${String(i.input)}"` }),
      ),
      zh: z.string().min(20),
      en: z.string().min(20),
    })
    .superRefine((template, ctx) => {
      for (const lang of ['zh', 'en'] as const) {
        for (const name of unknownIn(template[lang])) {
          ctx.addIssue({
            code: 'custom',
            path: [lang],
            message: `placeholder {${name}} is not in content/templates/_placeholders.yaml`,
          });
        }
      }
      const zh = placeholdersIn(template.zh).sort().join();
      const en = placeholdersIn(template.en).sort().join();
      if (zh !== en) ctx.addIssue({ code: 'custom', path: ['en'], message: 'uses different placeholders from zh' });
    });
}
