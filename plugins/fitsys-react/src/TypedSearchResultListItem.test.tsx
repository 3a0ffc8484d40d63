import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { TypedSearchResultListItem } from './TypedSearchResultListItem';

describe('TypedSearchResultListItem', () => {
  it('shows the result with its type in words and its icon', async () => {
    await renderInTestApp(
      <TypedSearchResultListItem
        icon={<span data-testid="finding-icon" />}
        typeLabel="Finding"
        result={{
          title: 'The set-up guide misses the HSM simulator',
          text: 'make run fails on a fresh laptop',
          location: '/devzero/findings/1',
        }}
      />,
    );
    expect(
      screen.getByRole('link', {
        name: /The set-up guide misses the HSM simulator/,
      }),
    ).toHaveAttribute('href', '/devzero/findings/1');
    expect(screen.getByText('Finding')).toBeInTheDocument();
    expect(screen.getByTestId('finding-icon')).toBeInTheDocument();
  });

  it('renders nothing without a result', async () => {
    await renderInTestApp(
      <div data-testid="host">
        <TypedSearchResultListItem icon={<span />} typeLabel="Finding" />
      </div>,
    );
    expect(screen.getByTestId('host')).toBeEmptyDOMElement();
  });
});
