import {
  cpvDivision,
  findCpv,
  isOneOf,
  labelOf,
  PROCUREMENT_ROUTES,
  type ProcurementRoute,
} from '@lgx/shared/domain';

/**
 * LGX has no OCID prefix registered with the Open Contracting Partnership
 * yet; this placeholder marks the identifiers as LGX's own. Register one
 * before these packages are published outside LGX.
 */
export const OCID_PREFIX = 'ocds-lgx000';

/** The lots extension, declared because each council's share is a lot. */
export const LOTS_EXTENSION =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json';

/**
 * The org-id.guide list for each nation's register of local authorities. The
 * register's local-authority-code (e.g. DER) is the identifier in each list;
 * the GSS code changes when boundaries do, so it identifies an area, not the
 * council as a legal body.
 */
export const COUNCIL_IDENTIFIER_SCHEMES: Record<string, string> = {
  England: 'GB-LAE',
  Scotland: 'GB-LAS',
  Wales: 'GB-PLA',
  'Northern Ireland': 'GB-LANI',
};

export interface OcdsCouncil {
  code: string;
  officialName: string;
  nation: string;
}

export interface OcdsCommitment {
  council: OcdsCouncil;
  volume: number | null;
  volumeUnit: string | null;
  estimatedValuePence: number | null;
  earliestStart: string | null;
  latestStart: string | null;
}

export interface OcdsGroup {
  id: string;
  title: string;
  need: string;
  cpvCode: string;
  route: ProcurementRoute;
  frameworkName: string | null;
  frameworkLot: string | null;
  desiredStart: string;
}

/**
 * Why a group has no OCDS release, or null when it has one. A sample group was
 * written for LGX from a public source: exporting it would present a
 * procurement LGX never ran as LGX's own release, under LGX's OCID prefix.
 */
export function exportRefusal(group: {
  isSample: boolean;
  sourceUrl: string | null;
  route: ProcurementRoute | null;
  desiredStart: string | null;
}): string | null {
  if (group.isSample)
    return `This group is sample content, written for LGX from a public source${group.sourceUrl ? ` (${group.sourceUrl})` : ''}; it was not run on LGX, so LGX publishes no OCDS release for it.`;
  if (group.route === null || group.desiredStart === null)
    return 'This group has no route or desired contract start, so it has no OCDS release.';
  return null;
}

/** OCDS procurementMethod for each route: calling off a framework or a dynamic market is selective. */
const METHOD: Record<ProcurementRoute, 'open' | 'selective'> = {
  EXISTING_FRAMEWORK: 'selective',
  NEW_FRAMEWORK: 'open',
  OPEN_PROCEDURE: 'open',
  DYNAMIC_MARKET: 'selective',
};

/** CPV divisions 45 are works, 49 and above services (but 48, software packages, goods). */
export function procurementCategoryOf(cpvCode: string): 'goods' | 'services' | 'works' {
  const division = Number(cpvDivision(cpvCode));
  if (division === 45) return 'works';
  if (division >= 49) return 'services';
  return 'goods';
}

const money = (pence: number) => ({ amount: pence / 100, currency: 'GBP' });
const dateTime = (date: string) => `${date}T00:00:00Z`;

export function partyIdOf(council: OcdsCouncil): string {
  return `${COUNCIL_IDENTIFIER_SCHEMES[council.nation] ?? 'XI-LGX'}-${council.code}`;
}

function party(council: OcdsCouncil, roles: string[]) {
  return {
    id: partyIdOf(council),
    name: council.officialName,
    identifier: {
      scheme: COUNCIL_IDENTIFIER_SCHEMES[council.nation] ?? null,
      id: council.code,
      legalName: council.officialName,
    },
    address: { country: 'GB' },
    roles,
  };
}

/**
 * A group as an OCDS 1.1 release package for the planning stage: a buyer per
 * committed council, the lead as procuring entity, the budget, an item per
 * council with its CPV classification, a lot per council and the desired
 * contract period. Several councils buy, so `release.buyer` (one
 * organisation) is left out and each is a party with the buyer role.
 */
