// Types for snowball-stemmers (a JavaScript port of the Snowball stemmers; it ships none).
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
