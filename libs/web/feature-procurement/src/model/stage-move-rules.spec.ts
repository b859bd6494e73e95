import { STAGE_NOTE_LIMIT, stageMoveProblems } from './stage-move-rules';

describe('stageMoveProblems', () => {
  it('names every problem at once', () => {
    expect(
      stageMoveProblems({ to: '', note: 'n'.repeat(STAGE_NOTE_LIMIT + 1), reason: null }),
    ).toEqual([
      { field: 'to', message: 'Choose the stage to move to' },
      { field: 'note', message: 'The note must be 2000 characters or fewer' },
    ]);
    expect(stageMoveProblems({ to: 'ABANDONED', note: null, reason: '  ' })).toEqual([
      {
        field: 'reason',
        message: 'Say why the group is being abandoned: other councils learn from it',
      },
    ]);
  });

  it('finds nothing wrong with a move the API takes', () => {
    expect(
      stageMoveProblems({ to: 'SPECIFYING', note: 'Agreed at the meeting', reason: null }),
    ).toEqual([]);
    expect(stageMoveProblems({ to: 'toString', note: null, reason: null })).toHaveLength(1);
  });
});
