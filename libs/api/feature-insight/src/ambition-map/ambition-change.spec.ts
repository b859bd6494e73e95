import { describeAmbitionChanges } from './ambition-change';
import type { AmbitionSnapshot } from './ambition-map-version.entity';

const cell = (extra: Partial<AmbitionSnapshot['cells'][number]> = {}) => ({
  objective: 'EFFICIENCY',
  technology: 'AI',
  potential: null,
  plan: null,
  barriers: [],
  readiness: null,
  evidenceCaseStudyId: null,
  evidenceAdoptionId: null,
  ...extra,
});

describe('describeAmbitionChanges', () => {
  it('describes the first save from nothing', () => {
    const after: AmbitionSnapshot = {
      objectives: [{ objective: 'EFFICIENCY', importance: 5 }],
      cells: [cell({ potential: 'HIGH', barriers: ['SKILLS', 'DATA'] })],
    };
    expect(describeAmbitionChanges('SAVE', null, after)).toEqual([
      'Efficiency and productivity: importance not answered → 5',
      'Efficiency and productivity, AI and machine learning: potential not answered → High',
      'Efficiency and productivity, AI and machine learning: barriers none → Skills, Data',
    ]);
  });

  it('describes a plan moved to live with its evidence, and a cell cleared', () => {
    const before: AmbitionSnapshot = {
      objectives: [],
      cells: [
        cell({ plan: 'PILOTING', evidenceAdoptionId: 'a1' }),
        cell({ technology: 'GIS', potential: 'SOME' }),
      ],
    };
    const after: AmbitionSnapshot = {
      objectives: [],
      cells: [cell({ plan: 'LIVE', readiness: 'YES', evidenceCaseStudyId: 'c1' })],
    };
    expect(describeAmbitionChanges('SAVE', before, after)).toEqual([
      'Efficiency and productivity, AI and machine learning: plan Piloting → Live',
      'Efficiency and productivity, AI and machine learning: ready to deliver not answered → Yes',
      'Efficiency and productivity, AI and machine learning: evidence changed',
      'Efficiency and productivity, Mapping and GIS: potential Some → not answered',
    ]);
  });

  it('says when a save changed nothing, and names publishing', () => {
    const same: AmbitionSnapshot = { objectives: [], cells: [cell({ potential: 'SOME' })] };
    expect(describeAmbitionChanges('SAVE', same, same)).toEqual(['Saved with no changes']);
    expect(describeAmbitionChanges('PUBLISH', same, same)).toEqual([
      'Published: anyone can read the map',
    ]);
  });
});
