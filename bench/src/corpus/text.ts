import { COUNCIL_GLOSSARY } from '@lgx/shared/domain';

import { type Random } from '../prng';

const GLOSSARY = new Map(COUNCIL_GLOSSARY.map((entry) => [entry[0]!, entry]));

/** Every glossary entry's first term, for sentences that may mention any of them. */
export const GLOSSARY_KEYS = [...GLOSSARY.keys()];

const numbers = new Intl.NumberFormat('en-GB');

/** A whole number formatted as people write it: 12,400. */
export const formatNumber = (value: number): string => numbers.format(Math.round(value));

/** Money as councils report it: £48,000 or £1.2m. */
export function formatMoney(pounds: number): string {
  if (pounds >= 1_000_000) return `£${(pounds / 1_000_000).toFixed(1).replace(/\.0$/, '')}m`;
  return `£${formatNumber(Math.round(pounds / 1000) * 1000)}`;
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Lower-cases the first letter for mid-sentence use, unless the first word is an acronym (ERP, CRM). */
export const midSentence = (text: string): string =>
  /^[A-Z][A-Z0-9]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);

const AS_WRITTEN: Record<string, string> = { saas: 'SaaS', genai: 'GenAI', apis: 'APIs' };

/**
 * One way of saying a glossary term, as an officer would write it: an
 * acronym in capitals (ASC, EHCP) or one of its long forms.
 */
export function glossaryTerm(key: string, random: Random): string {
  const entry = GLOSSARY.get(key);
  const term = entry ? random.pick(entry) : key;
  if (AS_WRITTEN[term]) return AS_WRITTEN[term];
  return /^[a-z0-9-]{2,5}$/.test(term) && !['bins', 'tender', 'oss'].includes(term)
    ? term.toUpperCase()
    : term;
}

/** "a DPIA", "an FOI request", "an information sharing agreement". */
export function withArticle(phrase: string): string {
  const acronym = /^[A-Z][A-Z0-9-]+\b/.test(phrase);
  const vowelSound = acronym ? /^[AEFHILMNORSX]/.test(phrase) : /^[aeiou]/i.test(phrase);
  return `${vowelSound ? 'an' : 'a'} ${phrase}`;
}

/** Fills the placeholders of a phrase ({n}, {pct}, {days}, {hours}, {k}) with plausible numbers. */
export function fill(phrase: string, random: Random): string {
  return phrase.replace(/\{(n|pct|days|hours|k)\}/g, (_match, name: string) => {
    switch (name) {
      case 'n':
        return formatNumber(random.int(2, 90) * 10);
      case 'pct':
        return String(random.int(12, 68));
      case 'days':
        return String(random.int(4, 45));
      case 'hours':
        return String(random.int(3, 20));
      default:
        return String(random.int(3, 9));
    }
  });
}

/**
 * Adds sentences from each section in turn until the text reaches `words`
 * words, or every sentence has been used once (text never repeats itself).
 */
export function compose(
  sections: (() => string)[][],
  words: number,
  random: Random,
): { text: string; words: number } {
  const unused = sections.map((section) => [...section]);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words && unused.some((pool) => pool.length > 0)) {
    for (const pool of unused) {
      const sentences: string[] = [];
      const length = random.int(2, 4);
      for (let i = 0; i < length && count < words && pool.length > 0; i++) {
        const sentence = pool.splice(Math.floor(random.next() * pool.length), 1)[0]!();
        sentences.push(sentence);
        count += sentence.split(' ').length;
      }
      if (sentences.length > 0) paragraphs.push(sentences.join(' '));
    }
  }
  return { text: paragraphs.join('\n\n'), words: count };
}

/** "in the South East", "in London", "in Wales". */
export function inRegion(region: string): string {
  return ['London', 'Scotland', 'Wales', 'Northern Ireland', 'Yorkshire and The Humber'].includes(
    region,
  )
    ? `in ${region}`
    : `in the ${region}`;
}
