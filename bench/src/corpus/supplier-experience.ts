import {
  CONTRACT_VALUE_BANDS,
  type ContractValueBand,
  type RouteToMarket,
} from '@lgx/shared/domain';

import { Random, skewed } from '../prng';
import { ROUTES_TO_MARKET, VALUE_BANDS } from '../vocabulary/facets';
import { SERVICE_AREAS } from '../vocabulary/service-areas';
import { supplierNames } from '../vocabulary/suppliers';
import { benchUuid, type CorpusContext, NOW, publishedAt, timestamp } from './common';
import { compose, formatNumber, glossaryTerm, midSentence, withArticle } from './text';

/** A row of the supplier table: a fictional company councils buy from. */
export interface SupplierRow {
  id: string;
  name: string;
  company_number: string;
  website: string;
  products_and_services: string;
  cpv_codes: string[];
  created_at: string;
}

/**
 * A row of the supplier_experience table (snake_case, as PostgreSQL names the
 * columns). Every one is published, so the feature's search source indexes
 * each for verified officers, as the bench's documents were.
 */
export interface SupplierExperienceRow {
  id: string;
  council_code: string;
  supplier_id: string;
  product: string;
  cpv_code: string;
  contract_start: string;
  contract_end: string;
  extension_options: string;
  value_band: ContractValueBand;
  route_to_market: RouteToMarket;
  framework_name: string | null;
  framework_lot: string | null;
  rating_delivery: number;
  rating_value_for_money: number;
  rating_support: number;
  rating_interoperability: number;
  rating_exit_and_data_portability: number;
  would_buy_again: boolean;
  what_worked: string;
  what_did_not_work: string;
  advice: string;
  is_current: boolean;
  attribution: 'NAMED' | 'ANONYMISED';
  status: 'PUBLISHED';
  published_at: string;
  created_at: string;
  updated_at: string;
}

const ROUTES = skewed(ROUTES_TO_MARKET, 1.0);
const VALUES = skewed(VALUE_BANDS, 0.6);
/** Most councils put their name to an experience; the rest publish it anonymised (decision 6). */
const NAMED_SHARE = 0.8;
/** By the floor of the mean rating, 1 to 4 (as ratingBand() bands it). */
const VERDICTS: string[][] = [
  ['late, over budget and hard to exit', 'we would not buy it again', 'integration never worked'],
  [
    'it works, but integration was hard',
    'support was slow to respond',
    'fine once the workarounds were in',
  ],
  ['solid, with gaps in support', 'good value once bedded in', 'delivered, a little late'],
  [
    'delivered on time and on budget',
    'a partner, not just a supplier',
    'easy to integrate and to leave',
  ],
];
const AGAIN = ['No.', 'Only on better terms.', 'Yes, with a tighter contract.', 'Yes.'];
const AREAS = new Map(SERVICE_AREAS.map((area) => [area.name, area]));
const day = 86_400;

/** Every fictional supplier, most used first: the i-th is benchUuid('supplier', i + 1). */
export function supplierRows(context: CorpusContext, seed: string): SupplierRow[] {
  const random = new Random(`${seed}:supplier`);
  return supplierNames().map((name, position) => {
    const sells = context.categories.pickDistinct(random, random.int(1, 3));
    return {
      id: benchUuid('supplier', position + 1),
      name,
      company_number: String(10_000_000 + position * 7_919).padStart(8, '0'),
      website: `https://www.${name.toLowerCase().replace(/[^a-z]+/g, '-')}.example`,
      products_and_services: `${sells.map((category) => category.name).join(', ')} for councils.`,
      cpv_codes: sells.map((category) => category.cpv),
      created_at: timestamp(NOW - random.int(400, 2_500) * day),
    };
  });
}

