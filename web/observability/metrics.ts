import { sql } from 'drizzle-orm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../../db/database.ts';
import { observeToolCalls } from '../../tools/tool-call-observers.ts';
import { observeModelUsage } from '../../tools/usage/model-usage-observers.ts';

/**
 * Prometheus metrics for operators, one set per process (a scrape target is a process). Labels are
 * drawn only from fixed vocabularies (methods, route patterns, tool names, purposes, configured model
 * ids, queue names), never from user content, emails or ids of users and records.
 */
export interface AtlasMetrics {
  registry: Registry;
  httpRequestDuration: Histogram<'method' | 'route' | 'status_class'>;
  toolCalls: Counter<'tool' | 'outcome'>;
  replicaReads: Counter<'served_by'>;
}

/** What a pg Pool tells about itself; the pool of a PostgreSQL server handle. */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const pools = new Set<PoolCounts>();
let metrics: AtlasMetrics | undefined;

const knownMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** A request method as a label: one of the usual few, else OTHER (a client may send anything). */
export function methodLabel(method: string): string {
  return knownMethods.has(method) ? method : 'OTHER';
}

/** A model id as a label: provider ids are short and plain; anything else is folded into "other". */
function modelLabel(model: string): string {
  return /^[\w.:/@-]{1,100}$/.test(model) ? model : 'other';
}

function create(): AtlasMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const httpRequestDuration = new Histogram({
    name: 'atlas_http_request_duration_seconds',
    help: 'HTTP request latency by method, matched route pattern (unmatched for none) and status class',
    labelNames: ['method', 'route', 'status_class'] as const,
    // Chat turns stream for tens of seconds, hence the long tail.
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [registry],
  });
  const toolCalls = new Counter({
    name: 'atlas_tool_calls_total',
    help: 'Tool calls (web, chat and MCP) by tool and outcome: ok, refused (an expected no) or failed',
    labelNames: ['tool', 'outcome'] as const,
    registers: [registry],
  });
  const toolDuration = new Histogram({
    name: 'atlas_tool_call_duration_seconds',
    help: 'Tool call duration by tool',
    labelNames: ['tool'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const modelCalls = new Counter({
    name: 'atlas_model_calls_total',
    help: 'Model calls by purpose, provider and model',
    labelNames: ['purpose', 'provider', 'model'] as const,
    registers: [registry],
  });
  const modelTokens = new Counter({
    name: 'atlas_model_tokens_total',
    help: 'Model tokens by purpose, provider, model and kind (input, output, cached_input, reasoning)',
    labelNames: ['purpose', 'provider', 'model', 'kind'] as const,
    registers: [registry],
  });
  const modelCost = new Counter({
    name: 'atlas_model_cost_usd_total',
    help: 'Model cost in US dollars from the price table, by purpose, provider and model',
    labelNames: ['purpose', 'provider', 'model'] as const,
    registers: [registry],
  });
  const replicaReads = new Counter({
    name: 'atlas_replica_reads_total',
    help: 'Reads a read replica may answer (searches, match scores), by the server that answered: replica, or primary when it was behind or unreachable',
    labelNames: ['served_by'] as const,
    registers: [registry],
  });
  const poolGauge = (name: string, help: string, read: (pool: PoolCounts) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set([...pools].reduce((sum, pool) => sum + read(pool), 0));
      },
    });
  poolGauge('atlas_db_pool_connections', 'Connections the PostgreSQL pool holds (0 on embedded PGlite)', (pool) => pool.totalCount);
  poolGauge('atlas_db_pool_idle_connections', 'Idle connections in the PostgreSQL pool', (pool) => pool.idleCount);
  poolGauge('atlas_db_pool_waiting_clients', 'Queries waiting for a PostgreSQL pool connection', (pool) => pool.waitingCount);

  observeToolCalls((event) => {
    toolCalls.inc({ tool: event.tool, outcome: event.outcome });
    toolDuration.observe({ tool: event.tool }, event.durationSeconds);
  });
  observeModelUsage((record) => {
    const labels = { purpose: record.purpose, provider: modelLabel(record.provider), model: modelLabel(record.model) };
    modelCalls.inc(labels);
    modelTokens.inc({ ...labels, kind: 'input' }, record.inputTokens);
    modelTokens.inc({ ...labels, kind: 'output' }, record.outputTokens);
    modelTokens.inc({ ...labels, kind: 'cached_input' }, record.cachedInputTokens);
    modelTokens.inc({ ...labels, kind: 'reasoning' }, record.reasoningTokens);
    modelCost.inc(labels, record.costUsd);
  });
  return { registry, httpRequestDuration, toolCalls, replicaReads };
}

/** The process's metrics, created (and subscribed to tool calls and model usage) on first use. */
export function atlasMetrics(): AtlasMetrics {
  metrics ??= create();
  return metrics;
}

/** Counts one read a read replica may answer, by the server that answered it. */
export function countReplicaRead(servedBy: 'replica' | 'primary') {
  atlasMetrics().replicaReads.inc({ served_by: servedBy });
}

/** Reports a PostgreSQL pool's connection counts from now on. */
export function watchDatabasePool(pool: PoolCounts) {
  pools.add(pool);
}

const queueStates = ['queued', 'active', 'deferred'] as const;

/**
 * Sets the pg-boss queue depths from its own bookkeeping (pgboss.queue, which its monitor keeps up to
 * date): one small read per scrape. No pg-boss schema yet (no queue started) leaves the gauge empty.
 */
export async function readQueueDepths(database: Database): Promise<void> {
  const { registry } = atlasMetrics();
  const gauge =
    (registry.getSingleMetric('atlas_queue_jobs') as Gauge<'queue' | 'state'> | undefined) ??
    new Gauge({ name: 'atlas_queue_jobs', help: 'pg-boss jobs by queue and state (queued, active, deferred)', labelNames: ['queue', 'state'] as const, registers: [registry] });
  let rows: { name: string; queued: number; active: number; deferred: number }[];
  try {
    const result = await database.execute(
      sql`select name, queued_count as queued, active_count as active, deferred_count as deferred from pgboss.queue`,
    );
    rows = (result as unknown as { rows: typeof rows }).rows;
  } catch {
    return;
  }
  gauge.reset();
  for (const row of rows) {
    // Queue names are the app's own (gmail-sync, briefings, …); a name of any other shape is not a label.
    if (!/^[\w.-]{1,64}$/.test(row.name)) continue;
    for (const state of queueStates) gauge.set({ queue: row.name, state }, Number(row[state]));
  }
}
