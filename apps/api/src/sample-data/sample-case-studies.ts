import type { CaseStudyFields } from '@lgx/api/feature-case-studies';
import { checkCaseStudy } from '@lgx/api/feature-case-studies';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

interface SampleCaseStudy extends CaseStudyFields {
  leadCouncilCode: string;
  coAuthorCouncilCodes: string[];
  sourceUrl: string;
}

const SAMPLE_NOTE =
  'Sample content: written for LGX from the public report linked as its source. The council did not write it; check the source before relying on it.';

/**
 * Case studies based on public reports of what councils did (see DOMAIN.md),
 * marked as sample content with their source. Figures are only those the
 * source states, with the evidence level they deserve, each quoted in the
 * sample's own text (sample-case-studies.spec.ts checks it) with a comment
 * naming where it comes from. A figure the source does not state as one of
 * ours (a one-off investment, a yearly running cost, a yearly cashable
 * saving) is left out, and LGX says it is not given: never divide a contract
 * value by its years or call a one-off saving yearly.
 */
export const SAMPLE_CASE_STUDIES: SampleCaseStudy[] = [
  {
    leadCouncilCode: 'DER',
    coAuthorCouncilCodes: [],
    title: 'Reviewing adult social care packages with AI',
    summary:
      'Derby City Council extended its use of AI into adult social care: AI helps review care packages, and a person makes the decision.',
    challenge:
      'Rising demand and financial pressure: making cuts to services year on year was not seen as sustainable.',
    whatWasDone:
      'After a pilot with digital assistants, the council signed a four-year contract (reported as £7m) with its technology partner to extend generative AI into adult social care, customer services and debt recovery. In adult social care, AI helps teams review care packages and decide whether people supported at home receive the right level of care; staff check every output.',
    impact:
      'The council reported that it hoped to save £4m in 2024/25 through AI, with most of the forecast savings coming from adult social care.',
    lessonsLearned:
      'Start with routine tasks, keep a person responsible for every decision, and build confidence with a visible pilot first.',
    body: SAMPLE_NOTE,
    serviceAreas: ['ADULT_SOCIAL_CARE'],
    objectives: ['EFFICIENCY'],
    technologies: ['AI', 'GENERATIVE_AI'],
    stage: 'LIVE',
    // Computer Weekly, 19 July 2024 (366596174): "hopes to save £4m in the 2024/25 financial
    // year through AI", most of it in adult social care; a forecast, hence ESTIMATED.
    // No investment: the £7m is a four-year contract, neither a one-off investment nor a
    // stated yearly running cost.
    cashableSavingsPerYear: '4m',
    evidenceLevel: 'ESTIMATED',
    sourceUrl:
      'https://www.computerweekly.com/news/366572223/Derby-City-Council-extends-AI-project-with-multi-million-deal-after-saving-200000-with-chatbots',
  },
  {
    leadCouncilCode: 'DER',
    coAuthorCouncilCodes: [],
    title: 'Darcie and Ali: digital assistants on the website and phone lines',
    summary:
      'Two AI assistants answer residents’ questions around the clock, on the web and on the switchboard, and pass complex cases to staff.',
    challenge:
      'Most contact with residents came by telephone, and call centre capacity was stretched.',
    whatWasDone:
      'From April 2023 Derby introduced two digital assistants: Darcie for customer services and Ali for housing enquiries, on the websites and telephone switchboards, in place of a conventional phone menu.',
    impact:
      'The council reported the assistants had handled over a million web and phone queries, and handled 43% of calls against an expected 20%; the initial project was reported to have saved £200,000.',
    lessonsLearned:
      'Showing early, measurable improvement built the confidence of councillors and staff for wider use of AI.',
    body: SAMPLE_NOTE,
    serviceAreas: ['CUSTOMER_SERVICES', 'HOUSING'],
    objectives: ['RESIDENT_EXPERIENCE', 'EFFICIENCY'],
    technologies: ['DIGITAL_ASSISTANTS', 'AI'],
    stage: 'SCALED',
    startDate: '2023-04-01',
    // No money figures: the £200,000 the source reports is a saving to date, not a yearly
    // saving, and it gives no investment or running cost.
    evidenceLevel: 'MEASURED_INTERNALLY',
    sourceUrl:
      'https://www.computerweekly.com/news/366596174/Derby-City-Council-eyes-1225m-annual-savings-with-AI-and-chatbot-deployments',
  },
  {
    leadCouncilCode: 'GMCA',
    coAuthorCouncilCodes: ['SKP', 'BOL', 'BUR', 'OLD', 'RCH', 'TRF', 'WGN'],
    title: 'Buying one full fibre network for more than 1,500 public sites',
    summary:
      'Greater Manchester councils, fire and rescue and transport pooled their demand and bought one full fibre network together, for 30 years.',
    challenge: 'Each public body bought its own connectivity, on its own contracts and timescales.',
    whatWasDone:
      'Councils including Bury, Bolton, Oldham, Rochdale, Stockport, Trafford and Wigan, with the Combined Authority, Greater Manchester Fire and Rescue and Transport for Greater Manchester, ran one procurement. In early 2020 a supplier was appointed to deliver and support fibre to more than 1,550 public service sites for 30 years. Stockport agreed up-front capital of £740,000 as its share.',
    impact:
      'A £30m programme, part funded by £23.7m of government Local Full Fibre Networks money, described as the UK’s largest such programme, with social value commitments including apprenticeships and free connectivity for community sites.',
    lessonsLearned:
      'Close working arrangements between the partners made a joint bid possible; contracts ending at different times are a reason to start talking early.',
    body: SAMPLE_NOTE,
    serviceAreas: ['DIGITAL_AND_IT', 'PROCUREMENT'],
    objectives: ['ECONOMIC_GROWTH', 'EFFICIENCY'],
    technologies: ['CONNECTIVITY'],
    stage: 'LIVE',
    // i-network (the source): "The £30 million programme, part funded by central government
    // and part by the partners". It states no running cost or cashable saving.
    investment: '30m',
    evidenceLevel: 'ESTIMATED',
    sourceUrl:
      'https://i-network.org.uk/gmca-greater-manchester-local-full-fibre-network-programme/',
  },
  {
    leadCouncilCode: 'KEN',
    coAuthorCouncilCodes: [],
    title: 'AI assistants for staff, with peer-led training',
    summary:
      'Kent County Council put AI assistants in the hands of staff at scale, with community-led training so people feel able to change their own workload.',
    challenge: 'Growing need among residents and limited resources, as in every county council.',
    whatWasDone:
      'The council deployed AI assistants in everyday office tools across its workforce, with peer-learning groups sharing prompts and practice, an AI policy, and investment in information-governance advice so staff know what data may be used where.',
    impact:
      'Reported gains in the speed of routine tasks; staff time moved to work that needs people.',
    lessonsLearned:
      'Training and governance come first: people use the tools well when they understand what is safe.',
    body: SAMPLE_NOTE,
    serviceAreas: ['CORPORATE_SERVICES', 'DIGITAL_AND_IT'],
    objectives: ['WORKFORCE', 'EFFICIENCY'],
    technologies: ['GENERATIVE_AI'],
    stage: 'SCALED',
    // No money figures: the source states none.
    evidenceLevel: 'ESTIMATED',
    sourceUrl:
      'https://windowsnews.ai/article/transforming-kent-county-council-with-ai-and-microsoft-copilot-a-new-era-in-public-service.367967',
  },
];