/** What one experience is about, drawn in this order (a seed gives the same corpus). */
function drawExperience(context: CorpusContext, random: Random) {
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
  const overall = Object.values(ratings).reduce((sum, value) => sum + value, 0) / 5;
  const band = Math.min(3, Math.max(0, Math.floor(overall) - 1));
  const route = ROUTES.pick(random);
  const valueBand = VALUES.pick(random);
  const bids = random.int(1, 9);
  const startYear = random.int(2014, 2025);
  const contractStart = `${startYear}-${String(random.int(1, 12)).padStart(2, '0')}-01`;
  const contractEnd = `${startYear + random.int(2, 7)}-03-31`;
  const gl = (key: string) => glossaryTerm(key, random);
  const task = random.pick(area.tasks);
  // An anonymised experience's text does not name its council either (moderators check that).
  const named = random.chance(NAMED_SHARE);
  const wouldBuyAgain = band >= 2 || (band === 1 && random.chance(0.4));
  return {
    council,
    category,
    area,
    supplier,
    product,
    ratings,
    band,
    route,
    valueBand,
    value: CONTRACT_VALUE_BANDS[valueBand],
    bids,
    startYear,
    contractStart,
    contractEnd,
    gl,
    task,
    categoryName: midSentence(category.name),
    named,
    wouldBuyAgain,
  };
}

type ExperienceDraw = ReturnType<typeof drawExperience>;
type Sentence = () => string;

/** Each rating gives a sentence on what worked or on what did not, by its score. */
function ratedSentences({ ratings, gl }: ExperienceDraw, random: Random) {
  const rated: [boolean, Sentence, Sentence][] = [
    [
      ratings.delivery >= 4,
      () => `Delivery: the implementation finished on time.`,
      () => `Delivery: go-live slipped by ${random.int(2, 14)} months.`,
    ],
    [
      ratings.support >= 4,
      () => `Support: tickets were answered the same day.`,
      () => `Support: tickets often waited a week for a first reply.`,
    ],
    [
      ratings.interoperability >= 4,
      () => `Interoperability: the ${gl('api')} is documented and stable.`,
      () => `Interoperability: there is no open API, so every integration was a paid extra.`,
    ],
    [
      ratings.exit >= 4,
      () => `Exit: data export is complete and in open formats.`,
      () => `Exit: getting our data back out would need a chargeable project.`,
    ],
    [
      ratings.value >= 4,
      () => `Value: the price held for the whole term.`,
      () => `Value: licence costs rose by ${random.int(8, 40)}% at renewal.`,
    ],
    [
      ratings.delivery >= 4,
      () => `The implementation team knew local government well.`,
      () => `The implementation team changed three times during the project.`,
    ],
    [
      ratings.support >= 3,
      () => `Account management was responsive at senior level.`,
      () => `Account management was hard to reach.`,
    ],
    [
      ratings.interoperability >= 3,
      () => `Integration with our ${gl('crm')} took weeks, not months.`,
      () => `Integration with our ${gl('crm')} needed middleware we had not budgeted for.`,
    ],
    [
      ratings.support >= 4,
      () => `Training for staff was good and included short videos.`,
      () => `Training for staff was a single webinar, which was not enough.`,
    ],
    [
      ratings.delivery >= 3,
      () => `Upgrades arrive quarterly and have not broken anything.`,
      () => `Upgrades have twice broken our integrations.`,
    ],
    [
      ratings.value >= 3,
      () => `Reporting covers what managers need.`,
      () => `Reporting needed a separate licence for ${gl('power bi')}.`,
    ],
  ];
  return {
    worked: rated.filter(([good]) => good).map(([, sentence]) => sentence),
    notWorked: rated.filter(([good]) => !good).map(([, , sentence]) => sentence),
  };
}

