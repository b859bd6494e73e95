/**
 * The names councils in Wales and Scotland publish in Welsh or Gaelic, which
 * the register holds only in part (and, for Ynys Môn, with its accent lost).
 * Keyed by register code; each is the council's own name on its website and
 * in its notices.
 */
export const WELSH_AND_GAELIC_COUNCIL_NAMES: Readonly<Record<string, readonly string[]>> =
  Object.freeze({
    AGY: ['Cyngor Sir Ynys Môn', 'Ynys Môn', 'Anglesey County Council'],
    BGE: ['Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr'],
    BGW: ['Cyngor Bwrdeistref Sirol Blaenau Gwent'],
    CAY: ['Cyngor Bwrdeistref Sirol Caerffili'],
    CGN: ['Cyngor Sir Ceredigion'],
    CMN: ['Cyngor Sir Gâr', 'Cyngor Sir Caerfyrddin', 'Sir Gâr'],
    CRF: ['Cyngor Caerdydd', 'Cyngor Dinas Caerdydd', 'Cardiff Council'],
    CWY: ['Cyngor Bwrdeistref Sirol Conwy'],
    DEN: ['Cyngor Sir Ddinbych'],
    FLN: ['Cyngor Sir y Fflint'],
    GWN: ['Cyngor Gwynedd'],
    MON: ['Cyngor Sir Fynwy'],
    MTY: ['Cyngor Bwrdeistref Sirol Merthyr Tudful'],
    NTL: ['Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot'],
    NWP: ['Cyngor Dinas Casnewydd'],
    PEM: ['Cyngor Sir Penfro', 'Sir Penfro'],
    POW: ['Cyngor Sir Powys'],
    RCT: ['Cyngor Bwrdeistref Sirol Rhondda Cynon Taf'],
    SWA: ['Cyngor Dinas a Sir Abertawe', 'Swansea Council'],
    TOF: ['Cyngor Bwrdeistref Sirol Torfaen'],
    VGL: ['Cyngor Bro Morgannwg'],
    WRX: ['Cyngor Bwrdeistref Sirol Wrecsam'],
    ELS: ['Comhairle nan Eilean Siar', 'Western Isles Council'],
    HLD: ['Comhairle na Gàidhealtachd'],
  });
