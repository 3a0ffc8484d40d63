import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { GlossaryCollatorFactory } from './GlossaryCollatorFactory';

describe('GlossaryCollatorFactory', () => {
  it('makes one search document per term, pointing at the glossary', async () => {
    const catalog = catalogServiceMock({
      entities: [
        {
          apiVersion: 'fitsys.dev/v1alpha1',
          kind: 'BoundedContext',
          metadata: { name: 'ledger', namespace: 'default', title: 'Ledger' },
          spec: {
            owner: 'ledger-team',
            domain: 'finance',
            purpose: 'Keeps the books.',
            terms: [
              {
                term: 'Posting',
                definition: 'One debit or credit.',
                aliases: ['Entry'],
              },
              {
                term: 'Transaction',
                definition: 'A balanced set of postings.',
              },
            ],
          },
        },
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'ledger-service' },
          spec: {},
        },
      ],
    });
    const factory = new GlossaryCollatorFactory({
      catalog,
      auth: mockServices.auth(),
    });
    const documents = [];
    for await (const document of await factory.getCollator())
      documents.push(document);
    expect(factory.type).toBe('domain-glossary');
    expect(documents).toEqual([
      {
        title: 'Posting (Ledger)',
        text: 'One debit or credit. Also called: Entry.',
        location:
          '/domain-catalog/glossary?q=Posting&context=boundedcontext%3Adefault%2Fledger',
        term: 'Posting',
        aliases: ['Entry'],
        context: 'boundedcontext:default/ledger',
        contextTitle: 'Ledger',
        domain: 'finance',
      },
      expect.objectContaining({
        title: 'Transaction (Ledger)',
        text: 'A balanced set of postings.',
      }),
    ]);
  });
});
