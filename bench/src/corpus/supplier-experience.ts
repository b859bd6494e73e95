import type { SearchDocument } from '@lgx/api/core/search';

import { type Random, skewed } from '../prng';
import { RATING_BANDS, ROUTES_TO_MARKET, VALUE_BANDS } from '../vocabulary/facets';
import { SERVICE_AREAS } from '../vocabulary/service-areas';
import { leadCouncilFields } from './bench-councils';
import { type CorpusContext, type DocumentGenerator, documentId, publishedAt } from './common';
import { compose, formatNumber, glossaryTerm, midSentence, withArticle } from './text';

const ROUTES = skewed(ROUTES_TO_MARKET, 1.0);
const VALUES = skewed(VALUE_BANDS, 0.6);
const VERDICTS: Record<string, string[]> = {
  Poor: [
    'late, over budget and hard to exit',
    'we would not buy it again',
    'integration never worked',
  ],
  Fair: [
    'it works, but integration was hard',
    'support was slow to respond',
    'fine once the workarounds were in',
  ],
  Good: ['solid, with gaps in support', 'good value once bedded in', 'delivered, a little late'],
  Excellent: [
    'delivered on time and on budget',
    'a partner, not just a supplier',
    'easy to integrate and to leave',
  ],
};
const AGAIN: Record<string, string> = {
  Poor: 'No.',
  Fair: 'Only on better terms.',
  Good: 'Yes, with a tighter contract.',
  Excellent: 'Yes.',
};
const AREAS = new Map(SERVICE_AREAS.map((area) => [area.name, area]));

