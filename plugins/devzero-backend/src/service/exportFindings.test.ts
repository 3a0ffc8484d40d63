import { Finding } from '@internal/plugin-devzero-common';
import { findingsToCsv } from './exportFindings';

const finding = {
  id: 'f1',
  createdAt: '2026-11-02T09:00:00.000Z',
  status: 'new',
  severity: 'blocked-me',
  category: 'documentation',
  journeyStep: 'set-up',
  entityRef: 'component:default/card-authoriser',
  ownerRef: 'group:default/card-authorisation-team',
  title: 'Guide says "run make", which fails, then =HYPERLINK()',
  scenario: 'Setting up the service locally for the first time.',
  steps: '1. Clone\n2. Run make',
  links: [
    'https://docs.fernhill.example/card-authoriser/local',
    'https://ci.fernhill.example/run/42',
  ],
  minutesLost: 45,
  totalMinutesLost: 75,
  meTooCount: 1,
  sla: {
    triage: { state: 'on-track', dueAt: '' },
    resolve: { state: 'on-track', dueAt: '' },
  },
} as unknown as Finding;

describe('findingsToCsv', () => {
  it('writes a header and quotes what needs quoting', () => {
    const csv = findingsToCsv([finding]);
    const header = csv.slice(0, csv.indexOf('\r\n'));
    expect(header.split(',')).toHaveLength(28);
    expect(header.startsWith('id,created_at,status,severity')).toBe(true);
    expect(header).toContain(
      ',title,scenario,steps,expected,actual,links,minutes_lost,',
    );
    // The report itself travels too, a line break kept inside its quotes.
    expect(csv).toContain(
      '"Guide says ""run make"", which fails, then =HYPERLINK()",Setting up the service locally for the first time.,"1. Clone\n2. Run make",,,https://docs.fernhill.example/card-authoriser/local https://ci.fernhill.example/run/42,45,',
    );
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = findingsToCsv([{ ...finding, title: '=1+2' }]);
    expect(csv).toContain(",'=1+2,");
  });
});