export function buildReleasePackage(input: {
  group: OcdsGroup;
  lead: OcdsCouncil;
  commitments: OcdsCommitment[];
  /** When the data last changed: the package's and the release's date. */
  changedAt: Date;
  publicUrl: string;
}) {
  const { group, lead, commitments } = input;
  const ocid = `${OCID_PREFIX}-${group.id}`;
  const date = input.changedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const totalPence = commitments.reduce((sum, c) => sum + (c.estimatedValuePence ?? 0), 0);
  return {
    uri: new URL(`/procurement-exports/${group.id}/ocds.json`, input.publicUrl).toString(),
    version: '1.1',
    extensions: [LOTS_EXTENSION],
    publishedDate: date,
    publisher: { name: 'LGX, the LocalGov Exchange', uri: input.publicUrl },
    releases: [
      {
        ocid,
        id: `${ocid}-planning-${input.changedAt.getTime()}`,
        date,
        tag: ['planning'],
        initiationType: 'tender',
        language: 'en',
        parties: partiesOf(lead, commitments),
        planning: {
          rationale: group.need,
          budget: {
            description: `The sum of the estimated values of the ${commitments.length} committed ${commitments.length === 1 ? 'council' : 'councils'}.`,
            amount: money(totalPence),
          },
        },
        tender: {
          id: `${group.id}-tender`,
          title: group.title,
          description: group.need,
          status: 'planning',
          procuringEntity: { id: partyIdOf(lead), name: lead.officialName },
          procurementMethod: isOneOf(METHOD, group.route) ? METHOD[group.route] : undefined,
          procurementMethodDetails: routeDetailsOf(group),
          mainProcurementCategory: procurementCategoryOf(group.cpvCode),
          value: money(totalPence),
          contractPeriod: { startDate: dateTime(group.desiredStart) },
          items: commitments.map((commitment) => itemOf(group, commitment)),
          lots: commitments.map((commitment) => lotOf(group, commitment)),
        },
      },
    ],
  };
}

/** Every buyer, and the lead as procuring entity (a buyer too when it commits). */
function partiesOf(lead: OcdsCouncil, commitments: OcdsCommitment[]) {
  const buyers = commitments.map((c) => c.council);
  return [
    ...(buyers.some((c) => c.code === lead.code) ? [] : [party(lead, ['procuringEntity'])]),
    ...buyers.map((council) =>
      party(council, council.code === lead.code ? ['buyer', 'procuringEntity'] : ['buyer']),
    ),
  ];
}

/** The route in words, with the framework and lot when there are. */
function routeDetailsOf(group: OcdsGroup): string {
  return [
    labelOf(PROCUREMENT_ROUTES, group.route),
    group.frameworkName ? `framework: ${group.frameworkName}` : null,
    group.frameworkLot ? `lot: ${group.frameworkLot}` : null,
  ]
    .filter(Boolean)
    .join('; ');
}

const lotId = (council: OcdsCouncil) => `lot-${council.code}`;

/** One council's item: what it buys, classified by CPV, in its lot. */
function itemOf(group: OcdsGroup, c: OcdsCommitment) {
  return {
    id: c.council.code,
    description: `${group.title} for ${c.council.officialName}`,
    classification: {
      scheme: 'CPV',
      id: group.cpvCode.slice(0, 8),
      description: findCpv(group.cpvCode)?.label ?? null,
    },
    quantity: c.volume,
    unit: { name: c.volumeUnit },
    relatedLot: lotId(c.council),
  };
}

/** One council's lot: its volume, when it could start and its estimated value. */
function lotOf(group: OcdsGroup, c: OcdsCommitment) {
  return {
    id: lotId(c.council),
    title: `${c.council.officialName}: ${group.title}`,
    description: [
      c.volume !== null ? `${c.volume} ${c.volumeUnit ?? ''}`.trim() : null,
      c.earliestStart && c.latestStart
        ? `could start from ${c.earliestStart} to ${c.latestStart}`
        : null,
    ]
      .filter(Boolean)
      .join('; '),
    status: 'planning',
    value: money(c.estimatedValuePence ?? 0),
    contractPeriod: { startDate: dateTime(c.earliestStart ?? group.desiredStart) },
  };
}
