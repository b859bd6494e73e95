import { GROUP_NOTE_LIMIT, stageMoveProblems } from './stage-move';

describe('stageMoveProblems', () => {
  it('names every problem at once', () => {
    expect(
      stageMoveProblems({ to: '', note: 'n'.repeat(GROUP_NOTE_LIMIT + 1), reason: null }),
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

describe('stageMoveProblems', () => {
  const long = 'x'.repeat(GROUP_NOTE_LIMIT + 1);

  it('reports a note and a missing reason in one pass', () => {
    expect(stageMoveProblems({ to: 'CLOSED', note: long, reason: '' }).map((p) => p.field)).toEqual(
      ['note', 'reason'],
    );
  });

  it('reports a note and a reason that are both too long in one pass', () => {
    expect(
      stageMoveProblems({ to: 'ABANDONED', note: long, reason: long }).map((p) => p.field),
    ).toEqual(['note', 'reason']);
  });

  it('asks for no reason when the move needs none, and passes a good move', () => {
    expect(stageMoveProblems({ to: 'TENDERING', note: 'Going to market', reason: '' })).toEqual([]);
    expect(stageMoveProblems({ to: 'CLOSED', note: '', reason: 'Contract awarded' })).toEqual([]);
  });
});
