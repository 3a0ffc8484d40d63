/* eslint-disable no-console */
// The bench's report: markdown tables of what run.ts measured, printed in
// the order it measures them.
import { Entity } from '@backstage/catalog-model';
import {
  formatFigure as fmt,
  formatTable,
  median,
} from '@internal/plugin-fitsys-node';
import os from 'os';
import { ANALYSIS_MODES, AnalysisFigures, AnalysisMode } from './analysisRuns';
import { InProcessFigures, InProcessTimes } from './inProcess';
import { PacedLoadFigures, TARGET_P99_MS } from './pacedLoad';
import { ServerFigures } from './server';

const best = (values: number[]) => Math.min(...values);

export function printMachine() {
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0]?.model}, ${fmt(
      os.totalmem() / 2 ** 30,
      1,
    )} GiB, Node ${process.version}, load average ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}`,
  );
}

export function printCatalog(options: {
  entities: Entity[];
  kept: Entity[];
  relationCount: number;
  pages: string[];
}) {
  const { entities, kept, relationCount, pages } = options;
  console.log(
    `catalog: ${fmt(entities.length)} entities (${fmt(
      kept.length,
    )} components, APIs, resources and systems), ${fmt(
      relationCount,
    )} relations; ${fmt(
      pages.reduce((n, p) => n + p.length, 0) / 2 ** 20,
      1,
    )} MB as JSON`,
  );
}

export function printAnalysis(options: {
  figures: AnalysisFigures;
  /** The read's times back to back, the previous copy held. */
  readsBackToBack: number[];
  pageCount: number;
  runs: number;
}) {
  const { figures: f, readsBackToBack, pageCount, runs } = options;
  const g = f.analysis.graph;
  const read = median(f.reads);
  console.log('');
  console.log('| figure | value |');
  console.log('| --- | --- |');
  console.log(
    `| graph | ${fmt(g.entityCount)} entities + ${fmt(
      g.nodeCount - g.entityCount,
    )} shared facts, ${fmt(g.edgeCount)} edges |`,
  );
  console.log(
    `| decoding the catalog's ${pageCount} pages (${runs} runs: median / best; CPU median) | ${fmt(
      read,
    )} / ${fmt(best(f.reads))} ms; CPU ${fmt(median(f.readsCpu))} ms |`,
  );
  console.log(
    `| the same decoding back to back, the previous copy held (the earlier way; median of 3) | ${fmt(
      median(readsBackToBack),
    )} ms |`,
  );
  for (const mode of Object.keys(ANALYSIS_MODES) as AnalysisMode[]) {
    const full = median(f.runs[mode]);
    console.log(
      `| full analysis, ${ANALYSIS_MODES[mode]}: ${fmt(
        median(f.reRead[mode]),
      )} entities read (${runs} runs: median / best; CPU median) | ${fmt(
        full,
      )} / ${fmt(best(f.runs[mode]))} ms; CPU ${fmt(
        median(f.runsCpu[mode]),
      )} ms |`,
    );
    console.log(
      `| analysis / read, run by run (median; min–max); / the earlier read | ${median(
        f.ratios[mode],
      ).toFixed(2)} x (${best(f.ratios[mode]).toFixed(2)}–${Math.max(
        ...f.ratios[mode],
      ).toFixed(2)}); CPU ${median(f.cpuRatios[mode]).toFixed(2)} x; ${(
        full / median(readsBackToBack)
      ).toFixed(2)} x |`,
    );
    console.log(
      `| of which (median / best) | ${Object.entries(f.partRuns[mode])
        .map(
          ([part, values]) =>
            `${part} ${fmt(median(values))} / ${fmt(best(values))}`,
        )
        .join('; ')} ms |`,
    );
  }
  console.log(
    `| heap the analysis keeps (graph, figures, marks); the records kept between snapshots besides | ${fmt(
      f.heap,
      1,
    )} MB; ${fmt(f.recordsHeap, 1)} MB (${fmt(f.keptRecordCount)} records) |`,
  );
}

const times = (t: InProcessTimes) =>
  `p50 ${t.p50.toFixed(2)} / p99 ${t.p99.toFixed(2)} / max ${t.max.toFixed(
    2,
  )} ms`;

export function printInProcess(f: InProcessFigures) {
  console.log(
    `| blast radius of the most depended-on entity (${f.top.id}, ${fmt(
      f.top.impacted,
    )} impacted, exact) | ${f.top.ms.toFixed(1)} ms |`,
  );
  console.log(
    `| the same set the catalog-graph way, in memory: reverse map + walk (${fmt(
      f.catalogGraph.reached,
    )} reached, ${f.catalogGraph.levels} levels) | ${fmt(
      f.catalogGraph.builtMs,
    )} + ${fmt(f.catalogGraph.walkedMs, 1)} ms |`,
  );
  console.log(
    `| catalog-graph through the catalog API (issue's anchor, 48 requests) / ours | 5,700 ms / ${f.top.ms.toFixed(
      1,
    )} ms = ${fmt(5700 / f.top.ms)} x |`,
  );
  console.log(
    `| blast radius of a random component, in process (2,000) | ${times(
      f.blastRadius,
    )} |`,
  );
  console.log(
    `| what-if of 3 random components, in process (2,000) | ${times(
      f.whatIf,
    )} |`,
  );
}

const serverRow = (name: string, p99: number, s: ServerFigures) =>
  `| ${name} | ${p99.toFixed(1)} | ${s.handlerP50.toFixed(
    2,
  )} / ${s.handlerP99.toFixed(2)} / ${s.handlerMax.toFixed(
    1,
  )} | ${s.loopDelayP99.toFixed(1)} / ${s.loopDelayMax.toFixed(1)} | ${
    s.gcCount
  } (${s.majorGcs} major) / ${fmt(s.gcTotal)} / ${s.gcMax.toFixed(1)} | ${fmt(
    s.cpuPercent,
  )} % | ${fmt(s.preempted)} |`;

export function printPacedLoad(
  f: PacedLoadFigures,
  options: { rate: number; requests: number },
) {
  console.log('');
  console.log(
    `Through the router (express on loopback, auth stubbed), paced at ${options.rate}/s from a separate load process, ${options.requests} measured requests a row after 2 s of warm-up; latency from when each request was due:`,
  );
  console.log(formatTable(f.rows));
  console.log('');
  console.log(
    "The server's process meanwhile (handler: from express receiving the request to the answer's end; event-loop delay: how late a 1 ms timer ran; GC: the collector's pauses in the server's process; CPU: of one core; preempted: involuntary context switches, the kernel giving the server's CPU to other processes):",
  );
  console.log(
    '| route | paced p99 ms | handler p50 / p99 / max ms | event-loop delay p99 / max ms | GC pauses: count / total ms / max ms | server CPU | preempted |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of f.server) {
    console.log(serverRow(row.route, row.p99, row.figures));
  }
  for (const row of f.rows) {
    if ('result' in row && row.result.errorMessages.length) {
      console.log(
        `${row.route} errors: ${row.result.errorMessages
          .slice(0, 3)
          .join('; ')}`,
      );
    }
  }
  const maxRate = f.maxRate;
  if (maxRate) {
    console.log('');
    console.log(
      `Highest paced rate of POST /what-if keeping p99 < ${TARGET_P99_MS} ms: ${
        maxRate.maxRate === undefined
          ? 'none of the rates tried'
          : `${fmt(maxRate.maxRate)}/s`
      } (${maxRate.stoppedBy}; tried ${maxRate.trials
        .map(
          trial =>
            `${fmt(trial.rate)}/s p99 ${trial.result.latency.p99.toFixed(
              1,
            )} ms ${trial.pass ? 'kept' : 'missed'}`,
        )
        .join(', ')})`,
    );
  }
}
