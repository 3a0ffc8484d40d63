import { parseAdr } from './parseAdr';

describe('parseAdr', () => {
  it('reads MADR front matter, the title and the problem statement', () => {
    expect(
      parseAdr(
        '0002-idempotency-keys.md',
        [
          '---',
          'status: accepted',
          'date: 2025-09-02',
          'revisit-by: 2026-09-02',
          'deciders: [ana, bo]',
          '---',
          '',
          '# Idempotency keys on **every** request',
          '',
          '## Context and Problem Statement',
          '',
          'Schemes resend a request when they do not hear back,',
          'and [our retries](https://x.example/r) do the same.',
          '',
          '## Decision Outcome',
          '',
          'The trace id is the key.',
        ].join('\n'),
      ),
    ).toEqual({
      decision: {
        id: '0002-idempotency-keys',
        title: 'Idempotency keys on every request',
        status: 'accepted',
        date: '2025-09-02',
        revisitBy: '2026-09-02',
        summary:
          'Schemes resend a request when they do not hear back, and our retries do the same.',
      },
    });
  });

  it('reads the adr-tools form: a Date line, a Status section and a Revisit by line', () => {
    const parsed = parseAdr(
      '0002-nightly-settlement.md',
      [
        '# 2. Nightly settlement runs in one batch window',
        '',
        'Date: 2024-06-18',
        'Revisit by: 2025-12-31',
        '',
        '## Status',
        '',
        'Superseded by [3. Real-time clearing](0003-real-time.md)',
        '',
        '## Context',
        '',
        'The schemes send their files at night.',
      ].join('\r\n'),
    );
    expect(parsed).toEqual({
      decision: {
        id: '0002-nightly-settlement',
        title: '2. Nightly settlement runs in one batch window',
        status: 'superseded',
        date: '2024-06-18',
        revisitBy: '2025-12-31',
        summary: 'The schemes send their files at night.',
      },
    });
  });

  it('reads the MADR 2 list form and takes a record without a status as accepted', () => {
    expect(
      parseAdr(
        '0001-use-postgres.md',
        [
          '# Use PostgreSQL',
          '',
          '* Deciders: the ledger team',
          '* Date: 2023-01-09',
          '',
          'We need one relational database.',
        ].join('\n'),
      ),
    ).toEqual({
      decision: {
        id: '0001-use-postgres',
        title: 'Use PostgreSQL',
        status: 'accepted',
        date: '2023-01-09',
        summary: 'We need one relational database.',
      },
    });
    // YAML reads an unquoted date as a date; "Draft" is proposed.
    expect(
      parseAdr('0004-x.md', '---\nstatus: Draft\ndate: 2024-02-29\n---\n# X\n'),
    ).toEqual({
      decision: {
        id: '0004-x',
        title: 'X',
        status: 'proposed',
        date: '2024-02-29',
      },
    });
  });

  it('names what is missing or wrong in a record it cannot read', () => {
    const error = (text: string) => {
      const parsed = parseAdr('0009-bad.md', text);
      return 'error' in parsed ? parsed.error : undefined;
    };
    expect(error('Date: 2024-01-01\n\nno title')).toBe('it has no "# " title');
    expect(error('# T\n')).toBe(
      'it has no date (front matter "date:" or a "Date:" line)',
    );
    expect(error('# T\n\nDate: 2024-02-30')).toBe(
      'its date "2024-02-30" is not YYYY-MM-DD',
    );
    expect(error('---\nstatus: pondering\ndate: 2024-01-01\n---\n# T')).toBe(
      'its status "pondering" is none of proposed, accepted, superseded, deprecated, rejected',
    );
    expect(error('---\ndate: 2024-01-01\n# T')).toBe(
      'its front matter has no end or is too long',
    );
    expect(error('---\ndate: [2024\n---\n# T')).toMatch(
      /^its front matter is not YAML/,
    );
    expect(error('# T\nDate: 2024-01-01\nRevisit by: soon')).toBe(
      'its revisit date "soon" is not YYYY-MM-DD',
    );
    expect(error(`# T\nDate: 2024-01-01\n${'x'.repeat(300 * 1024)}`)).toBe(
      'larger than 256 KB',
    );
  });

  it('reads a hostile record (within jest’s time limit, so not quadratically) and bounds what it keeps', () => {
    const long = `# ${'['.repeat(
      100_000,
    )}\n\nDate: 2024-01-01\n\n${'[a]('.repeat(40_000)}`;
    const parsed = parseAdr('0001-long.md', long);
    expect('decision' in parsed && parsed.decision.title.length).toBe(200);
    expect('decision' in parsed && parsed.decision.summary!.length).toBe(400);
  });
});
