import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { AdrRecord } from '../database/AdrStore';
import { ConformanceRow, ConformanceStore } from '../database/ConformanceStore';
import { ArchitectureLibrary } from '../model/ArchitectureLibrary';
import { groupForOwners, pendingNotifications } from './notifications';

/** Each adopter's conformance today, as the store keeps it. */
export function conformanceRows(
  library: ArchitectureLibrary,
): ConformanceRow[] {
  const rows: ConformanceRow[] = [];
  for (const { summary } of library.adopters.values()) {
    if (!summary.conformance || !summary.version) continue;
    rows.push({
      adopterRef: summary.ref,
      series: summary.series,
      version: summary.version,
      score: summary.conformance.score,
      level: summary.conformance.level,
      conforming: summary.conformance.violations.every(
        v => v.severity !== 'error',
      ),
      outdated: summary.outdated,
    });
  }
  return rows;
}

/**
 * What runs on the schedule: today's conformance of every adopter recorded
 * (the trend), and the notifications that are due sent once each.
 */
export class DailyTask {
  constructor(
    private readonly deps: {
      library: () => Promise<ArchitectureLibrary>;
      store: ConformanceStore;
      notifications?: NotificationService;
      /** The ADRs read from entities, for their revisit dates. */
      adrs?: () => Promise<AdrRecord[]>;
      logger: LoggerService;
    },
  ) {}

  async run(): Promise<{ recorded: number; notified: number }> {
    const library = await this.deps.library();
    const rows = conformanceRows(library);
    await this.deps.store.recordDay(library.today, rows);
    let notified = 0;
    const { notifications } = this.deps;
    if (notifications) {
      const pending = pendingNotifications(
        library,
        (await this.deps.adrs?.()) ?? [],
      );
      const claimed = new Set(
        await this.deps.store.claimNotifications(
          pending.map(p => p.key),
          library.today,
        ),
      );
      for (const notification of groupForOwners(
        pending.filter(p => claimed.has(p.key)),
      )) {
        try {
          await notifications.send({
            recipients: { type: 'entity', entityRef: notification.recipients },
            payload: notification.payload,
          });
          notified += 1;
        } catch (error) {
          // Claimed and not sent: logged rather than retried, so that a
          // notifications outage does not send everything twice later.
          this.deps.logger.warn(
            `Could not send "${notification.payload.title}": ${error}`,
          );
        }
      }
    }
    return { recorded: rows.length, notified };
  }
}
