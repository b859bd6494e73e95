import { RenewalRadarClock } from '@lgx/api/feature-procurement';
import { signedIn, type TestApp, type TestSession } from '@lgx/api/testing';
import { addMonthsIso } from '@lgx/shared/domain';

import { bootApiApp } from '../test/api-test-app';

const TODAY = new Date().toISOString().slice(0, 10);
const months = (n: number) => addMonthsIso(TODAY, n);
const days = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const CONTRACT = `category { code } source ocid title endsOn endsOnBasis certainty supplierName valueAmount valueCurrency`;
const RADAR = `query($code: String!) {
  renewalRadar(councilCode: $code) {
    suggestions { group { id title } contracts { ocid } }
    endings {
      contract { ${CONTRACT} }
      peers { council { code } contract { ${CONTRACT} } sameDivision sameSupplier }
      groups { id title }
    }
  }
}`;
const SUGGESTED = `query($id: ID!) {
  suggestedCouncilsForGroup(id: $id) { suggestions { council { code } contracts { source ocid endsOn } } }
}`;
const START = `mutation($input: ProcurementGroupInput!) { startProcurementGroup(input: $input) { id } }`;

interface RadarContract {
  category: { code: string };
  source: string;
  ocid: string | null;
  title: string | null;
  endsOn: string;
  endsOnBasis: string;
  certainty: string | null;
  supplierName: string | null;
  valueAmount: string | null;
  valueCurrency: string | null;
}
interface Radar {
  suggestions: { group: { id: string; title: string }; contracts: { ocid: string | null }[] }[];
  endings: {
    contract: RadarContract;
    peers: {
      council: { code: string };
      contract: RadarContract;
      sameDivision: boolean;
      sameSupplier: boolean;
    }[];
    groups: { id: string; title: string }[];
  }[];
}

interface PublicContract {
  ocid: string;
  buyer: string | null;
  cpv: string;
  end: string | null;
  maxExtent?: string;
  suppliers?: { name: string; companiesHouseNumber?: string }[];
  value?: [string, string | null];
}

