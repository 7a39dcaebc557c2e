/** Types for readability.mjs, which stays plain JavaScript so writers can run it with `node` alone. */
export declare const maxGrade: number;
export declare const maxAverageSentence: number;
export declare function proseOf(mdx: string): string;
export declare function measure(text: string): {
  words: number;
  sentences: number;
  averageSentence: number;
  grade: number;
  longest: string;
};
