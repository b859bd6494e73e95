import { MAP_SIZE, project } from './map-projection';

describe('the adoption map projection', () => {
  it('puts London east of and below Derby, and inside the map', () => {
    const derby = project(52.92, -1.47)!;
    const london = project(51.5, -0.12)!;
    expect(london.x).toBeGreaterThan(derby.x);
    expect(london.y).toBeGreaterThan(derby.y);
    for (const point of [derby, london]) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(MAP_SIZE.width);
      expect(point.y).toBeLessThan(MAP_SIZE.height);
    }
  });

  it('leaves out places outside the box', () => {
    expect(project(40.4, -3.7)).toBeNull();
  });
});
