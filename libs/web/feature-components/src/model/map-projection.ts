/** The box the adoption map shows: Great Britain, Northern Ireland, Orkney and Shetland. */
export const MAP_BOUNDS = { north: 60.9, south: 49.8, west: -8.3, east: 1.9 };

/** Width and height of the map's drawing in its own units. */
export const MAP_SIZE = { width: 400, height: 0 };
// Degrees of longitude shrink with latitude: scale them for the middle of the box.
const LONGITUDE_SCALE = Math.cos(((MAP_BOUNDS.north + MAP_BOUNDS.south) / 2) * (Math.PI / 180));
const UNITS_PER_DEGREE = MAP_SIZE.width / ((MAP_BOUNDS.east - MAP_BOUNDS.west) * LONGITUDE_SCALE);
MAP_SIZE.height = Math.round((MAP_BOUNDS.north - MAP_BOUNDS.south) * UNITS_PER_DEGREE);

/** Where a place goes on the map (x to the east, y to the south), or null outside the box. */
export function project(latitude: number, longitude: number): { x: number; y: number } | null {
  if (
    latitude > MAP_BOUNDS.north ||
    latitude < MAP_BOUNDS.south ||
    longitude < MAP_BOUNDS.west ||
    longitude > MAP_BOUNDS.east
  )
    return null;
  return {
    x: Math.round((longitude - MAP_BOUNDS.west) * LONGITUDE_SCALE * UNITS_PER_DEGREE * 10) / 10,
    y: Math.round((MAP_BOUNDS.north - latitude) * UNITS_PER_DEGREE * 10) / 10,
  };
}
