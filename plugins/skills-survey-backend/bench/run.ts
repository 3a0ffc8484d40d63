/* eslint-disable no-console */
// The skills survey's benchmark: one campaign of --respondents people rating
// --technologies technologies, beside --campaigns - 1 closed campaigns of
// --history people each, on SQLite (a file) or PostgreSQL (--postgres); with
// neither --sqlite nor --postgres, on SQLite and then, when the PostgreSQL
// connection is set (BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING, as
// `ensure_postgres` of scripts/services.sh sets it), on PostgreSQL too, each
// in its own process so that each prints its own peak memory.
// Prints: submitting at a paced rate (p99), closing (time, and the
// aggregate's rows: the answers are read a page at a time and counted,
// never held in the process all at once), the
// results and one technology's view with its trend at a paced rate (p99),
// and the process's peak memory. The service is called in-process (its
// answer serialised to JSON as the router would), so HTTP, token checks
// and the permission framework are not in these figures.
//
//   yarn workspace @internal/plugin-skills-survey-backend bench \
//     [--respondents 20000] [--technologies 200] [--campaigns 12] \
//     [--history 1000] [--rate 200] [--seconds 10] [--all-views-rate 5]
//     [--sqlite | --postgres]
import { spawnSync } from 'child_process';
import { DEFAULT_SCALE } from '@internal/plugin-skills-survey-common';
import {
  LoadTableRow,
  formatTable,
  runPaced,
} from '@internal/plugin-fitsys-node';
import os from 'os';
import { DatabaseSurveyStore } from '../src/database/DatabaseSurveyStore';
import { computeCells } from '../src/model/cells';
import { ResultsService } from '../src/service/ResultsService';
import { SurveyAccess } from '../src/service/SurveyAccess';
import {
  campaignSnapshot,
  receiptHash,
  SurveyService,
} from '../src/service/SurveyService';
import {
  ALL_VIEWS_RATE,
  CAMPAIGNS,
  database,
  HISTORY,
  organisation,
  PG_CONNECTION,
  POSTGRES,
  RATE,
  ratingsOf,
  receiptOf,
  RESPONDENTS,
  SECONDS,
  SQLITE,
  technologies,
  TECHNOLOGIES,
} from './setup';

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function main() {
  const { knex, where, drop } = await database();
  console.log(
    `Skills survey bench on ${where}; ${os.cpus().length} CPUs (${
      os.cpus()[0]?.model
    }), load average ${os
      .loadavg()
      .map(l => l.toFixed(1))
      .join(' ')}`,
  );
  const store = await DatabaseSurveyStore.create({
    database: { getClient: async () => knex },
  });
  const settings = {
    minGroupSize: 5,
    scale: DEFAULT_SCALE,
    independentLevel: 3,
  } as any;
  const access = new SurveyAccess({
    authorize: async (requests: unknown[]) =>
      requests.map(() => ({ result: 'ALLOW' })),
  } as any);
  const results = new ResultsService({ store, access });
  const service = new SurveyService({
    store,
    access,
    technologies: { all: async () => technologies } as any,
    snapshots: {} as any,
    settings,
  });
  const viewer = { userRef: 'user:default/bench', credentials: {} as any };
  const entities = organisation(RESPONDENTS);
  const { snapshot, members } = campaignSnapshot(
    technologies,
    entities,
    settings,
  );
  const people = [...members.keys()];
  const open = async (name: string, day: string) => {
    const c = await store.createCampaign(
      {
        name,
        intro: '',
        opensOn: day,
        closesOn: day,
        technologyIds: technologies.map(t => t.id),
        createdBy: 'user:default/bench',
      },
      day,
    );
    await store.openCampaign(c.id, snapshot, members, day);
    return c.id;
  };
  const answer = (campaignId: string, person: number, campaign: number) =>
    store.submitAnswer({
      campaignId,
      personRef: people[person],
      day: '2026-01-01',
      receiptHash: receiptHash(campaignId, receiptOf(person, campaign)),
      ratings: ratingsOf(person, campaign),
      helpText: person % 4 === 0 ? `Help ${person % 50}` : null,
    });

  let started = performance.now();
  for (let c = 0; c < CAMPAIGNS - 1; c++) {
    const id = await open(
      `history-${c}`,
      `2025-${String(c + 1).padStart(2, '0')}-01`,
    );
    for (let p = 0; p < HISTORY; p++)
      await answer(id, (p * 13) % people.length, c);
    await store.closeCampaign(
      id,
      `2025-${String(c + 1).padStart(2, '0')}-28`,
      a => computeCells(snapshot, a),
    );
  }
  console.log(
    `${CAMPAIGNS - 1} closed campaigns of ${HISTORY} respondents loaded in ${(
      (performance.now() - started) /
      1000
    ).toFixed(1)} s`,
  );

  const current = CAMPAIGNS - 1;
  const id = await open('current', '2026-01-01');
  const rows: LoadTableRow[] = [];
  // Submitting, paced, through the service (validation, receipt hash, one
  // transaction per answer).
  const paced = Math.min(RESPONDENTS, RATE * SECONDS);
  const submit = await runPaced({
    rate: RATE,
    count: paced,
    maxInFlight: 64,
    send: async i => {
      await service.submit(
        id,
        {
          receipt: receiptOf(i, current),
          ratings: ratingsOf(i, current),
        },
        { ...viewer, userRef: people[i] },
      );
    },
  });
  rows.push({
    route: `submit (${TECHNOLOGIES} ratings)`,
    targetP99Ms: 200,
    result: submit,
  });
  started = performance.now();
  for (let p = paced; p < RESPONDENTS; p++) await answer(id, p, current);
  console.log(
    `the other ${RESPONDENTS - paced} answers loaded in ${(
      (performance.now() - started) /
      1000
    ).toFixed(1)} s`,
  );
  // Each answer's ratings are in its own row, a character a technology.
  const [{ n: answerRows, chars }] = await knex('answers').select(
    knex.raw('count(*) as n'),
    knex.raw('sum(length(ratings)) as chars'),
  );
  console.log(
    `answers in the database: ${answerRows}, holding ${chars} ratings' codes`,
  );

  const rssBeforeClose = process.memoryUsage().rss;
  peakRss = rssBeforeClose;
  let aggregateRows = 0;
  // Where the close's time goes, step by step (the rest is the commit).
  const closeSteps: Array<[string, number]> = [];
  started = performance.now();
  await store.closeCampaign(
    id,
    '2026-01-31',
    a => {
      aggregateRows = a.ratings.length;
      return computeCells(snapshot, a);
    },
    { onStep: (step, ms) => closeSteps.push([step, ms]) },
  );
  const closeMs = performance.now() - started;
  const stepsMs = closeSteps.reduce((n, [, ms]) => n + ms, 0);
  closeSteps.push(['commit (and the rest)', closeMs - stepsMs]);
  const closePeak = peakRss;

  // The first call on a service that has read nothing ahead...
  const cold = performance.now();
  JSON.stringify(
    await new ResultsService({ store, access }).technologyResults(
      'tech-7',
      viewer,
    ),
  );
  const trendColdMs = performance.now() - cold;
  // ... and, as the plugin does at start and after a close, once the
  // closed campaigns are read ahead (in the background there).
  started = performance.now();
  await results.warm();
  const readAheadMs = performance.now() - started;
  started = performance.now();
  JSON.stringify(await results.technologyResults('tech-7', viewer));
  const trendWarmMs = performance.now() - started;
  const bytes = JSON.stringify(
    await results.campaignResults(id, viewer),
  ).length;
  const allViews = await runPaced({
    rate: ALL_VIEWS_RATE,
    durationMs: SECONDS * 1000,
    send: async () => {
      JSON.stringify(await results.campaignResults(id, viewer));
    },
  });
  rows.push({
    route: `results, all views (${(bytes / 2 ** 20).toFixed(1)} MB of JSON)`,
    targetP99Ms: 50,
    result: allViews,
  });
  const technology = await runPaced({
    rate: RATE,
    durationMs: SECONDS * 1000,
    send: async i => {
      JSON.stringify(
        await results.technologyResults(`tech-${i % TECHNOLOGIES}`, viewer),
      );
    },
  });
  rows.push({
    route: `one technology, with its trend over ${CAMPAIGNS} campaigns`,
    targetP99Ms: 300,
    result: technology,
  });
  const gaps = await runPaced({
    rate: RATE,
    durationMs: SECONDS * 1000,
    send: async () => {
      JSON.stringify(await results.gaps(viewer));
    },
  });
  rows.push({ route: 'gaps list', targetP99Ms: 50, result: gaps });
  // What the results page reads: the organisation-wide cells, and the
  // heatmap a page of 25 teams at a time.
  const teamCount = snapshot.teams.filter(t => t.ref !== '').length;
  const summary = await runPaced({
    rate: RATE,
    durationMs: SECONDS * 1000,
    send: async () => {
      JSON.stringify(
        await results.campaignResults(id, viewer, { cells: 'organisation' }),
      );
    },
  });
  rows.push({
    route: 'results, organisation-wide cells',
    targetP99Ms: 50,
    result: summary,
  });
  // Where a page's time goes: made from the full results' cells and
  // serialised as a whole (as before), against the JSON the router sends
  // (rows serialised once each, kept), median of 20 each, one at a time.
  const pageQuery = (i: number) => ({
    level: 'team' as const,
    offset: (i * 25) % teamCount,
    limit: 25,
  });
  const median = async (run: (i: number) => Promise<unknown> | unknown) => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await run(i);
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[10];
  };
  const pageObject = await results.heatmap(id, viewer, pageQuery(0));
  const pageBytes = JSON.stringify(pageObject).length;
  const heatmapSerialiseMs = await median(() => JSON.stringify(pageObject));
  // The router's pieces: each page once to serialise its rows, then again.
  const heatmapColdMs = await median(i =>
    results.heatmapBody(id, viewer, pageQuery(i)),
  );
  const heatmapWarmMs = await median(i =>
    results.heatmapBody(id, viewer, pageQuery(i)),
  );
  const heatmap = await runPaced({
    rate: RATE,
    durationMs: SECONDS * 1000,
    send: async i => {
      // What the router writes, piece by piece.
      await results.heatmapBody(id, viewer, pageQuery(i));
    },
  });
  rows.push({
    route: `heatmap, a page of 25 of ${teamCount} teams (${(
      pageBytes / 1024
    ).toFixed(0)} kB)`,
    targetP99Ms: 50,
    result: heatmap,
  });

  console.log(formatTable(rows));
  console.log(
    [
      `| figure | value |`,
      `| --- | --- |`,
      `| respondents × technologies | ${RESPONDENTS.toLocaleString(
        'en-US',
      )} × ${TECHNOLOGIES} (${(RESPONDENTS * TECHNOLOGIES).toLocaleString(
        'en-US',
      )} ratings), ${CAMPAIGNS} campaigns (${
        CAMPAIGNS - 1
      } of ${HISTORY} respondents) |`,
      `| teams (attributed) | ${
        snapshot.teams.filter(t => t.attributed).length
      } of ${snapshot.teams.length} |`,
      `| close: tally answers, suppress, store | ${(closeMs / 1000).toFixed(
        2,
      )} s (target < 10 s) |`,
      ...closeSteps.map(
        ([step, ms]) =>
          `| close, step: ${step} | ${(ms / 1000).toFixed(2)} s |`,
      ),
      `| aggregate rows the tally made | ${aggregateRows.toLocaleString(
        'en-US',
      )} (not ${(RESPONDENTS * TECHNOLOGIES).toLocaleString('en-US')}) |`,
      `| process memory (RSS) before closing / peak while closing | ${mb(
        rssBeforeClose,
      )} / ${mb(closePeak)} |`,
      `| one technology with its trend over ${CAMPAIGNS} campaigns, first call (nothing cached) | ${trendColdMs.toFixed(
        0,
      )} ms (target < 300 ms) |`,
      `| read ahead of the closed campaigns (the plugin does it at start and after a close) / first call after it | ${readAheadMs.toFixed(
        0,
      )} ms / ${trendWarmMs.toFixed(1)} ms (target < 300 ms) |`,
      `| heatmap page of 25 teams, one at a time, median of 20: JSON.stringify of the page object (as before) / the router's pieces, rows not yet kept / kept | ${heatmapSerialiseMs.toFixed(
        1,
      )} ms / ${heatmapColdMs.toFixed(1)} ms / ${heatmapWarmMs.toFixed(
        1,
      )} ms |`,
      `| peak RSS of the whole run | ${mb(peakRss)} |`,
    ].join('\n'),
  );
  clearInterval(sampler);
  await knex.destroy();
  await drop?.();
}

if (!POSTGRES && !SQLITE && PG_CONNECTION) {
  // Both databases, one after the other, each in a process of its own.
  clearInterval(sampler);
  for (const flag of ['--sqlite', '--postgres']) {
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, ...process.argv.slice(1), flag],
      { stdio: 'inherit' },
    );
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
} else {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}
