// Reads every Parquet file of a release with DuckDB, and its footer with hyparquet: readers
// independent of the Go writer, and prints what they read as JSON for the Go test to
// compare with the Arrow tables. Usage: node check.mjs RELEASE_DIR
import { DuckDBInstance } from '@duckdb/node-api';
import { asyncBufferFromFile, parquetMetadataAsync } from 'hyparquet';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
const out = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.parquet')).sort()) {
  const path = join(dir, file);
  const table = file.replace(/\.parquet$/, '');
  const reader = await conn.runAndReadAll(`SELECT * FROM read_parquet('${path.replaceAll("'", "''")}')`);
  const columns = reader.columnNames().map((name, i) => [name, reader.columnTypes()[i].toString()]);
  const rows = reader.getRowsJson();
  const kv = await conn.runAndReadAll(
    `SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${path.replaceAll("'", "''")}')`);
  const metadata = Object.fromEntries(kv.getRowsJson().map(([k, v]) => [k, v]));
  const st = await conn.runAndReadAll(
    `SELECT path_in_schema, any_value(stats_min_value), any_value(stats_max_value) FROM parquet_metadata('${path.replaceAll("'", "''")}') GROUP BY 1 ORDER BY 1`);
  const stats = Object.fromEntries(st.getRowsJson().map(([c, lo, hi]) => [c, [lo, hi]]));
  const buf = await asyncBufferFromFile(path);
  // hyparquet decodes the footer on its own (it reads zstd pages only with an add-on), so
  // it checks the schema and row counts independently of DuckDB.
  const meta = await parquetMetadataAsync(buf);
  const codecs = [...new Set(meta.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data.codec)))];
  out[table] = { columns, rows, metadata, stats, hyparquetRows: Number(meta.num_rows), rootRepetition: meta.schema[0].repetition_type ?? null, codecs };
}
console.log(JSON.stringify(out));
