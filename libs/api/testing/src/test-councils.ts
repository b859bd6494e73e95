import type { DataSource } from 'typeorm';

/** A few real councils from the register, for tests that need councils but not the whole import. */
export const TEST_COUNCILS = {
  DER: {
    name: 'Derby',
    officialName: 'Derby City Council',
    type: 'UA',
    region: 'East Midlands',
    population: 257302,
    area: 78,
    lat: 52.915,
    lng: -1.4692,
  },
  NOT: {
    name: 'Nottingham',
    officialName: 'Nottingham City Council',
    type: 'UA',
    region: 'East Midlands',
    population: 332900,
    area: 75,
    lat: 52.954,
    lng: -1.155,
  },
  SKP: {
    name: 'Stockport',
    officialName: 'Stockport Metropolitan Borough Council',
    type: 'MD',
    region: 'North West',
    population: 294197,
    area: 126,
    lat: 53.39,
    lng: -2.15,
  },
  KEN: {
    name: 'Kent',
    officialName: 'Kent County Council',
    type: 'CTY',
    region: 'South East',
    population: 1589100,
    area: 3544,
    lat: 51.2,
    lng: 0.72,
  },
} as const;

/** Inserts the test councils (idempotent). */
export async function seedTestCouncils(db: DataSource): Promise<void> {
  for (const [code, council] of Object.entries(TEST_COUNCILS)) {
    await db.query(
      `INSERT INTO council (code, official_name, nice_name, type_code, nation, region, population, area_km2, latitude, longitude, is_current)
       VALUES ($1, $2, $3, $4, 'England', $5, $6, $7, $8, $9, true) ON CONFLICT (code) DO NOTHING`,
      [
        code,
        council.officialName,
        council.name,
        council.type,
        council.region,
        council.population,
        council.area,
        council.lat,
        council.lng,
      ],
    );
  }
}