/** The radar reads public contracts (contracting processes matched to a council) as well as experiences. */
describe('renewal radar: public contracts', () => {
  let harness: TestApp;
  const officers: Record<string, TestSession> = {};
  let editor: TestSession;
  /** Starts an open group led by `lead`'s editor, interest closing in three months. */
  const startGroup = async (
    lead: TestSession,
    title: string,
    cpvCode: string,
    desiredStart: string,
  ) => {
    const started = await lead.graphql<{ startProcurementGroup: { id: string } }>(START, {
      input: {
        title,
        need: 'Councils buying the same thing at the same time, together.',
        cpvCode,
        desiredStart,
        route: 'OPEN_PROCEDURE',
        minimumCouncils: 2,
        visibility: 'OPEN',
        interestClosesOn: months(3),
      },
    });
    if (!started.data) throw new Error(JSON.stringify(started.errors));
    return started.data.startProcurementGroup.id;
  };

  /** A compiled public contract, as the import leaves it (only the columns the radar reads). */
  const publicContract = async (c: PublicContract) => {
    await harness.dataSource.query(
      `INSERT INTO contracting_process (ocid, title, buyer_name, buyer_council_code, buyer_match, cpv_main,
         contract_end, contract_end_source, contract_end_certainty, max_extent_date, max_extent_date_source,
         max_extent_date_certainty, value_amount, value_currency, last_release_date, last_release_id,
         release_count, compiled_release)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'CONTRACT', 'CONFIRMED', $8, 'CONTRACT', 'EXPECTED', $9, $10,
         now(), $1, 1, '{}')`,
      [
        c.ocid,
        `Contract ${c.ocid}`,
        c.buyer ? `Council ${c.buyer}` : 'Some Parish Council',
        c.buyer,
        c.buyer ? 'IDENTIFIER' : 'UNMATCHED',
        c.cpv,
        c.end,
        c.maxExtent ?? null,
        c.value?.[0] ?? null,
        c.value?.[1] ?? null,
      ],
    );
    for (const [position, supplier] of (c.suppliers ?? []).entries())
      await harness.dataSource.query(
        `INSERT INTO contract_supplier (ocid, position, name, companies_house_number) VALUES ($1, $2, $3, $4)`,
        [c.ocid, position, supplier.name, supplier.companiesHouseNumber ?? null],
      );
  };

  /** A supplier experience of `council`'s contract, straight into its table. */
  const experience = async (
    council: string,
    cpv: string,
    end: string,
    supplier: string,
    visibility: { status: string; attribution: string },
  ) => {
    const [{ id }] = await harness.dataSource.query(
      `INSERT INTO supplier (name) VALUES ($1) RETURNING id`,
      [supplier],
    );
    await harness.dataSource.query(
      `INSERT INTO supplier_experience (council_code, supplier_id, product, cpv_code, contract_start, contract_end,
         value_band, route_to_market, rating_delivery, rating_value_for_money, rating_support,
         rating_interoperability, rating_exit_and_data_portability, would_buy_again, is_current, attribution, status)
       VALUES ($1, $2, 'A product', $3, '2022-04-01', $4, 'FROM_500K_TO_2M', 'OPEN_PROCEDURE', 4, 4, 4, 4, 4,
         true, true, $5, $6)`,
      [council, id, cpv, end, visibility.attribution, visibility.status],
    );
  };

  const radar = async (reader: TestSession, code: string) => {
    const response = await reader.graphql<{ renewalRadar: Radar }>(RADAR, { code });
    expect(response.errors).toBeUndefined();
    return response.data!.renewalRadar;
  };

  beforeAll(async () => {
    harness = await bootApiApp();
    jest.spyOn(harness.app.get(RenewalRadarClock), 'today').mockReturnValue(TODAY);
    for (const code of ['DER', 'NOT', 'SKP', 'KEN'])
      officers[code] = await signedIn(harness, { council: code });
    editor = await signedIn(harness, { council: 'NOT', role: 'EDITOR' });
  });
  afterAll(() => harness?.close());

  it('shows a council its public contracts ending in the window, each with peers in the same division or with the same supplier within a year, and the groups that match', async () => {
    // Derby's IT contract ends in 10 months, extendable to 12: the radar goes by 12.
    await publicContract({
      ocid: 'ocds-test-der-it',
      buyer: 'DER',
      cpv: '72000000-5',
      end: months(10),
      maxExtent: months(12),
      suppliers: [{ name: 'Acme Software Ltd', companiesHouseNumber: '01234567' }],
      value: ['2500000', 'GBP'],
    });
    // Beyond the window (36 months): not Derby's ending.
    await publicContract({
      ocid: 'ocds-test-der-late',
      buyer: 'DER',
      cpv: '72000000-5',
      end: months(40),
    });
    // Nottingham, same division, 6 months after Derby's: a peer.
    await publicContract({
      ocid: 'ocds-test-not-it',
      buyer: 'NOT',
      cpv: '72200000-7',
      end: months(18),
      suppliers: [{ name: 'Other Systems plc' }],
    });
    // Stockport, same division, 13 months after: beyond a year, not a peer.
    await publicContract({
      ocid: 'ocds-test-skp-it',
      buyer: 'SKP',
      cpv: '72200000-7',
      end: months(25),
    });
    // Kent, another division (waste), the same supplier by name (Kent's has no number): a peer.
    await publicContract({
      ocid: 'ocds-test-ken-waste',
      buyer: 'KEN',
      cpv: '90500000-2',
      end: months(14),
      suppliers: [{ name: 'ACME SOFTWARE LIMITED' }],
    });
    // Kent again, same name but another Companies House number: another company, not a peer.
    await publicContract({
      ocid: 'ocds-test-ken-other',
      buyer: 'KEN',
      cpv: '90500000-2',
      end: months(13),
      suppliers: [{ name: 'Acme Software Ltd', companiesHouseNumber: '99999999' }],
    });
    // A buyer matched to no council, same division and near: never a peer.
    await publicContract({
      ocid: 'ocds-test-parish-it',
      buyer: null,
      cpv: '72000000-5',
      end: months(12),
    });
    const groupId = await startGroup(editor, 'Public radar: shared IT', '72000000-5', months(12));

    const result = await radar(officers['DER']!, 'DER');
    expect(result.endings.map((e) => e.contract.ocid)).toEqual(['ocds-test-der-it']);
    const [ending] = result.endings;
    expect(ending!.contract).toEqual({
      category: { code: '72000000-5' },
      source: 'PUBLIC_CONTRACT',
      ocid: 'ocds-test-der-it',
      title: 'Contract ocds-test-der-it',
      endsOn: months(12),
      endsOnBasis: 'LATEST_POSSIBLE_END',
      certainty: 'EXPECTED',
      supplierName: 'Acme Software Ltd',
      valueAmount: '2500000',
      valueCurrency: 'GBP',
    });
    expect(
      ending!.peers.map((p) => [p.council.code, p.contract.ocid, p.sameDivision, p.sameSupplier]),
    ).toEqual([
      ['KEN', 'ocds-test-ken-waste', false, true],
      ['NOT', 'ocds-test-not-it', true, false],
    ]);
    expect(ending!.peers[1]!.contract).toMatchObject({
      endsOn: months(18),
      endsOnBasis: 'CONTRACT_END',
      certainty: 'CONFIRMED',
      supplierName: 'Other Systems plc',
    });
    expect(ending!.groups).toEqual([{ id: groupId, title: 'Public radar: shared IT' }]);
    expect(result.suggestions).toEqual([
      {
        group: { id: groupId, title: 'Public radar: shared IT' },
        contracts: [{ ocid: 'ocds-test-der-it' }],
      },
    ]);

    // Nottingham's group lead sees Derby among the councils to invite, from its public contract.
    const suggested = await editor.graphql<{
      suggestedCouncilsForGroup: {
        suggestions: {
          council: { code: string };
          contracts: { source: string; ocid: string; endsOn: string }[];
        }[];
      };
    }>(SUGGESTED, { id: groupId });
    expect(suggested.errors).toBeUndefined();
    expect(suggested.data!.suggestedCouncilsForGroup.suggestions).toEqual([
      {
        council: { code: 'DER' },
        contracts: [{ source: 'PUBLIC_CONTRACT', ocid: 'ocds-test-der-it', endsOn: months(12) }],
      },
    ]);
  });

  it('keeps supplier experiences with their visibility rules beside public contracts', async () => {
    await publicContract({
      ocid: 'ocds-test-skp-adverts',
      buyer: 'SKP',
      cpv: '79341000-6',
      end: months(20),
      suppliers: [{ name: 'Adverts Ltd' }],
    });
    // Kent named itself on a published experience: any officer may know of it.
    await experience('KEN', '79342000-3', months(23), 'Kent Marketing Ltd', {
      status: 'PUBLISHED',
      attribution: 'NAMED',
    });
    // Derby's anonymised experience and Nottingham's unpublished one: only their own councils'.
    await experience('DER', '79342000-3', months(21), 'Derby Secret Ltd', {
      status: 'PUBLISHED',
      attribution: 'ANONYMISED',
    });
    await experience('NOT', '79342000-3', months(19), 'Draft Marketing Ltd', {
      status: 'SUBMITTED',
      attribution: 'NAMED',
    });

    const peersOf = (result: Radar, ocid: string) =>
      result.endings
        .find((e) => e.contract.ocid === ocid)!
        .peers.map((p) => [p.council.code, p.contract.source, p.contract.supplierName]);
    const stockport = await radar(officers['SKP']!, 'SKP');
    expect(peersOf(stockport, 'ocds-test-skp-adverts')).toEqual([
      ['KEN', 'SUPPLIER_EXPERIENCE', 'Kent Marketing Ltd'],
    ]);

    // Derby's officers see their own anonymised experience as an ending, and Stockport's public contract and Kent's experience as its peers.
    const derby = await radar(officers['DER']!, 'DER');
    const own = derby.endings.find((e) => e.contract.supplierName === 'Derby Secret Ltd')!;
    expect(own.contract).toMatchObject({
      source: 'SUPPLIER_EXPERIENCE',
      ocid: null,
      endsOnBasis: 'CONTRACT_END',
      certainty: null,
    });
    expect(own.peers.map((p) => [p.council.code, p.contract.supplierName])).toEqual([
      ['SKP', 'Adverts Ltd'],
      ['KEN', 'Kent Marketing Ltd'],
    ]);
    // Nottingham's officers see their draft among their own endings; nobody else does.
    const nottingham = await radar(officers['NOT']!, 'NOT');
    expect(nottingham.endings.map((e) => e.contract.supplierName)).toContain('Draft Marketing Ltd');
    const kentOnDerby = await radar(officers['KEN']!, 'DER');
    expect(kentOnDerby.endings.map((e) => e.contract.supplierName)).not.toContain(
      'Derby Secret Ltd',
    );
  });

  it('shows at most five peers of a contract, those with the same supplier and division first', async () => {
    const end = months(30);
    const repairs = {
      cpv: '50000000-5',
      suppliers: [{ name: 'Fixers', companiesHouseNumber: '55555555' }],
    };
    await publicContract({ ocid: 'ocds-test-der-repairs', buyer: 'DER', end, ...repairs });
    for (const [index, council] of ['NOT', 'SKP', 'KEN', 'NOT', 'SKP', 'KEN'].entries())
      await publicContract({
        ocid: `ocds-test-repairs-${index + 1}`,
        buyer: council,
        cpv: '50100000-6',
        end: days(end, index + 1),
      });
    // Further away, but the same supplier (by number, whatever its name) in the same division.
    await publicContract({
      ocid: 'ocds-test-repairs-both',
      buyer: 'KEN',
      cpv: '50000000-5',
      end: days(end, 200),
      suppliers: [{ name: 'Fixers (UK) Limited', companiesHouseNumber: '55555555' }],
    });
    const result = await radar(officers['DER']!, 'DER');
    const repairsEnding = result.endings.find((e) => e.contract.ocid === 'ocds-test-der-repairs')!;
    expect(
      repairsEnding.peers.map((p) => [p.contract.ocid, p.sameDivision, p.sameSupplier]),
    ).toEqual([
      ['ocds-test-repairs-both', true, true],
      ['ocds-test-repairs-1', true, false],
      ['ocds-test-repairs-2', true, false],
      ['ocds-test-repairs-3', true, false],
      ['ocds-test-repairs-4', true, false],
    ]);
  });

  it('invites a council with its five public contracts nearest the group’s start', async () => {
    const start = months(24);
    for (const offset of [-30, -20, -10, 0, 10, 20, 30])
      await publicContract({
        ocid: `ocds-test-ken-works-${offset}`,
        buyer: 'KEN',
        cpv: '45000000-7',
        end: days(start, offset),
      });
    const lead = await signedIn(harness, { council: 'SKP', role: 'EDITOR' });
    const id = await startGroup(lead, 'Public radar: highway works', '45233140-2', start);
    const response = await lead.graphql<{
      suggestedCouncilsForGroup: {
        suggestions: { council: { code: string }; contracts: { ocid: string }[] }[];
      };
    }>(SUGGESTED, { id });
    expect(response.errors).toBeUndefined();
    expect(
      response.data!.suggestedCouncilsForGroup.suggestions.map((s) => [
        s.council.code,
        s.contracts.map((c) => c.ocid.replace('ocds-test-ken-works-', '')),
      ]),
    ).toEqual([['KEN', ['0', '-10', '10', '-20', '20']]]);
  });
});
