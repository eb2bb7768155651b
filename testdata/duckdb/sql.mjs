// Runs SQL statements, separated by ';', in DuckDB from a release directory and prints, per
// statement, its columns and how many rows it gave, as JSON lines. Usage: node sql.mjs DIR FILE
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';

const [dir, file] = process.argv.slice(2);
const sql = readFileSync(file, 'utf8');
process.chdir(dir);
const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
for (const stmt of sql.split(';').map((s) => s.trim()).filter((s) => s.replace(/--.*$/gm, '').trim() !== '')) {
  const reader = await conn.runAndReadAll(stmt);
  console.log(JSON.stringify({ sql: stmt, columns: reader.columnNames(), rows: reader.getRowsJson().length }));
}