/** Supplier experiences: honest, structured, for verified officers only (~300 words). */
export function supplierExperienceGenerator(context: CorpusContext): DocumentGenerator {
  return (index: number, random: Random): SearchDocument => {
    const id = documentId('se', index);
    const council = context.councils.pick(random);
    const category = context.categories.pick(random);
    const area = AREAS.get(category.serviceArea) ?? SERVICE_AREAS[0]!;
    const supplier = context.suppliers.pick(random);
    const product = `${supplier.split(' ')[0]} ${random.pick(category.productWords)}`;
    const rating = () => Math.max(1, Math.min(5, Math.round(random.logNormal(3.4, 0.3))));
    const ratings = {
      delivery: rating(),
      value: rating(),
      support: rating(),
      interoperability: rating(),
      exit: rating(),
    };
    const overallRating =
      Math.round((Object.values(ratings).reduce((sum, value) => sum + value, 0) / 5) * 10) / 10;
    const ratingBand = RATING_BANDS[Math.min(3, Math.max(0, Math.floor(overallRating) - 1))]!;
    const routeToMarket = ROUTES.pick(random);
    const valueBand = VALUES.pick(random);
    const bids = random.int(1, 9);
    const startYear = random.int(2014, 2025);
    const contractStart = `${startYear}-${String(random.int(1, 12)).padStart(2, '0')}-01`;
    const contractEnd = `${startYear + random.int(2, 7)}-03-31`;
    const gl = (key: string) => glossaryTerm(key, random);
    const task = random.pick(area.tasks);
    const categoryName = midSentence(category.name);
    const title = `${product} from ${supplier}: ${random.pick(VERDICTS[ratingBand]!)}`;
    const summary = `${council.name} bought ${product} (${categoryName}) through ${midSentence(routeToMarket)} in ${startYear}. Overall ${overallRating} out of 5: delivery ${ratings.delivery}, value ${ratings.value}, support ${ratings.support}, interoperability ${ratings.interoperability}, exit ${ratings.exit}.`;
    const sections: (() => string)[][] = [
      [
        () => `We bought ${product} to replace a system for ${task} that was out of support.`,
        () => `The contract runs from ${contractStart} to ${contractEnd}, valued at ${valueBand}.`,
        () =>
          `We went to market through ${midSentence(routeToMarket)} after ${withArticle(gl('itt'))} drew ${bids} ${bids === 1 ? 'bid' : 'bids'}.`,
        () =>
          `The system is used by ${random.int(10, 400)} staff across ${midSentence(area.name)}.`,
        () => `It handles about ${formatNumber(random.int(5, 500) * 100)} cases a year.`,
        () =>
          `${council.name} has worked with ${supplier} for ${random.int(1, 12)} years across several contracts.`,
        () =>
          `The previous system, from another supplier, had been in place for ${random.int(6, 20)} years.`,
        () => `A project board met every fortnight during the implementation.`,
      ],
      [
        () =>
          `Delivery: ${ratings.delivery >= 4 ? 'the implementation finished on time' : `go-live slipped by ${random.int(2, 14)} months`}.`,
        () =>
          `Support: ${ratings.support >= 4 ? 'tickets were answered the same day' : 'tickets often waited a week for a first reply'}.`,
        () =>
          `Interoperability: ${ratings.interoperability >= 4 ? `the ${gl('api')} is documented and stable` : 'there is no open API, so every integration was a paid extra'}.`,
        () =>
          `Exit: ${ratings.exit >= 4 ? 'data export is complete and in open formats' : 'getting our data back out would need a chargeable project'}.`,
        () =>
          `Value: ${ratings.value >= 4 ? 'the price held for the whole term' : `licence costs rose by ${random.int(8, 40)}% at renewal`}.`,
        () =>
          `The implementation team ${ratings.delivery >= 4 ? 'knew local government well' : 'changed three times during the project'}.`,
        () =>
          `Account management ${ratings.support >= 3 ? 'was responsive at senior level' : 'was hard to reach'}.`,
        () =>
          `Integration with our ${gl('crm')} ${ratings.interoperability >= 3 ? 'took weeks, not months' : 'needed middleware we had not budgeted for'}.`,
        () =>
          `Costs we did not expect: ${random.pick(['training', 'extra modules', 'hosting', 'data migration'])}.`,
        () =>
          `Training for staff was ${ratings.support >= 4 ? 'good and included short videos' : 'a single webinar, which was not enough'}.`,
        () =>
          `Upgrades ${ratings.delivery >= 3 ? 'arrive quarterly and have not broken anything' : 'have twice broken our integrations'}.`,
        () =>
          `Reporting ${ratings.value >= 3 ? 'covers what managers need' : `needed a separate licence for ${gl('power bi')}`}.`,
      ],
      [
        () =>
          `Advice: ask for ${withArticle(gl('dpia'))} template and the data model before you sign.`,
        () =>
          `Check the exit terms and the ${gl('saas')} hosting location with your ${gl('ig')} team.`,
        () =>
          `Talk to other councils using the same ${categoryName} before renewal; ${gl('co-procurement')} may get a better price.`,
        () => `Make sure ${task} data can be matched on ${gl('uprn')}.`,
        () => `Would we buy it again? ${AGAIN[ratingBand]}`,
        () => `Ask to speak to a council that has left ${supplier}.`,
        () => `Put service levels for ${task} in the contract, with credits when they are missed.`,
        () =>
          `Budget for ${random.int(2, 6)} months of running the old and new systems side by side.`,
        () =>
          `Our ${gl('foi')} team gets regular requests about this contract, so keep the paperwork tidy.`,
      ],
    ];
    return {
      id,
      type: 'supplier_experience',
      title,
      titleSort: title.toLowerCase(),
      summary,
      body: compose(sections, random.int(220, 380), random).text,
      url: `/supplier-experiences/${id}`,
      visibility: 'officers',
      councilCodes: [council.code],
      groupIds: [],
      ...leadCouncilFields(council),
      publishedAt: publishedAt(random),
      category: category.name,
      supplier,
      product,
      routeToMarket,
      ratingBand,
      overallRating,
      ratings,
      valueBand,
      contractStart,
      contractEnd,
    };
  };
}
