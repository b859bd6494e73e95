import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: earlier releases checked taxonomy and enum-like values with
 * `value in TABLE`, which also accepts inherited names ("toString",
 * "constructor", "__proto__" ...), so rows may hold values no page can show.
 * This repairs every such column with a value the code knows (see
 * docs/decisions/0016-taxonomy-values-and-input-bounds.md):
 *
 * - an unknown value in a list (service areas, objectives, technologies,
 *   standards) is removed from the list;
 * - an optional value (a case study's evidence level, a sample group's route)
 *   becomes NULL;
 * - a required value takes the documented default that claims least: a case
 *   study's stage IDEA, a component's kind OPEN_SOURCE_SOFTWARE and maturity
 *   ALPHA, an adoption EVALUATING (STOPPED when it has a stop date), a group's
 *   route OPEN_PROCEDURE, visibility INVITE_ONLY and stage FORMING;
 * - a supplier experience whose value band or route is unknown takes
 *   UNDER_25K / OPEN_PROCEDURE and goes back to its council (CHANGES_REQUESTED)
 *   so that the default is never shown as what the council said.
 *
 * Only rows that need it are updated; the search outbox triggers on those
 * tables queue each repaired record for the index (a component whose
 * adoptions are repaired is recounted, which queues it too). The keys are
 * written out as they are today, as a migration must not change meaning later.
 */
const KEYS = {
  serviceAreas: [
    'ADULT_SOCIAL_CARE',
    'CHILDRENS_SERVICES',
    'EDUCATION_AND_SEND',
    'PUBLIC_HEALTH',
    'HOUSING',
    'PLANNING',
    'WASTE',
    'HIGHWAYS_AND_TRANSPORT',
    'ENVIRONMENT',
    'ECONOMIC_DEVELOPMENT',
    'REVENUES_AND_BENEFITS',
    'CUSTOMER_SERVICES',
    'COMMUNITY_SAFETY',
    'CULTURE_AND_LEISURE',
    'CORPORATE_SERVICES',
    'DIGITAL_AND_IT',
    'PROCUREMENT',
    'GOVERNANCE',
  ],
  objectives: [
    'EFFICIENCY',
    'PREVENTION',
    'ECONOMIC_GROWTH',
    'REGENERATION',
    'NET_ZERO',
    'RESIDENT_EXPERIENCE',
    'WORKFORCE',
    'INCLUSION',
  ],
  technologies: [
    'AI',
    'GENERATIVE_AI',
    'AUTOMATION',
    'DIGITAL_ASSISTANTS',
    'DATA_AND_ANALYTICS',
    'CLOUD',
    'IOT_AND_SENSORS',
    'LOW_CODE',
    'CONNECTIVITY',
    'OPEN_SOURCE',
    'GIS',
  ],
  caseStudyStages: ['IDEA', 'DISCOVERY', 'PILOT', 'LIVE', 'SCALED', 'STOPPED'],
  evidenceLevels: ['ESTIMATED', 'MEASURED_INTERNALLY', 'INDEPENDENTLY_EVALUATED'],
  componentKinds: [
    'OPEN_SOURCE_SOFTWARE',
    'SERVICE_PATTERN',
    'DOCUMENT_TEMPLATE',
    'API',
    'DATASET',
    'DESIGN_OR_RESEARCH',
  ],
  componentMaturities: ['ALPHA', 'BETA', 'LIVE', 'DEPRECATED', 'RETIRED'],
  standards: [
    'WCAG_2_2_AA',
    'PSBAR',
    'UK_GDPR',
    'GDS_SERVICE_STANDARD',
    'TECHNOLOGY_CODE_OF_PRACTICE',
    'GOVUK_DESIGN_SYSTEM',
    'CYBER_ESSENTIALS',
    'ISO_27001',
    'OPEN_API',
    'OPEN_REFERRAL_UK',
    'BS7666',
    'LOCAL_GOV_DRUPAL',
  ],
  adoptionStatuses: ['EVALUATING', 'IN_USE', 'STOPPED'],
  valueBands: [
    'UNDER_25K',
    'FROM_25K_TO_100K',
    'FROM_100K_TO_500K',
    'FROM_500K_TO_2M',
    'FROM_2M_TO_10M',
    'OVER_10M',
  ],
  routesToMarket: [
    'FRAMEWORK_DIRECT_AWARD',
    'FRAMEWORK_FURTHER_COMPETITION',
    'OPEN_PROCEDURE',
    'RESTRICTED_PROCEDURE',
    'COMPETITIVE_FLEXIBLE',
    'DIRECT_AWARD',
    'BELOW_THRESHOLD',
  ],
  procurementRoutes: ['EXISTING_FRAMEWORK', 'NEW_FRAMEWORK', 'OPEN_PROCEDURE', 'DYNAMIC_MARKET'],
  groupVisibilities: ['OPEN', 'INVITE_ONLY'],
  groupStages: [
    'FORMING',
    'SPECIFYING',
    'MARKET_ENGAGEMENT',
    'TENDERING',
    'AWARDED',
    'CLOSED',
    'ABANDONED',
  ],
} as const;

/** `column` keeping only known keys, in their order. */
const known = (column: string, param: string) =>
  `ARRAY(SELECT v FROM unnest(${column}) WITH ORDINALITY AS t(v, n) WHERE v = ANY(${param}::text[]) ORDER BY n)`;
