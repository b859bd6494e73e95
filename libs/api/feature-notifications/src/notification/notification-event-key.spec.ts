import { eventKeyOf, groupChangeWords } from './notification-event-key';

describe('eventKeyOf', () => {
  const published = { type: 'content.published', contentType: 'case_study', id: 'c1' } as const;

  it('is the job’s own id when the queue gives one', () => {
    expect(eventKeyOf({ ...published, change: 'new' }, 'job-7')).toBe(
      'content.published:job:job-7',
    );
  });

  it('makes a record new once, and one update a day', () => {
    const day = Date.UTC(2026, 11, 1, 9);
    expect(eventKeyOf({ ...published, change: 'new' }, undefined, day)).toBe(
      eventKeyOf({ ...published, change: 'new' }, undefined, day + 5 * 86_400_000),
    );
    const updated = { ...published, change: 'updated' } as const;
    expect(eventKeyOf(updated, undefined, day)).toBe(
      eventKeyOf(updated, undefined, day + 3_600_000),
    );
    expect(eventKeyOf(updated, undefined, day)).not.toBe(
      eventKeyOf(updated, undefined, day + 86_400_000),
    );
  });

  it('tells of each question, answer, group change and radar suggestion once', () => {
    expect(eventKeyOf({ type: 'question.asked', questionId: 'q' })).toBe('question.asked:q');
    expect(eventKeyOf({ type: 'question.answered', questionId: 'q', answerId: 'a' })).toBe(
      'question.answered:a',
    );
    expect(
      eventKeyOf({ type: 'group.changed', groupId: 'g', change: 'stage', subjectId: 'TENDERING' }),
    ).toBe('group.changed:g:stage:TENDERING');
    expect(eventKeyOf({ type: 'radar.suggestion', councilCode: 'DER', ocid: 'ocds-1' })).toBe(
      'radar.suggestion:DER:ocds-1',
    );
  });
});

describe('eventKeyOf, for events that carry their own key', () => {
  const contract = { type: 'content.published', contentType: 'contract', id: 'ocds-1' } as const;

  it('tells of each version of a contract once, whichever job records it', () => {
    const version3 = { ...contract, change: 'updated', version: '3' } as const;
    expect(eventKeyOf(version3, 'job-1')).toBe(eventKeyOf(version3, 'job-2'));
    expect(eventKeyOf(version3, 'job-1')).toBe('content.published:contract:ocds-1:version:3');
    expect(eventKeyOf({ ...version3, version: '4' }, 'job-1')).not.toBe(
      eventKeyOf(version3, 'job-1'),
    );
  });

  it('tells a council of a group the radar suggests once, whatever contract brought it', () => {
    const suggestion = { type: 'radar.suggestion', councilCode: 'DER', groupId: 'g1' } as const;
    expect(eventKeyOf({ ...suggestion, ocid: 'ocds-1' }, 'job-1')).toBe(
      eventKeyOf({ ...suggestion, ocid: 'ocds-2' }, 'job-2'),
    );
    expect(eventKeyOf({ ...suggestion, ocid: 'ocds-1' }, 'job-1')).not.toBe(
      eventKeyOf({ ...suggestion, councilCode: 'NOT', ocid: 'ocds-1' }, 'job-1'),
    );
  });
});

describe('groupChangeWords', () => {
  it('says what happened to a group', () => {
    expect(groupChangeWords('stage', 'MARKET_ENGAGEMENT')).toBe(
      'moved to the market engagement stage',
    );
    expect(groupChangeWords('joined', 'NOT', 'Nottingham City Council')).toBe(
      'Nottingham City Council joined',
    );
    expect(groupChangeWords('document', 'd1')).toBe('a document was shared');
  });
});