/** Adds the sample case studies, published, to a database that has no case studies yet. */
export async function loadSampleCaseStudies(app: INestApplication): Promise<number> {
  const db = app.get(DataSource);
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM case_study`);
  if (count > 0) return 0;
  for (const sample of SAMPLE_CASE_STUDIES) {
    const { problems, figures } = checkCaseStudy(sample);
    if (problems.length > 0)
      throw new Error(
        `Sample "${sample.title}" is not valid: ${problems.map((p) => p.message).join('; ')}`,
      );
    const [{ id }] = await db.query(
      `INSERT INTO case_study (title, summary, challenge, what_was_done, impact, lessons_learned, body, lead_council_code,
         co_author_council_codes, service_areas, objectives, technologies, stage, start_date, source_url,
         investment_pence, running_cost_pence_per_year, cashable_savings_pence_per_year, evidence_level, status, is_sample, published_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,'PUBLISHED',true,now()) RETURNING id`,
      [
        sample.title,
        sample.summary,
        sample.challenge,
        sample.whatWasDone,
        sample.impact,
        sample.lessonsLearned,
        sample.body,
        sample.leadCouncilCode,
        sample.coAuthorCouncilCodes,
        sample.serviceAreas,
        sample.objectives,
        sample.technologies,
        sample.stage,
        sample.startDate ?? null,
        sample.sourceUrl,
        figures.investmentPence,
        figures.runningCostPencePerYear,
        figures.cashableSavingsPencePerYear,
        sample.evidenceLevel,
      ],
    );
    await db.query(
      `INSERT INTO case_study_revision (case_study_id, version, snapshot, changed_by_council_code) VALUES ($1, 1, $2, $3)`,
      [id, JSON.stringify({ ...sample, ...figures }), sample.leadCouncilCode],
    );
  }
  return SAMPLE_CASE_STUDIES.length;
}
