import { type PublishedBuyer } from '../buyer-council-match';

/** A published buyer and the council it is (null: not a principal council, or not surely one). */
export interface BuyerNameRow {
  buyer: PublishedBuyer;
  /** The register code it must match, or null when any match is wrong. */
  council: string | null;
  /** sample: a buyer of the Contracts Finder sample; known: a name known to occur in UK notices. */
  from: 'sample' | 'known';
}

const row =
  (from: BuyerNameRow['from']) =>
  (council: string | null, name: string, scheme?: string, id?: string): BuyerNameRow => ({
    buyer: { name, ...(scheme ? { identifier: { scheme, id } } : {}) },
    council,
    from,
  });
export const sample = row('sample');
export const known = row('known');

/** Every buyer of ../shared/data/contracts-finder-sample/release-package.json, with its identifier. */
export const SAMPLE_BUYERS: readonly BuyerNameRow[] = [
  sample('BAS', 'Bath and North East Somerset Council'),
  sample('CHW', 'Cheshire west and Chester Borough Council'),
  sample('BRD', 'City of Bradford Metropolitan District Council'),
  sample('DNC', 'City of Doncaster Council'),
  sample('DUD', 'Dudley Metropolitan Borough Council'),
  sample('DUR', 'Durham County Council', 'GB-LAE', 'DUR'),
  sample(
    'EHE',
    'East Herts Council',
    'GB-SRS',
    'supplierregistration.cabinetoffice.gov.uk/98daTnKc',
  ),
  sample('HRT', "Hertfordshire County Council - Children's Services"),
  sample('HER', 'Hertsmere Borough Council'),
  sample('ISL', 'Islington Council'),
  sample('LCE', 'Leicester City Council'),
  sample('LEC', 'Leicestershire County Council'),
  sample('MRT', 'London Borough of Merton'),
  sample('MAN', 'Manchester City Council'),
  sample('NYE', 'North Yorkshire Council', 'GB-SRS', 'sid4gov.cabinetoffice.gov.uk/8s944V4W'),
  sample('SMT', 'SOMERSET COUNCIL', 'GB-SRS', 'sid4gov.cabinetoffice.gov.uk/XhPB26DC'),
  sample('SAW', 'Sandwell Metropolitan Borough Council'),
  sample('SHF', 'Sheffield City Council'),
  sample('STH', 'Southampton City Council', 'GB-SRS', 'sid4gov.cabinetoffice.gov.uk/jxfb36Bw'),
  sample('STV', 'Stevenage Borough Council'),
  sample(
    'STT',
    'Stockton-on-tees Borough Council',
    'GB-SRS',
    'sid4gov.cabinetoffice.gov.uk/5ncA23JZ',
  ),
  sample('SFK', 'Suffolk County Council Passenger Transport'),
  sample('WAR', 'Warwickshire County Council (WCC)'),
  sample(
    'WNT',
    'West Northamptonshire Council',
    'GB-SRS',
    'supplierregistration.cabinetoffice.gov.uk/Ghxe296B',
  ),
  sample('WECA', 'West of England Combined Authority'),
  sample(null, 'Barton Stacey Primary School'),
  sample(null, 'Cabinet Office', 'GB-SRS', 'sid4gov.cabinetoffice.gov.uk/3A4AmUm4'),
  sample(null, 'Cefas'),
  sample(null, 'DESNZ'),
  sample(null, 'Department for Business and Trade'),
  sample(null, 'DfTc - Department for Transport'),
  sample(null, 'Diamond Light Source Ltd', 'GB-SRS', 'sid4gov.cabinetoffice.gov.uk/3Sha6wdW'),
  sample(null, 'Dixons Academies Charitable Trust Ltd'),
  sample(
    null,
    'ENTERPRISE CHESHIRE AND WARRINGTON',
    'GB-SRS',
    'sid4gov.cabinetoffice.gov.uk/jH9F9wAB',
  ),
  sample(null, 'EU SUPPLY LIMITED', 'GB-SRS', 'sid4gov.cabinetoffice.gov.uk/rFBk7FPE'),
  sample(null, 'Espo', 'GB-SRS', 'sid4gov.cabinetoffice.gov.uk/8vt52CDf'),
  sample(null, 'Foreign Commonwealth and Development Office'),
  sample(null, 'GALLIFORD TRY INFRASTRUCTURE LIMITED'),
  sample(null, 'HS1 Ltd'),
  sample(null, 'Home Office'),
  sample(null, 'Homes England (the name adopted by the Homes and Communities Agency)'),
  sample(null, 'Kettering General Hospital NHS Foundation Trust'),
  sample(null, 'LONDON & QUADRANT HOUSING TRUST'),
  sample(null, 'Lancing Parish Council', 'GB-SRS', 'sid4gov.cabinetoffice.gov.uk/qz54B8Kv'),
  sample(null, 'London Luton Airport Operations Limited'),
  sample(null, 'Martock Parish Council'),
  sample(null, "Mayor's Office for Policing and Crime"),
  sample(null, 'Ministry of Defence'),
  sample(null, 'NATIONAL WEALTH FUND LIMITED'),
  sample(null, 'NHS North West London Integrated Care Board'),
  sample(null, 'NHS Resolution'),
  sample(null, 'NHS Supply Chain'),
  sample(null, 'National Highways'),
  sample(null, 'Norse Commercial Services Limited'),
  sample(null, 'North York Moors National Park Authority'),
  sample(null, 'Northumbria Healthcare NHS Foundation Trust'),
  sample(null, 'Nottingham Trent University (NTU)'),
  sample(null, 'Nottingham University Hospitals NHS Trust'),
  sample(null, 'Nuclear Restoration Services Limited ( Dounreay)'),
  sample(null, 'Partners Procurement Service (PPS)'),
  sample(null, 'Peabody Trust'),
  sample(null, 'Places for People Group Limited'),
  sample(null, 'Ports of Jersey'),
  sample(null, 'Progress Housing Group'),
  sample(null, 'SINGLE SOURCE REGULATIONS OFFICE', 'GB-GOR', 'PB1093'),
  sample(null, 'Salix Homes Limited'),
  sample(null, 'Skanska Infrastructure (Rail)'),
  sample(null, 'Somerset NHS Foundation Trust'),
  sample(null, 'South of England Procurement Centre'),
  sample(null, 'Thame Town Council'),
  sample(null, 'UK Research & Innovation'),
  sample(null, 'UK SHARED BUSINESS SERVICES LIMITED'),
  sample(null, 'UNIVERSITY OF DERBY', 'GB-SRS', 'sid4gov.cabinetoffice.gov.uk/hRK774t6'),
  sample(null, 'University Of Worcester'),
  sample(null, 'Walsall Healthcare NHS Trust'),
  sample(null, 'Welland Procurement Unit'),
  sample(null, 'Wiltshire Fire And Rescue Service'),
  sample(null, 'defra'),
];
