// Reads every Parquet file of a release with three readers independent of the Go writer —
// DuckDB, hyparquet (pure JavaScript, its own footer and page decoding) and Apache Arrow's
// JavaScript library (the ARROW:schema key) — and prints what they read as JSON for the Go
// test to compare with the Arrow tables. Usage: node check.mjs RELEASE_DIR
import { DuckDBInstance } from '@duckdb/node-api';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { tableFromIPC } from 'apache-arrow';
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
  // hyparquet reads every row too, zstd pages included.
  const objects = await parquetReadObjects({ file: buf, compressors });
  const names = meta.schema.slice(1).map((e) => e.name);
  const hyRows = objects.map((o) => names.map((n) => (typeof o[n] === 'bigint' ? Number(o[n]) : o[n] ?? null)));
  const hyMetadata = Object.fromEntries((meta.key_value_metadata ?? []).map(({ key, value }) => [key, value]));
  // Apache Arrow decodes the stored Arrow schema: field types and their descriptions.
  let arrowFields = null;
  if (hyMetadata['ARROW:schema']) {
    const msg = Buffer.from(hyMetadata['ARROW:schema'], 'base64');
    const eos = Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
    const schema = tableFromIPC(Buffer.concat([msg, eos])).schema;
    arrowFields = schema.fields.map((f) => ({ name: f.name, type: String(f.type), nullable: f.nullable,
      description: f.metadata.get('description') ?? null, unit: f.metadata.get('unit') ?? '' }));
  }
  out[table] = { columns, rows, metadata, stats, hyparquetRows: Number(meta.num_rows), rootRepetition: meta.schema[0].repetition_type ?? null,
    codecs, hyRows, hyMetadataKeys: Object.keys(hyMetadata).sort(), arrowFields,
    hyDescriptions: hyMetadata['figures.field_descriptions'] ? JSON.parse(hyMetadata['figures.field_descriptions']) : null,
    hyUnits: hyMetadata['figures.field_units'] ? JSON.parse(hyMetadata['figures.field_units']) : null };
}
console.log(JSON.stringify(out));
