import { checkComponent, type ComponentFields } from '@lgx/api/feature-components';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

interface SampleComponent extends ComponentFields {
  /** Register codes of councils the public source names as leading it; empty when not a council. */
  maintainingCouncilCodes: string[];
  sourceUrl: string;
}

const note = (source: string, maintainer: string) =>
  `\n\n*Sample content: written for LGX from public information (${source}). ${maintainer} It is not an endorsement; check the source before relying on it. No council adoption is recorded for sample content.*`;

/**
 * Well-known components councils reuse (see DOMAIN.md), marked as sample
 * content with their public source. No adoption records are made up.
 */
export const SAMPLE_COMPONENTS: SampleComponent[] = [
  {
    name: 'BOPS (Back Office Planning System)',
    kind: 'OPEN_SOURCE_SOFTWARE',
    summary:
      'Open-source planning case management: validate, consult on, assess and decide planning applications in one system.',
    description:
      'BOPS was built with councils under central government’s digital planning programme, funded through the Local Digital Fund, then handed to local authorities to run and develop together. Planning officers use it to validate and assess applications, print site notices, consult neighbours and statutory bodies and record decisions; applicants can answer requests in the same system.' +
      note(
        'bops.digital and opendigitalplanning.org',
        'The project site names Southwark Council as its lead.',
      ),
    url: 'https://github.com/unboxed/bops',
    licence: 'MIT',
    maturity: 'LIVE',
    maintainingCouncilCodes: ['SWK'],
    serviceAreas: ['PLANNING'],
    technologies: ['OPEN_SOURCE', 'CLOUD'],
    standards: ['GDS_SERVICE_STANDARD', 'WCAG_2_2_AA'],
    features: [
      'Validate planning applications',
      'Consult neighbours and statutory consultees',
      'Assess and record decisions',
    ],
    documentationUrl: 'https://opendigitalplanning.org/back-office-planning-system-bops-0',
    dependencies: [
      { name: 'PostgreSQL with PostGIS', proprietary: false },
      { name: 'Ordnance Survey maps', proprietary: true },
    ],
    sourceUrl: 'https://bops.digital/',
  },
  {
    name: 'LocalGov Drupal',
    kind: 'OPEN_SOURCE_SOFTWARE',
    summary:
      'A Drupal distribution for council websites, built and shared by councils so each does not build its own.',
    description:
      'LocalGov Drupal gives councils a website platform with content types councils need (services, guides, directories, step-by-step pages, alerts) built to the GOV.UK-style patterns residents know. Councils contribute improvements back, so a feature built by one is available to all.' +
      note('localgovdrupal.org', 'It is maintained by a community of councils and suppliers.'),
    url: 'https://github.com/localgovdrupal/localgov',
    licence: 'GPL-2.0-or-later',
    maturity: 'LIVE',
    maintainingCouncilCodes: [],
    serviceAreas: ['CUSTOMER_SERVICES', 'DIGITAL_AND_IT'],
    technologies: ['OPEN_SOURCE'],
    standards: ['WCAG_2_2_AA', 'PSBAR', 'LOCAL_GOV_DRUPAL'],
    features: ['Service pages and guides', 'Directories', 'Alert banners', 'Step-by-step pages'],
    documentationUrl: 'https://docs.localgovdrupal.org/',
    dependencies: [
      { name: 'Drupal', proprietary: false },
      { name: 'PHP', proprietary: false },
    ],
    sourceUrl: 'https://localgovdrupal.org/',
  },
  {
    name: 'GOV.UK Notify Python client',
    kind: 'API',
    summary:
      'The official client library for sending emails, text messages and letters through GOV.UK Notify, which councils can use.',
    description:
      'GOV.UK Notify lets public sector services send emails, text messages and letters from templates. The client libraries (Python, Node.js, Java, .NET, PHP, Ruby) wrap its API; this is the Python one.' +
      note(
        'the GOV.UK Notify documentation',
        'It is maintained by the Government Digital Service, not by a council.',
      ),
    url: 'https://github.com/alphagov/notifications-python-client',
    licence: 'MIT',
    maturity: 'LIVE',
    maintainingCouncilCodes: [],
    serviceAreas: ['CUSTOMER_SERVICES', 'DIGITAL_AND_IT'],
    technologies: ['OPEN_SOURCE', 'CLOUD'],
    standards: ['GDS_SERVICE_STANDARD', 'OPEN_API'],
    features: ['Send emails, text messages and letters', 'Check the status of a message'],
    documentationUrl: 'https://docs.notifications.service.gov.uk/python.html',
    dependencies: [{ name: 'GOV.UK Notify (hosted service)', proprietary: false }],
    sourceUrl: 'https://www.notifications.service.gov.uk/',
  },
  {
    name: 'Data protection impact assessment (DPIA) template',
    kind: 'DOCUMENT_TEMPLATE',
    summary:
      'The ICO’s sample DPIA template: describe the processing, assess necessity and risks, and record the measures taken.',
    description:
      'A DPIA is required before processing likely to result in a high risk to people, such as many AI projects. The Information Commissioner’s Office publishes a sample template that councils adapt; information-governance templates like this are reusable components too.' +
      note('ico.org.uk', 'It is published by the Information Commissioner’s Office.'),
    url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-impact-assessments-dpias/',
    licence: 'OGL-UK-3.0',
    maturity: 'LIVE',
    maintainingCouncilCodes: [],
    serviceAreas: ['CORPORATE_SERVICES', 'DIGITAL_AND_IT'],
    technologies: ['AI'],
    standards: ['UK_GDPR'],
    features: [
      'Describe the nature, scope, context and purposes of the processing',
      'Assess necessity and proportionality',
      'Identify and assess risks, and the measures to reduce them',
    ],
    documentationUrl: null,
    dependencies: [],
    sourceUrl: 'https://ico.org.uk/',
  },
];

/** Adds the sample components, published, to a database that has no components yet. */
export async function loadSampleComponents(app: INestApplication): Promise<number> {
  const db = app.get(DataSource);
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM component`);
  if (count > 0) return 0;
  for (const sample of SAMPLE_COMPONENTS) {
    const { problems, licence } = checkComponent(sample);
    if (problems.length > 0)
      throw new Error(
        `Sample "${sample.name}" is not valid: ${problems.map((p) => p.message).join('; ')}`,
      );
    await db.query(
      `INSERT INTO component (name, kind, summary, description, url, licence, maturity, maintaining_council_codes,
         service_areas, technologies, standards, features, dependencies, documentation_url, status, is_sample, published_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,'PUBLISHED',true,now())`,
      [
        sample.name,
        sample.kind,
        sample.summary,
        sample.description,
        sample.url,
        licence,
        sample.maturity,
        sample.maintainingCouncilCodes,
        sample.serviceAreas,
        sample.technologies,
        sample.standards,
        sample.features,
        JSON.stringify(sample.dependencies),
        sample.documentationUrl,
      ],
    );
  }
  return SAMPLE_COMPONENTS.length;
}
