import {
  canMoveGroup,
  GROUP_STAGE_PATH,
  GROUP_STAGES,
  GROUP_TRANSITIONS,
  groupDetailsEditable,
  type GroupStage,
  isGroupEnded,
  isGroupOpenToJoin,
  isGroupStage,
  stageNeedsReason,
} from './group-lifecycle';

const STAGES = Object.keys(GROUP_STAGES) as GroupStage[];

describe('group lifecycle', () => {
  it('moves forward one stage at a time along the happy path', () => {
    for (let i = 0; i + 1 < GROUP_STAGE_PATH.length; i++)
      expect(canMoveGroup(GROUP_STAGE_PATH[i]!, GROUP_STAGE_PATH[i + 1]!)).toBe(true);
  });

  it('allows exactly these moves and no others', () => {
    const allowed = STAGES.flatMap((from) =>
      STAGES.filter((to) => canMoveGroup(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'FORMING>SPECIFYING',
        'FORMING>ABANDONED',
        'SPECIFYING>FORMING',
        'SPECIFYING>MARKET_ENGAGEMENT',
        'SPECIFYING>ABANDONED',
        'MARKET_ENGAGEMENT>SPECIFYING',
        'MARKET_ENGAGEMENT>TENDERING',
        'MARKET_ENGAGEMENT>ABANDONED',
        'TENDERING>AWARDED',
        'TENDERING>ABANDONED',
        'AWARDED>CLOSED',
      ].sort(),
    );
  });

  it('never skips a stage, stays put, or leaves an ended group', () => {
    expect(canMoveGroup('FORMING', 'TENDERING')).toBe(false);
    expect(canMoveGroup('FORMING', 'FORMING')).toBe(false);
    expect(canMoveGroup('AWARDED', 'ABANDONED')).toBe(false);
    expect(canMoveGroup('CLOSED', 'FORMING')).toBe(false);
    expect(canMoveGroup('ABANDONED', 'FORMING')).toBe(false);
    expect(STAGES.filter(isGroupEnded)).toEqual(['CLOSED', 'ABANDONED']);
  });

  it('names only known stages in the table', () => {
    for (const targets of Object.values(GROUP_TRANSITIONS))
      for (const to of targets) expect(isGroupStage(to)).toBe(true);
    expect(isGroupStage('DONE')).toBe(false);
    expect(isGroupStage('toString')).toBe(false);
  });

  it('needs a reason to close or abandon, and takes members until tendering', () => {
    expect(STAGES.filter(stageNeedsReason)).toEqual(['CLOSED', 'ABANDONED']);
    expect(STAGES.filter(isGroupOpenToJoin)).toEqual([
      'FORMING',
      'SPECIFYING',
      'MARKET_ENGAGEMENT',
    ]);
  });

  it('lets a lead change every detail before tender, only the wording after, and nothing once ended', () => {
    expect(Object.fromEntries(STAGES.map((stage) => [stage, groupDetailsEditable(stage)]))).toEqual(
      {
        FORMING: 'all',
        SPECIFYING: 'all',
        MARKET_ENGAGEMENT: 'all',
        TENDERING: 'wording',
        AWARDED: 'wording',
        CLOSED: 'none',
        ABANDONED: 'none',
      },
    );
  });
});
