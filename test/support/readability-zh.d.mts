/** Types for readability-zh.mjs, which stays plain JavaScript so writers can run it with `node` alone. */
export declare const zhLong: number;
export declare const zhMax: number;
export declare const zhMaxLongShare: number;
export declare function proseOfZh(mdx: string): string;
export declare function planProseZh(text: string): string;
export declare function measureZh(text: string): {
  sentences: number;
  characters: number;
  longShare: number;
  long: string[];
  tooLong: string[];
};
