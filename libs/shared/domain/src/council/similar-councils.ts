/** What "councils like mine" compares: size, density, type and nation. */
export interface CouncilProfile {
  code: string;
  typeCode: string;
  nation: string;
  population: number | null;
  areaKm2: number | null;
}

/**
 * The k councils most like `target`: nearest by log population and log
 * density (people per km²), with a penalty for another type or nation.
 * Councils without population or area are never similar (nor compared).
 */
export function similarCouncils(
  target: CouncilProfile,
  councils: CouncilProfile[],
  k = 20,
): string[] {
  const features = (council: CouncilProfile) =>
    council.population && council.areaKm2 && council.population > 0 && council.areaKm2 > 0
      ? {
          size: Math.log10(council.population),
          density: Math.log10(council.population / council.areaKm2),
        }
      : undefined;
  const mine = features(target);
  if (!mine) return [];
  return councils
    .filter((council) => council.code !== target.code)
    .map((council) => {
      const theirs = features(council);
      if (!theirs) return undefined;
      const distance =
        Math.hypot(mine.size - theirs.size, (mine.density - theirs.density) / 2) +
        (council.typeCode === target.typeCode ? 0 : 0.5) +
        (council.nation === target.nation ? 0 : 0.25);
      return { code: council.code, distance };
    })
    .filter((entry): entry is { code: string; distance: number } => entry !== undefined)
    .sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code))
    .slice(0, k)
    .map((entry) => entry.code);
}

/** Great-circle distance in km between two points (for "near my council"). */
export function distanceKm(
  a: { lat: number; lng: number },
  b: { lat: number; lng: number },
): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Where a council is: its register coordinates, when it has them. */
export interface CouncilLocation {
  code: string;
  latitude: number | null;
  longitude: number | null;
}

/**
 * "Near my council": the codes of the councils within `km` of `origin`
 * (itself included), sorted. Search filters on these codes rather than on
 * coordinates in the index: every document is placed at its council anyway,
 * and Meilisearch then keeps no geo index to rewrite on every update.
 */
export function councilsWithin(
  origin: { lat: number; lng: number },
  councils: CouncilLocation[],
  km: number,
): string[] {
  return councils
    .filter(
      (council) =>
        council.latitude !== null &&
        council.longitude !== null &&
        distanceKm(origin, { lat: council.latitude, lng: council.longitude }) <= km,
    )
    .map((council) => council.code)
    .sort();
}
