import {
  buildReleasePackage,
  exportRefusal,
  type OcdsCouncil,
  procurementCategoryOf,
} from './ocds-release-package';
import { ocdsProblems } from './ocds-validator';

const council = (code: string, officialName: string, nation = 'England'): OcdsCouncil => ({
  code,
  officialName,
  nation,
});
const DERBY = council('DER', 'Derby City Council');
const NOTTINGHAM = council('NOT', 'Nottingham City Council');
const GLASGOW = council('GLG', 'Glasgow City Council', 'Scotland');

const build = () =>
  buildReleasePackage({
    group: {
      id: '7a1f0e0e-1111-4222-8333-944444444444',
      title: 'AI digital assistant',
      need: 'Answers to residents’ questions, day and night.',
      cpvCode: '72000000-5',
      route: 'EXISTING_FRAMEWORK',
      frameworkName: 'G-Cloud 14',
      frameworkLot: 'Cloud software',
      desiredStart: '2027-04-01',
    },
    lead: DERBY,
    commitments: [
      {
        council: NOTTINGHAM,
        volume: 40,
        volumeUnit: 'licences',
        estimatedValuePence: 30_000_050,
        earliestStart: '2027-04-01',
        latestStart: '2027-09-30',
      },
      {
        council: GLASGOW,
        volume: 60,
        volumeUnit: 'licences',
        estimatedValuePence: 45_000_000,
        earliestStart: '2027-05-01',
        latestStart: '2027-06-30',
      },
    ],
    changedAt: new Date('2026-11-22T10:00:00.123Z'),
    publicUrl: 'https://lgx.example',
  });

describe('the OCDS release package of a group', () => {
  it('is valid against the official OCDS 1.1 release package and release schemas', () => {
    expect(ocdsProblems(build())).toEqual([]);
  });

  it('has a buyer per committed council, the lead as procuring entity, items, lots and the budget', () => {
    const release = build().releases[0]!;
    expect(release.parties.map((p) => [p.id, p.roles])).toEqual([
      ['GB-LAE-DER', ['procuringEntity']],
      ['GB-LAE-NOT', ['buyer']],
      ['GB-LAS-GLG', ['buyer']],
    ]);
    expect(release.tender.procuringEntity).toEqual({
      id: 'GB-LAE-DER',
      name: 'Derby City Council',
    });
    expect(release.planning.budget.amount).toEqual({ amount: 750000.5, currency: 'GBP' });
    expect(release.tender.items.map((i) => [i.classification.id, i.relatedLot])).toEqual([
      ['72000000', 'lot-NOT'],
      ['72000000', 'lot-GLG'],
    ]);
    expect(release.tender.lots.map((l) => l.value.amount)).toEqual([300000.5, 450000]);
    expect(release.tender.contractPeriod).toEqual({ startDate: '2027-04-01T00:00:00Z' });
    expect(release.tender.procurementMethod).toBe('selective');
  });

  it('fails validation when a required field is missing, so the check can fail', () => {
    const broken = build() as unknown as { releases: Record<string, unknown>[] };
    delete broken.releases[0]!['initiationType'];
    broken.releases[0]!['date'] = 'yesterday';
    expect(ocdsProblems(broken).join('\n')).toMatch(
      /initiationType[\s\S]*date-time|date-time[\s\S]*initiationType/,
    );
  });

  it('maps CPV divisions to OCDS procurement categories', () => {
    expect(
      ['45000000-7', '72000000-5', '48000000-8', '30200000-1'].map(procurementCategoryOf),
    ).toEqual(['works', 'services', 'goods', 'goods']);
  });
});

describe('exportRefusal', () => {
  const made = {
    isSample: false,
    sourceUrl: null,
    route: 'OPEN_PROCEDURE' as const,
    desiredStart: '2027-04-01',
  };

  it('exports a group made on LGX', () => {
    expect(exportRefusal(made)).toBeNull();
  });

  it('refuses sample content, naming its source, even when every detail is there', () => {
    const refusal = exportRefusal({ ...made, isSample: true, sourceUrl: 'https://example.org/a' });
    expect(refusal).toContain('sample content');
    expect(refusal).toContain('https://example.org/a');
    expect(refusal).toContain('no OCDS release');
  });

  it('refuses a group without a route or a start, which only sample content may lack', () => {
    expect(exportRefusal({ ...made, route: null })).toMatch(/no route or desired contract start/);
    expect(exportRefusal({ ...made, desiredStart: null })).toMatch(/no route/);
  });
});
