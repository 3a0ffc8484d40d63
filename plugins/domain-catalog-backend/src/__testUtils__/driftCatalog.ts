import { Entity } from '@backstage/catalog-model';
import { api, component, context, domain, resource, system } from './entities';

/**
 * A small catalog with one instance of every kind of drift, so that the
 * analysis has a known answer (see drift.test.ts).
 */
export function driftCatalog(): Entity[] {
  return [
    domain('payments', 'core'),
    domain('cards', undefined, 'payments'),
    domain('finance', 'supporting'),
    domain('platform', 'generic'),
    context(
      'auth',
      'cards',
      [
        {
          context: 'fraud',
          role: 'downstream',
          patterns: ['customer-supplier', 'anticorruption-layer'],
        },
        { context: 'card-vault', role: 'partner', patterns: ['shared-kernel'] },
      ],
      [
        {
          term: 'Transaction',
          definition: 'A single card authorisation request and its decision.',
        },
        {
          term: 'Merchant',
          definition: 'A business that accepts card payments.',
          aliases: ['Acceptor'],
        },
      ],
    ),
    context('fraud', 'payments', [
      { context: 'auth', role: 'upstream', patterns: ['customer-supplier'] },
    ]),
    context('card-vault', 'cards', [
      { context: 'auth', role: 'partner', patterns: ['shared-kernel'] },
    ]),
    context('portal', 'payments', [
      { context: 'fraud', role: 'partner', patterns: ['separate-ways'] },
    ]),
    context(
      'ledger',
      'finance',
      [
        {
          context: 'settlement',
          role: 'upstream',
          patterns: ['open-host-service'],
        },
      ],
      [
        {
          term: 'Transaction',
          definition: 'A balanced set of postings to ledger accounts.',
        },
        {
          term: 'Acceptor',
          definition: 'A business that accepts card payments.',
        },
        {
          term: 'Posting',
          definition: 'One debit or credit to an account.',
          aliases: ['Entry'],
        },
      ],
    ),
    context('settlement', 'finance', [
      { context: 'ledger', role: 'upstream', patterns: ['open-host-service'] },
    ]),
    context('reporting', 'finance', [
      { context: 'ledger', role: 'downstream', patterns: ['conformist'] },
    ]),
    context('payouts', 'finance', [{ context: 'ledger', role: 'upstream' }]),
    context('a', 'platform', [{ context: 'c', role: 'downstream' }]),
    context('b', 'platform', [{ context: 'a', role: 'downstream' }]),
    context('c', 'platform', [{ context: 'b', role: 'downstream' }]),
    context('runtime', 'platform'),

    component('auth-service', {
      context: 'auth',
      consumes: ['fraud-api', 'ledger-api'],
      dependsOn: ['card-db', 'dns'],
    }),
    component('fraud-engine', {
      context: 'fraud',
      dependsOn: ['shared-db', 'dns'],
    }),
    api('fraud-api', { providers: ['fraud-engine'] }),
    component('ledger-service', { context: 'ledger' }),
    api('ledger-api', { context: 'ledger', providers: ['ledger-service'] }),
    component('settlement-job', {
      context: 'settlement',
      consumes: ['ledger-api'],
      dependsOn: ['shared-db', 'dns'],
    }),
    component('payouts-service', {
      context: 'payouts',
      consumes: ['ledger-api'],
    }),
    system('portal-system', 'portal'),
    component('portal-web', {
      system: 'portal-system',
      consumes: ['fraud-api'],
    }),
    component('split-brain', { context: 'auth, fraud' }),
    component('orphan', { context: 'ghost' }),
    resource('card-db', 'database', 'card-vault'),
    resource('shared-db', 'database'),
    resource('dns', 'dns', 'runtime'),
  ];
}
