// The store of @fastify/rate-limit in the database (issue 20): the default store counts in the
// memory of one process, so with two instances behind a load balancer each allowed the full limit.
// One atomic upsert per request counts for every instance on the same PostgreSQL.
import type { Queryable } from '../platform/db.js';

type Terug = (err: Error | null, uitkomst?: { current: number; ttl: number }) => void;

/** A store class bound to db (the plugin constructs it, then calls child() per route). */
export function databaseLimieten(db: Queryable) {
  return class DatabaseLimieten {
    private readonly voorvoegsel: string;
    constructor(voorvoegsel?: unknown) {
      this.voorvoegsel = typeof voorvoegsel === 'string' ? voorvoegsel : '';
    }

    incr(sleutel: string, terug: Terug, tijdvakMs: number): void {
      db.query<{ aantal: number; ttl: number }>(
        `INSERT INTO verzoeklimieten AS v (sleutel, aantal, verloopt_op) VALUES ($1, 1, now() + make_interval(secs => $2::float8 / 1000))
         ON CONFLICT (sleutel) DO UPDATE SET
           aantal = CASE WHEN v.verloopt_op <= now() THEN 1 ELSE v.aantal + 1 END,
           verloopt_op = CASE WHEN v.verloopt_op <= now() THEN now() + make_interval(secs => $2::float8 / 1000) ELSE v.verloopt_op END
         RETURNING aantal, greatest(0, ceil(extract(epoch FROM verloopt_op - now()) * 1000))::int8 AS ttl`,
        [this.voorvoegsel + sleutel, tijdvakMs],
      ).then(([r]) => {
        // now and then: drop counts whose window ended long ago
        if (Math.random() < 0.01) void db.query(`DELETE FROM verzoeklimieten WHERE verloopt_op < now() - interval '1 hour'`).catch(() => undefined);
        terug(null, { current: r.aantal, ttl: r.ttl });
      }, (err: Error) => terug(err));
    }

    child(route: { routeInfo: { method: string; url: string } }): DatabaseLimieten {
      return new DatabaseLimieten(`${this.voorvoegsel}${route.routeInfo.method} ${route.routeInfo.url} `);
    }
  };
}
