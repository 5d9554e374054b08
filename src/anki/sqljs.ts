/** A current WebAssembly sql.js, loaded once (the stock library bundles asm.js sql.js 0.5). */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type SqlValue = string | number | null | Uint8Array;

export interface SqlStatement {
  run(values?: SqlValue[]): void;
  free(): boolean;
}

export interface SqlDatabase {
  run(sql: string, params?: SqlValue[] | Record<string, SqlValue>): SqlDatabase;
  exec(sql: string, params?: SqlValue[]): Array<{ columns: string[]; values: SqlValue[][] }>;
  prepare(sql: string): SqlStatement;
  export(): Uint8Array;
  close(): void;
}

export interface SqlJs {
  Database: new (data?: Uint8Array) => SqlDatabase;
}

let loading: Promise<SqlJs> | undefined;

export function loadSqlJs(): Promise<SqlJs> {
  const init = require('sql.js') as (config?: object) => Promise<SqlJs>;
  loading ??= init();
  return loading;
}
