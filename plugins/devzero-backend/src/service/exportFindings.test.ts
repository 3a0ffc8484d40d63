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
    const [header, row] = findingsToCsv([finding]).split('\r\n');
    expect(header.split(',')).toHaveLength(20);
    expect(header.startsWith('id,created_at,status,severity')).toBe(true);
    expect(row).toContain(
      '"Guide says ""run make"", which fails, then =HYPERLINK()"',
    );
    expect(row).toContain(',,');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = findingsToCsv([{ ...finding, title: '=1+2' }]);
    expect(csv).toContain(",'=1+2,");
  });
});
