import { renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import { ChartCard, NumbersTable } from './ChartCard';

const table = (
  <NumbersTable
    label="Findings by category"
    head={['Category', 'Owner', 'Findings']}
    rows={[
      ['Documentation', 'group:default/payments', 3],
      ['Tooling', 'group:default/platform', 12],
    ]}
    textColumns={2}
  />
);

describe('ChartCard', () => {
  it('shows the chart first and the numbers behind it on request', async () => {
    await renderInTestApp(
      <ChartCard
        title="Findings by category"
        chart={<svg data-testid="chart" />}
        table={table}
      />,
    );
    const toggle = screen.getByRole('group', {
      name: 'Findings by category: chart or numbers',
    });
    expect(
      within(toggle).getByRole('button', { name: 'Chart' }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    fireEvent.click(within(toggle).getByRole('button', { name: 'Numbers' }));
    const numbers = screen.getByRole('table', { name: 'Findings by category' });
    expect(within(numbers).getByText('Tooling')).toBeInTheDocument();
    expect(screen.queryByTestId('chart')).not.toBeInTheDocument();

    // Pressing the chosen view again keeps it: one view is always shown.
    fireEvent.click(within(toggle).getByRole('button', { name: 'Numbers' }));
    expect(screen.getByRole('table')).toBeInTheDocument();

    fireEvent.click(within(toggle).getByRole('button', { name: 'Chart' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('NumbersTable', () => {
  it('aligns names left and figures right', async () => {
    await renderInTestApp(table);
    const [name, owner, figure] = within(
      screen.getAllByRole('row')[1],
    ).getAllByRole('cell');
    expect(name).toHaveClass('MuiTableCell-alignLeft');
    expect(owner).toHaveClass('MuiTableCell-alignLeft');
    expect(figure).toHaveClass('MuiTableCell-alignRight');
    expect(screen.getByRole('columnheader', { name: 'Findings' })).toHaveClass(
      'MuiTableCell-alignRight',
    );
  });
});