function backgroundSentences(draw: ExperienceDraw, random: Random): Sentence[] {
  const { product, task, contractStart, contractEnd, value, route, gl, bids, area } = draw;
  const { named, council, supplier } = draw;
  return [
    () => `We bought ${product} to replace a system for ${task} that was out of support.`,
    () =>
      `The contract runs from ${contractStart} to ${contractEnd}, valued at ${midSentence(value)}.`,
    () =>
      `We went to market through ${route.phrase} after ${withArticle(gl('itt'))} drew ${bids} ${bids === 1 ? 'bid' : 'bids'}.`,
    () => `The system is used by ${random.int(10, 400)} staff across ${midSentence(area.name)}.`,
    () => `It handles about ${formatNumber(random.int(5, 500) * 100)} cases a year.`,
    () =>
      `${named ? `${council.name} has` : 'We have'} worked with ${supplier} for ${random.int(1, 12)} years across several contracts.`,
    () =>
      `The previous system, from another supplier, had been in place for ${random.int(6, 20)} years.`,
    () => `A project board met every fortnight during the implementation.`,
  ];
}

function adviceSentences(draw: ExperienceDraw, random: Random): Sentence[] {
  const { gl, categoryName, task, band, supplier } = draw;
  return [
    () => `Ask for ${withArticle(gl('dpia'))} template and the data model before you sign.`,
    () => `Check the exit terms and the ${gl('saas')} hosting location with your ${gl('ig')} team.`,
    () =>
      `Talk to other councils using the same ${categoryName} before renewal; ${gl('co-procurement')} may get a better price.`,
    () => `Make sure ${task} data can be matched on ${gl('uprn')}.`,
    () => `Would we buy it again? ${AGAIN[band]}`,
    () => `Ask to speak to a council that has left ${supplier}.`,
    () => `Put service levels for ${task} in the contract, with credits when they are missed.`,
    () => `Budget for ${random.int(2, 6)} months of running the old and new systems side by side.`,
    () =>
      `Our ${gl('foi')} team gets regular requests about this contract, so keep the paperwork tidy.`,
    () =>
      `Costs we did not expect: ${random.pick(['training', 'extra modules', 'hosting', 'data migration'])}.`,
  ];
}

/** Supplier experiences: honest, structured, for verified officers only (~290 words). */
export function supplierExperienceGenerator(context: CorpusContext) {
  const supplierIds = new Map(
    supplierNames().map((name, position) => [name, benchUuid('supplier', position + 1)]),
  );
  return (index: number, random: Random): SupplierExperienceRow => {
    const draw = drawExperience(context, random);
    const { council, supplier, product, category, route, ratings, named } = draw;
    const { worked, notWorked } = ratedSentences(draw, random);
    const opening = `${named ? council.name : 'We'} bought ${product} (${draw.categoryName}) through ${route.phrase} in ${draw.startYear}: ${random.pick(VERDICTS[draw.band]!)}.`;
    const background = backgroundSentences(draw, random);
    const advice = adviceSentences(draw, random);
    const words = random.int(220, 380);
    const published = publishedAt(random);
    return {
      id: benchUuid('supplier_experience', index),
      council_code: council.code,
      supplier_id: supplierIds.get(supplier)!,
      product,
      cpv_code: category.cpv,
      contract_start: draw.contractStart,
      contract_end: draw.contractEnd,
      extension_options: random.chance(0.5) ? `Up to ${random.int(1, 3)} years, by agreement.` : '',
      value_band: draw.valueBand,
      route_to_market: route.route,
      framework_name: route.framework,
      framework_lot: route.framework ? `Lot ${random.int(1, 4)}` : null,
      rating_delivery: ratings.delivery,
      rating_value_for_money: ratings.value,
      rating_support: ratings.support,
      rating_interoperability: ratings.interoperability,
      rating_exit_and_data_portability: ratings.exit,
      would_buy_again: draw.wouldBuyAgain,
      what_worked: `${opening}\n\n${compose([background, worked], Math.round(words * 0.45), random).text}`,
      what_did_not_work: compose([notWorked], Math.round(words * 0.25), random).text,
      advice: compose([advice], Math.round(words * 0.3), random).text,
      is_current: draw.contractEnd > timestamp(NOW).slice(0, 10),
      attribution: named ? 'NAMED' : 'ANONYMISED',
      status: 'PUBLISHED',
      published_at: timestamp(published),
      created_at: timestamp(published - random.int(1, 14) * day),
      updated_at: timestamp(published),
    };
  };
}
