import type { PeerRow } from './business-case.figures';
import type { BusinessCaseModel } from './business-case.model';
import type { BusinessCase, BusinessCasePoint, BusinessCaseSource } from './business-case.object';

/** A run of text, or a link. */
export type Inline = string | { readonly text: string; readonly link: string };

/** What a business case document is made of, whatever it is written as (Markdown, Word). */
export type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly parts: readonly Inline[] }
  /** Guidance for the officer to replace with the council's own words. */
  | { readonly kind: 'prompt'; readonly text: string }
  | { readonly kind: 'bullets'; readonly items: readonly (readonly Inline[])[] }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly (readonly Inline[])[])[];
    };

const link = (source: BusinessCaseSource): Inline => ({ text: source.title, link: source.url });

/** Source links separated by "; ". */
function linked(sources: readonly BusinessCaseSource[]): Inline[] {
  return sources.flatMap((source, index) => (index === 0 ? [link(source)] : ['; ', link(source)]));
}

const point = (value: BusinessCasePoint): Inline[] => [
  `${value.text} (`,
  ...linked(value.sources),
  ')',
];

/** The first paragraph of a peer's text, plain, cut to a readable length. */
export function excerpt(markdown: string, length = 280): string {
  const paragraph =
    markdown
      .split(/\n\s*\n/)
      .map((part) =>
        part
          .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
          .replace(/[#*_`>]+/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .find((part) => part !== '') ?? '';
  return paragraph.length <= length ? paragraph : `${paragraph.slice(0, length - 1).trimEnd()}…`;
}

/** One bullet per peer that says something under `field`: its title linked, then its words. */
function fromPeers(
  view: BusinessCase,
  rows: readonly PeerRow[],
  field: 'challenge' | 'whatWasDone' | 'lessonsLearned',
): Block[] {
  const items = rows
    .map((row) => ({ row, text: excerpt(row[field]) }))
    .filter(({ text }) => text !== '')
    .map(({ row, text }): Inline[] => {
      const source = view.peers.find((peer) => peer.source.caseStudyId === row.id)?.source;
      return source ? [link(source), `: ${text}`] : [`${row.title}: ${text}`];
    });
  return items.length === 0 ? [] : [{ kind: 'bullets', items }];
}

function economicCase(view: BusinessCase): Block[] {
  const figures: Block = { kind: 'paragraph', parts: [view.figuresNote] };
  if (view.peers.length === 0) {
    return [
      figures,
      {
        kind: 'paragraph',
        parts: [
          'No comparable published case study states an investment, a cashable saving and how long the saving lasts, so LGX cannot pre-fill the economic case. Set out your own options and costs here.',
        ],
      },
    ];
  }
  const bias = view.optimismBias;
  return [
    figures,
    { kind: 'paragraph', parts: [view.scalingNote] },
    {
      kind: 'paragraph',
      parts: [
        'Figures are worked out by ',
        { text: "LGX's appraisal method", link: view.methodUrl },
        ' (HM Treasury Green Book: 3.5% real discount rate)',
        bias
          ? `, with an optimism bias uplift of ${bias.upliftPercent}% (${bias.label}; source: ${bias.source}).`
          : '.',
      ],
    },
    ...tables(view),
    ...leftOut(view),
  ];
}

/** The peers, the spread and the method's readings, each figure with its sources. */
function tables(view: BusinessCase): Block[] {
  return [
    { kind: 'heading', level: 3, text: `The peers (${view.peers.length})` },
    {
      kind: 'table',
      header: [
        'Case study',
        'Council (population)',
        'Scale',
        'Basis',
        'Investment',
        'Running cost a year',
        'Cashable saving a year',
        'Period',
        'NPV after optimism bias',
      ],
      rows: view.peers.map((peer) => [
        [link(peer.source)],
        [`${peer.councilName} (${peer.councilPopulation?.toLocaleString('en-GB') ?? 'not known'})`],
        [peer.scale],
        [peer.figuresBasis],
        [peer.investment.formatted],
        [peer.runningCostPerYear.formatted],
        [peer.cashableSavingsPerYear.formatted],
        [peer.period],
        [peer.netPresentValue.formatted],
      ]),
    },
    { kind: 'heading', level: 3, text: 'The spread across peers' },
    {
      kind: 'table',
      header: ['Figure', 'n', 'Low', 'Median', 'High'],
      rows: view.spread.map((row) => [
        [row.figure],
        [String(row.n)],
        point(row.low),
        point(row.median),
        point(row.high),
      ]),
    },
    { kind: 'heading', level: 3, text: 'The method applied to the spread' },
    {
      kind: 'table',
      header: [
        'Reading',
        'Investment',
        'Running cost a year',
        'Cashable saving a year',
        'Years',
        'NPV before optimism bias',
        'NPV after optimism bias',
        'Benefit-cost ratio',
        'Payback year (after optimism bias)',
        'Sources',
      ],
      rows: view.readings.map((row) => [
        [`${row.reading}: ${row.description}`],
        [row.investment.formatted],
        [row.runningCostPerYear.formatted],
        [row.cashableSavingsPerYear.formatted],
        [String(row.periodYears)],
        [row.netPresentValueUnadjusted.formatted],
        [row.netPresentValue.formatted],
        [row.benefitCostRatio ?? 'no costs'],
        [row.paybackYear === null ? 'not paid back' : String(row.paybackYear)],
        linked(row.sources),
      ]),
    },
  ];
}

function leftOut(view: BusinessCase): Block[] {
  if (view.leftOut.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: 'Comparable case studies left out' },
    {
      kind: 'bullets',
      items: view.leftOut.map((left) => [link(left.source), `: ${left.reason}.`]),
    },
  ];
}

function financialCase(view: BusinessCase): Block[] {
  const central = view.readings.find((row) => row.reading === 'Central');
  if (!central) return [];
  return [
    {
      kind: 'paragraph',
      parts: [
        `At the central reading: ${central.investment.formatted} to invest, ${central.runningCostPerYear.formatted} a year to run, for a cashable saving of ${central.cashableSavingsPerYear.formatted} a year over ${central.periodYears} years (from `,
        ...linked(central.sources),
        ').',
      ],
    },
  ];
}

/**
 * The business case laid out as HM Treasury's Five Case Model: the economic
 * case pre-filled from peers; the others with headings, prompts, and what
 * peers wrote where they wrote it. Every figure names its source case study.
 */
export function businessCaseDocument(view: BusinessCase, model: BusinessCaseModel): Block[] {
  const rows = model.figures.peers.map((peer) => peer.row);
  const prepared = view.council ? `for ${view.council.name} ` : '';
  return [
    { kind: 'title', text: view.title },
    {
      kind: 'paragraph',
      parts: [
        `Prepared ${prepared}on ${model.preparedOn} by LGX from ${view.peers.length} published case ${view.peers.length === 1 ? 'study' : 'studies'}. Every figure links to the case study it comes from. This is a starting point to edit, not a decision.`,
      ],
    },
    { kind: 'heading', level: 2, text: '1. Strategic case' },
    {
      kind: 'prompt',
      text: 'The case for change: what your council needs to achieve, why now, and how this fits its objectives. What peers faced:',
    },
    ...fromPeers(view, rows, 'challenge'),
    { kind: 'heading', level: 2, text: '2. Economic case' },
    ...economicCase(view),
    { kind: 'heading', level: 2, text: '3. Commercial case' },
    {
      kind: 'prompt',
      text: 'How you will buy it: the market, the route to market (framework, procurement group), contract terms and risks. What peers did:',
    },
    ...fromPeers(view, rows, 'whatWasDone'),
    { kind: 'heading', level: 2, text: '4. Financial case' },
    {
      kind: 'prompt',
      text: 'Affordability: the budget it comes from, cash flow by year, and how savings will be taken.',
    },
    ...financialCase(view),
    { kind: 'heading', level: 2, text: '5. Management case' },
    {
      kind: 'prompt',
      text: 'How it will be delivered: governance, the team, milestones, risks, and how benefits will be measured (record actuals on LGX). What peers learned:',
    },
    ...fromPeers(view, rows, 'lessonsLearned'),
  ];
}