/** `column` holds a key that is not known. */
const hasUnknown = (column: string, param: string) =>
  `EXISTS (SELECT 1 FROM unnest(${column}) AS v WHERE NOT (v = ANY(${param}::text[])))`;

export const EXPERIENCE_REPAIR_MESSAGE =
  'Choose the contract value band and the route to market again: what was stored could not be read.';

export class RepairTaxonomyValues1795320000000 implements MigrationInterface {
  name = 'RepairTaxonomyValues1795320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const k = KEYS;
    await queryRunner.query(
      `UPDATE case_study SET
         stage = CASE WHEN stage = ANY($1::text[]) THEN stage ELSE 'IDEA' END,
         evidence_level = CASE WHEN evidence_level = ANY($2::text[]) THEN evidence_level ELSE NULL END,
         service_areas = ${known('service_areas', '$3')},
         objectives = ${known('objectives', '$4')},
         technologies = ${known('technologies', '$5')}
       WHERE NOT (stage = ANY($1::text[]))
          OR (evidence_level IS NOT NULL AND NOT (evidence_level = ANY($2::text[])))
          OR ${hasUnknown('service_areas', '$3')}
          OR ${hasUnknown('objectives', '$4')}
          OR ${hasUnknown('technologies', '$5')}`,
      [k.caseStudyStages, k.evidenceLevels, k.serviceAreas, k.objectives, k.technologies],
    );
    await queryRunner.query(
      `UPDATE component SET
         kind = CASE WHEN kind = ANY($1::text[]) THEN kind ELSE 'OPEN_SOURCE_SOFTWARE' END,
         maturity = CASE WHEN maturity = ANY($2::text[]) THEN maturity ELSE 'ALPHA' END,
         service_areas = ${known('service_areas', '$3')},
         technologies = ${known('technologies', '$4')},
         standards = ${known('standards', '$5')}
       WHERE NOT (kind = ANY($1::text[]))
          OR NOT (maturity = ANY($2::text[]))
          OR ${hasUnknown('service_areas', '$3')}
          OR ${hasUnknown('technologies', '$4')}
          OR ${hasUnknown('standards', '$5')}`,
      [k.componentKinds, k.componentMaturities, k.serviceAreas, k.technologies, k.standards],
    );
    const adopted: { component_id: string }[] = await queryRunner.query(
      `WITH repaired AS (
         UPDATE component_adoption
            SET status = CASE WHEN stopped_on IS NULL THEN 'EVALUATING' ELSE 'STOPPED' END,
                updated_at = now()
          WHERE NOT (status = ANY($1::text[]))
          RETURNING component_id)
       SELECT DISTINCT component_id FROM repaired`,
      [k.adoptionStatuses],
    );
    if (adopted.length > 0)
      await queryRunner.query(
        `UPDATE component c SET adoption_count = (
           SELECT count(*)::int FROM component_adoption a
            WHERE a.component_id = c.id AND a.status IN ('EVALUATING', 'IN_USE'))
          WHERE c.id = ANY($1::uuid[])`,
        [adopted.map((row) => row.component_id)],
      );
    await queryRunner.query(
      `UPDATE supplier_experience SET
         value_band = CASE WHEN value_band = ANY($1::text[]) THEN value_band ELSE 'UNDER_25K' END,
         route_to_market = CASE WHEN route_to_market = ANY($2::text[]) THEN route_to_market ELSE 'OPEN_PROCEDURE' END,
         framework_name = CASE WHEN route_to_market = ANY($2::text[]) THEN framework_name ELSE NULL END,
         framework_lot = CASE WHEN route_to_market = ANY($2::text[]) THEN framework_lot ELSE NULL END,
         status = CASE WHEN status IN ('REJECTED', 'REMOVED') THEN status ELSE 'CHANGES_REQUESTED' END,
         moderator_message = CASE WHEN status IN ('REJECTED', 'REMOVED') THEN moderator_message ELSE $3 END
       WHERE NOT (value_band = ANY($1::text[])) OR NOT (route_to_market = ANY($2::text[]))`,
      [k.valueBands, k.routesToMarket, EXPERIENCE_REPAIR_MESSAGE],
    );
    await queryRunner.query(
      `UPDATE procurement_group SET
         route = CASE WHEN route IS NULL OR route = ANY($1::text[]) THEN route
                      WHEN is_sample THEN NULL ELSE 'OPEN_PROCEDURE' END,
         framework_name = CASE WHEN route = ANY($1::text[]) OR route IS NULL THEN framework_name ELSE NULL END,
         framework_lot = CASE WHEN route = ANY($1::text[]) OR route IS NULL THEN framework_lot ELSE NULL END,
         visibility = CASE WHEN visibility = ANY($2::text[]) THEN visibility ELSE 'INVITE_ONLY' END,
         stage = CASE WHEN stage = ANY($3::text[]) THEN stage ELSE 'FORMING' END
       WHERE (route IS NOT NULL AND NOT (route = ANY($1::text[])))
          OR NOT (visibility = ANY($2::text[]))
          OR NOT (stage = ANY($3::text[]))`,
      [k.procurementRoutes, k.groupVisibilities, k.groupStages],
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: the values replaced could not be read by any release.
  }
}
