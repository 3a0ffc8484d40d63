/* Its adopters, and two entities' conformance to it. */
import {
  AdopterList,
  EntityConformance,
} from '@internal/plugin-reference-architectures-common';
import { eventDrivenSummary } from './architecture';

export const eventDrivenAdopters: AdopterList = {
  items: [
    {
      ref: 'system:default/ledger',
      kind: 'System',
      title: 'Ledger',
      owner: 'group:default/ledger-team',
      series: 'event-driven-microservice',
      version: '1.8.0',
      outdated: false,
      problem: {
        type: 'unknown-version',
        message:
          'metadata.annotations["fitsys.dev/reference-architecture-version"] is "1.8.0", and event-driven-microservice has no such version; its versions are 2.1.0, 1.9.0',
      },
    },
    {
      ref: 'system:default/notifications',
      kind: 'System',
      title: 'Notifications',
      owner: 'group:default/platform-team',
      series: 'event-driven-microservice',
      version: '1.9.0',
      versionLifecycle: 'deprecated',
      outdated: true,
      conformance: {
        score: 0,
        nextLevel: 'bronze',
        passed: 0,
        failed: 1,
        violations: [
          {
            ruleId: 'own-database',
            title: 'Keeps its own database',
            severity: 'error',
            level: 'bronze',
            passed: false,
            check: 'depends on a Resource of type database',
            found: 'no such dependency',
            fix: "Add a Resource of type database to spec.dependsOn (of the system's components for a system).",
          },
        ],
      },
    },
    {
      ref: 'system:default/card-authorisation',
      kind: 'System',
      title: 'Card Authorisation',
      owner: 'group:default/card-authorisation-team',
      series: 'event-driven-microservice',
      version: '2.1.0',
      versionLifecycle: 'recommended',
      outdated: false,
      conformance: {
        score: 92,
        level: 'bronze',
        nextLevel: 'silver',
        passed: 4,
        failed: 1,
        violations: [
          {
            ruleId: 'has-docs',
            title: 'Has TechDocs',
            severity: 'info',
            level: 'silver',
            passed: false,
            check: 'carries the annotation backstage.io/techdocs-ref',
            found: 'the annotation is missing',
            fix: 'Add metadata.annotations["backstage.io/techdocs-ref"].',
          },
        ],
      },
    },
    {
      ref: 'system:default/fraud-detection',
      kind: 'System',
      title: 'Fraud Detection',
      owner: 'group:default/fraud-team',
      series: 'event-driven-microservice',
      version: '2.1.0',
      versionLifecycle: 'recommended',
      outdated: false,
      conformance: {
        score: 92,
        level: 'bronze',
        nextLevel: 'silver',
        passed: 4,
        failed: 1,
        violations: [
          {
            ruleId: 'has-docs',
            title: 'Has TechDocs',
            severity: 'info',
            level: 'silver',
            passed: false,
            check: 'carries the annotation backstage.io/techdocs-ref',
            found: 'the annotation is missing',
            fix: 'Add metadata.annotations["backstage.io/techdocs-ref"].',
          },
        ],
      },
    },
  ],
  totalCount: 4,
};

export const cardAuthorisationConformance: EntityConformance = {
  adopter: {
    ref: 'system:default/card-authorisation',
    kind: 'System',
    title: 'Card Authorisation',
    owner: 'group:default/card-authorisation-team',
    series: 'event-driven-microservice',
    version: '2.1.0',
    versionLifecycle: 'recommended',
    outdated: false,
    conformance: {
      score: 92,
      level: 'bronze',
      nextLevel: 'silver',
      passed: 4,
      failed: 1,
      violations: [
        {
          ruleId: 'has-docs',
          title: 'Has TechDocs',
          severity: 'info',
          level: 'silver',
          passed: false,
          check: 'carries the annotation backstage.io/techdocs-ref',
          found: 'the annotation is missing',
          fix: 'Add metadata.annotations["backstage.io/techdocs-ref"].',
        },
      ],
    },
  },
  architecture: eventDrivenSummary,
  results: [
    {
      ruleId: 'own-database',
      title: 'Keeps its own database',
      severity: 'error',
      level: 'bronze',
      passed: true,
      check: 'depends on a Resource of type database',
    },
    {
      ruleId: 'owned-by-team',
      title: 'Owned by a team',
      severity: 'error',
      level: 'bronze',
      passed: true,
      check: 'is owned by a team',
    },
    {
      ruleId: 'publishes-events',
      title: 'Describes its events in an AsyncAPI document',
      severity: 'warning',
      level: 'bronze',
      passed: true,
      check: 'provides an asyncapi API',
    },
    {
      ruleId: 'no-shared-postgres',
      title: 'Not on the shared PostgreSQL cluster',
      severity: 'error',
      level: 'silver',
      passed: true,
      check: 'does not depend on resource:default/shared-postgres-cluster',
    },
    {
      ruleId: 'has-docs',
      title: 'Has TechDocs',
      severity: 'info',
      level: 'silver',
      passed: false,
      check: 'carries the annotation backstage.io/techdocs-ref',
      found: 'the annotation is missing',
      fix: 'Add metadata.annotations["backstage.io/techdocs-ref"].',
    },
  ],
};

export const ledgerConformance: EntityConformance = {
  adopter: {
    ref: 'system:default/ledger',
    kind: 'System',
    title: 'Ledger',
    owner: 'group:default/ledger-team',
    series: 'event-driven-microservice',
    version: '1.8.0',
    outdated: false,
    problem: {
      type: 'unknown-version',
      message:
        'metadata.annotations["fitsys.dev/reference-architecture-version"] is "1.8.0", and event-driven-microservice has no such version; its versions are 2.1.0, 1.9.0',
    },
  },
  architecture: eventDrivenSummary,
  newerRecommended: '2.1.0',
};
