import { fieldIdsFor, problemsBeforeSending, readObjectiveForm } from './ambition-form';

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe('readObjectiveForm', () => {
  it('reads the importance and the answered technologies, in taxonomy order', () => {
    const input = readObjectiveForm(
      'DER',
      'EFFICIENCY',
      form([
        ['importance', '4'],
        ['GIS.potential', 'SOME'],
        ['AI.plan', 'LIVE'],
        ['AI.evidence', 'CASE_STUDY:cs-1'],
        ['AI.barriers', 'SKILLS'],
        ['AI.barriers', 'DATA'],
        ['CLOUD.evidence', ''],
      ]),
    );
    expect(input).toEqual({
      councilCode: 'DER',
      objective: 'EFFICIENCY',
      importance: 4,
      cells: [
        {
          technology: 'AI',
          potential: null,
          plan: 'LIVE',
          barriers: ['SKILLS', 'DATA'],
          readiness: null,
          evidence: { kind: 'CASE_STUDY', id: 'cs-1' },
        },
        {
          technology: 'GIS',
          potential: 'SOME',
          plan: null,
          barriers: [],
          readiness: null,
          evidence: null,
        },
      ],
    });
  });

  it('leaves importance unanswered when none is chosen', () => {
    expect(readObjectiveForm('DER', 'NET_ZERO', form([])).importance).toBeNull();
  });
});

describe('problemsBeforeSending', () => {
  it('asks for evidence for piloting and live, naming the technology', () => {
    const input = readObjectiveForm(
      'DER',
      'EFFICIENCY',
      form([
        ['AI.plan', 'EXPLORING'],
        ['CLOUD.plan', 'PILOTING'],
      ]),
    );
    expect(problemsBeforeSending(input)).toEqual([
      {
        field: 'cells[1].evidence',
        message:
          "Cloud: piloting needs evidence. Choose one of your council's published case studies or component adoptions",
      },
    ]);
  });
});

describe('fieldIdsFor', () => {
  it('maps the API’s cell paths to the inputs of the technology sent at that place', () => {
    const input = readObjectiveForm('DER', 'PREVENTION', form([['GIS.plan', 'LIVE']]));
    const ids = fieldIdsFor(input);
    expect(ids['importance']).toBe('PREVENTION-importance');
    expect(ids['cells[0].evidence']).toBe('PREVENTION-GIS-evidence');
    expect(ids['cells[0].evidence.id']).toBe('PREVENTION-GIS-evidence');
  });
});
