/**
 * Names councils go by that the register does not hold: the short forms they
 * use for themselves (web addresses, logos, committee papers, postal
 * abbreviations) and the everyday names officers type ("Hull", "Kingston").
 * Search indexes them with the council so that "RBWM" or "Hull" finds it
 * first. Each entry says where the forms are in use.
 *
 * Only forms that name one council are listed: "LCC" (Leeds, Leicester,
 * Lancashire, Liverpool...), "HCC" or "Newcastle" are not.
 */
export interface CouncilShortNames {
  /** The council's register code. */
  code: string;
  /** Initials, abbreviations and shortened names, matched as typed (a typo of one is another's). */
  shortForms: readonly string[];
  /** Everyday names: the town or city people mean by the council, forgiven a typo. */
  everydayNames: readonly string[];
  /** Where the names are in use. */
  source: string;
}

const entry = (
  code: string,
  shortForms: string[],
  everydayNames: string[],
  source: string,
): CouncilShortNames =>
  Object.freeze({
    code,
    shortForms: Object.freeze(shortForms),
    everydayNames: Object.freeze(everydayNames),
    source,
  });

export const COUNCIL_SHORT_NAMES: readonly CouncilShortNames[] = Object.freeze([
  // Unitary and metropolitan councils, London boroughs.
  entry('WNM', ['RBWM'], ['Windsor', 'Maidenhead'], 'rbwm.gov.uk; the council signs as RBWM'),
  entry('HMF', ['LBHF', 'H&F'], [], 'lbhf.gov.uk; the council brands itself H&F'),
  entry(
    'CHW',
    ['CWaC'],
    ['Chester'],
    "the council's own papers (CWaC); Chester is its county town",
  ),
  entry('BBD', ['BwD'], ['Blackburn'], 'blackburn.gov.uk; the council writes BwD'),
  entry('BPC', ['BCP', 'BCP Council'], [], 'bcpcouncil.gov.uk; the council is named BCP Council'),
  entry('BAS', ['B&NES', 'BANES'], ['Bath'], 'bathnes.gov.uk; the council writes B&NES'),
  entry('NEL', ['NELC', 'NE Lincs'], [], 'nelincs.gov.uk; the council writes NELC'),
  entry('NLN', ['North Lincs'], [], 'northlincs.gov.uk'),
  entry('KEC', ['RBKC'], [], 'rbkc.gov.uk'),
  entry('GRE', ['RBG', 'Royal Greenwich'], [], 'royalgreenwich.gov.uk'),
  entry('KTT', ['RBK'], ['Kingston'], 'kingston.gov.uk; Londoners call it Kingston'),
  entry('KHL', [], ['Hull'], 'hull.gov.uk; the council is Hull City Council'),
  entry('TWH', ['LBTH'], [], 'towerhamlets.gov.uk; the council writes LBTH'),
  entry('BDG', ['LBBD'], [], 'lbbd.gov.uk'),
  entry('WFT', ['LBWF'], [], 'walthamforest.gov.uk; the council writes LBWF'),
  entry('RIC', ['LBRuT'], ['Richmond'], 'richmond.gov.uk; the council writes LBRuT'),
  entry('BNH', ['BHCC', 'B&H'], ['Brighton'], 'brighton-hove.gov.uk; the council writes BHCC'),
  entry('BRD', ['CBMDC'], [], "bradford.gov.uk; the council's formal papers use CBMDC"),
  entry('MIK', ['MK', 'MKC', 'MK Council'], [], 'milton-keynes.gov.uk; MK is the city’s own brand'),
  entry('YOR', ['CYC'], [], 'york.gov.uk; the council writes CYC'),
  entry('ERY', ['ERYC'], [], 'eastriding.gov.uk; the council writes ERYC'),
  entry('NSM', ['NSC'], [], 'n-somerset.gov.uk; the council writes NSC'),
  entry('BRC', ['BFC'], [], 'bracknell-forest.gov.uk; the council writes BFC'),
  entry('NNT', ['NNC', 'North Northants'], [], 'northnorthants.gov.uk; the council writes NNC'),
  entry('WNT', ['WNC', 'West Northants'], [], 'westnorthants.gov.uk; the council writes WNC'),
  entry('CBF', ['Central Beds'], [], 'centralbedfordshire.gov.uk'),
  entry('IOW', ['IoW'], [], 'iow.gov.uk'),
  entry('IOS', ['IoS', 'Scilly'], [], 'scilly.gov.uk'),
  entry('LCR', ['LCRCA'], [], 'liverpoolcityregion-ca.gov.uk'),
  entry('STE', [], ['Stoke'], 'stoke.gov.uk'),
  entry('LIC', [], ['Lincoln'], 'lincoln.gov.uk; the city council of Lincoln'),
  entry('SOS', [], ['Southend'], 'southend.gov.uk'),
  entry('TFW', [], ['Telford'], 'telford.gov.uk'),
  entry('RCC', ['R&C'], ['Redcar'], 'redcar-cleveland.gov.uk'),
  entry('STT', [], ['Stockton'], 'stockton.gov.uk'),
  entry('BST', [], ['Bristol'], 'bristol.gov.uk'),
  entry('DUR', [], ['Durham'], 'durham.gov.uk'),
  entry('NYE', ['North Yorks'], [], 'northyorks.gov.uk'),
  entry('SCR', ['SYMCA'], [], 'southyorkshire-ca.gov.uk; the authority writes SYMCA'),
  entry('EMCA', ['EMCCA'], [], 'eastmidlands-cca.gov.uk; the authority writes EMCCA'),
  entry('HYCA', ['HEYMCA'], [], 'the authority’s own name, Hull and East Yorkshire MCA'),
  entry('YNYC', ['YNYCA'], [], 'yorknorthyorks-ca.gov.uk'),
  // County councils: the council's initials and the county's postal abbreviation.
  entry('KEN', ['KCC'], [], 'kent.gov.uk; the council writes KCC'),
  entry('WSX', ['WSCC'], [], 'westsussex.gov.uk'),
  entry('ESX', ['ESCC'], [], 'eastsussex.gov.uk'),
  entry('NTT', ['Notts'], [], 'nottinghamshire.gov.uk; Notts is the postal abbreviation'),
  entry('DBY', ['Derbys'], [], 'Derbys is the postal abbreviation'),
  entry('LEC', ['Leics'], [], 'Leics is the postal abbreviation'),
  entry('LIN', ['Lincs'], [], 'lincolnshire.gov.uk; Lincs is the postal abbreviation'),
  entry('GLS', ['Glos'], [], 'gloucestershire.gov.uk; Glos is the postal abbreviation'),
  entry('HRT', ['Herts'], [], 'hertfordshire.gov.uk; Herts is the postal abbreviation'),
  entry('HAM', ['Hants'], [], 'hants.gov.uk is the council’s own address'),
  entry('BUC', ['Bucks'], [], 'buckinghamshire.gov.uk; Bucks is the postal abbreviation'),
  entry('CAM', ['Cambs'], [], 'cambridgeshire.gov.uk; Cambs is the postal abbreviation'),
  entry('OXF', ['Oxon'], [], 'Oxon is the postal abbreviation'),
  entry('WIL', ['Wilts'], [], 'Wilts is the postal abbreviation'),
  entry('WOR', ['Worcs'], [], 'Worcs is the postal abbreviation'),
  entry('WAR', ['Warks'], [], 'Warks is the postal abbreviation'),
  entry('STS', ['Staffs'], [], 'staffordshire.gov.uk; Staffs is the postal abbreviation'),
  entry('LAN', ['Lancs'], [], 'Lancs is the postal abbreviation'),
  // District councils.
  entry('REI', ['RBBC'], [], 'reigate-banstead.gov.uk'),
  entry('BAN', ['BDBC'], ['Basingstoke'], 'basingstoke.gov.uk'),
  entry('SCA', ['SCDC', 'South Cambs'], [], 'scambs.gov.uk'),
  entry('SDE', ['SDDC'], [], 'southderbyshire.gov.uk'),
  entry('NKE', ['NKDC'], [], 'n-kesteven.gov.uk'),
  entry('ELI', ['ELDC'], [], 'e-lindsey.gov.uk'),
  entry('WLI', ['WLDC'], [], 'west-lindsey.gov.uk'),
  entry('SKE', ['SKDC'], [], 'southkesteven.gov.uk'),
  entry('FOE', ['FoDDC'], [], 'fdean.gov.uk'),
  entry('TUN', ['TWBC'], [], 'tunbridgewells.gov.uk'),
  entry('KIN', ['BCKLWN', 'West Norfolk'], [], 'west-norfolk.gov.uk; the council writes BCKLWN'),
  // Wales.
  entry('RCT', ['RCT'], ['Rhondda'], 'rctcbc.gov.uk'),
  entry('NTL', ['NPT'], [], 'npt.gov.uk'),
  entry('VGL', ['VoG', 'Vale of Glam'], [], 'valeofglamorgan.gov.uk'),
  entry('CMN', ['Carms'], [], 'Carms is the postal abbreviation'),
  entry('PEM', ['Pembs'], [], 'Pembs is the postal abbreviation'),
  // Scotland.
  entry('DGY', ['D&G', 'DGC'], [], 'dumgal.gov.uk'),
  entry('PKN', ['PKC', 'P&K'], [], 'pkc.gov.uk'),
  entry('ELS', ['CnES'], ['Western Isles'], 'cne-siar.gov.uk'),
  entry('GLG', [], ['Glasgow'], 'glasgow.gov.uk'),
  entry('DND', [], ['Dundee'], 'dundeecity.gov.uk'),
  entry('EDH', [], ['Edinburgh'], 'edinburgh.gov.uk'),
  entry('ABE', [], ['Aberdeen'], 'aberdeencity.gov.uk'),
  // Northern Ireland.
  entry('DRS', ['DCSDC'], [], 'derrystrabane.com'),
  entry('LBC', ['LCCC'], [], 'lisburncastlereagh.gov.uk'),
  entry('NMD', ['NMDDC'], [], 'newrymournedown.org'),
  entry('CCG', ['CCGBC'], [], 'causewaycoastandglens.gov.uk'),
  entry('MUL', ['MUDC'], [], 'midulstercouncil.org'),
  entry('MEA', ['MEABC'], [], 'midandeastantrim.gov.uk'),
  entry('FMO', ['FODC'], [], 'fermanaghomagh.com'),
]);

const BY_CODE: ReadonlyMap<string, CouncilShortNames> = new Map(
  COUNCIL_SHORT_NAMES.map((names) => [names.code, names]),
);

/** The short forms and everyday names of one council (empty lists when it has none). */
export function councilShortNames(
  code: string,
): Pick<CouncilShortNames, 'shortForms' | 'everydayNames'> {
  return BY_CODE.get(code) ?? { shortForms: [], everydayNames: [] };
}

/** Codes of the councils one of whose short forms or everyday names contains `text` (any case). */
export function councilCodesByShortName(text: string): string[] {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return [];
  return COUNCIL_SHORT_NAMES.filter((names) =>
    [...names.shortForms, ...names.everydayNames].some((name) =>
      name.toLowerCase().includes(wanted),
    ),
  ).map((names) => names.code);
}
