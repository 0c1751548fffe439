import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeCatalogueContract } from './catalogue.contract.js';
import { describeMigrationContract } from './migration.contract.js';
import { openPostgresCatalogue } from './postgres.js';

/**
 * Runs against a real PostgreSQL when DUPHONG_TEST_PG_URL is set (e.g.
 * postgres://postgres@127.0.0.1:5432/test). Each fixture gets its own schema, dropped afterwards,
 * so runs never collide. In CI (CI=true) a missing variable or a silent server is a failure.
 */
const url = process.env.DUPHONG_TEST_PG_URL;
const inCi = process.env.CI === 'true';

if (!url) {
  if (inCi) {
    describe('PostgreSQL catalogue', () => {
      it('needs DUPHONG_TEST_PG_URL in CI', () => {
        throw new Error('DUPHONG_TEST_PG_URL is not set: CI must run the PostgreSQL catalogue contract');
      });
    });
  } else {
    console.warn('PostgreSQL catalogue tests excluded: set DUPHONG_TEST_PG_URL=postgres://USER@HOST:PORT/DB to run them.');
  }
}

let schemaCounter = 0;
function freshSchema(): string {
  schemaCounter += 1;
  return `duphong_test_${process.pid}_${Date.now().toString(36)}_${schemaCounter}`;
}

async function dropSchema(connectionString: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

describe.runIf(Boolean(url))('PostgreSQL catalogue (DUPHONG_TEST_PG_URL)', () => {
  const connectionString = url ?? '';

  beforeAll(async () => {
    // Fail loudly, naming the variable, when the server does not answer.
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query('select 1');
    } catch (error) {
      throw new Error(`PostgreSQL at DUPHONG_TEST_PG_URL (${connectionString}) does not answer`, { cause: error });
    } finally {
      await client.end().catch(() => undefined);
    }
  });

  describeCatalogueContract('PostgreSQL', async () => {
    const schema = freshSchema();
    const catalogue = await openPostgresCatalogue(connectionString, { schema });
    return {
      catalogue,
      openSecond: () => openPostgresCatalogue(connectionString, { schema }),
      parallelWriters: true,
      cleanup: async () => {
        await catalogue.close();
        await dropSchema(connectionString, schema);
      },
    };
  });

  describeMigrationContract('PostgreSQL', async () => {
    const schema = freshSchema();
    return {
      rawDb: () =>
        new Kysely<unknown>({
          dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString, max: 2, options: `-c search_path=${schema}` }) }),
        }),
      open: () => openPostgresCatalogue(connectionString, { schema }),
      migrationOptions: { schema },
      cleanup: () => dropSchema(connectionString, schema),
    };
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(openPostgresCatalogue(connectionString, { schema: 'x; drop table jobs' })).rejects.toThrow(
      /invalid PostgreSQL schema name/,
    );
  });

  it('gives every text column the "C" collation, so order matches SQLite whatever the locale', async () => {
    const schema = freshSchema();
    const catalogue = await openPostgresCatalogue(connectionString, { schema });
    try {
      const client = new pg.Client({ connectionString });
      await client.connect();
      try {
        const { rows } = await client.query<{ table_name: string; column_name: string; collation_name: string | null }>(
          `select table_name, column_name, collation_name from information_schema.columns
            where table_schema = $1 and data_type = 'text' and table_name not like 'kysely%'`,
          [schema],
        );
        expect(rows.length).toBeGreaterThan(40);
        expect(rows.filter((r) => r.collation_name !== 'C')).toEqual([]);
      } finally {
        await client.end();
      }
    } finally {
      await catalogue.close();
      await dropSchema(connectionString, schema);
    }
  });
});
