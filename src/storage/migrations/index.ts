/**
 * Every schema change, oldest first. To add tables, write `NNN-what.ts` exporting a Migration
 * with the next version number and append it here; never edit or reorder a released one.
 */
import type { Migration } from '../migrate.js';
import { learnerTables } from './001-learner.js';
import { exportLedger } from './002-export-ledger.js';
import { studyTables } from './003-study.js';

export const MIGRATIONS: readonly Migration[] = [learnerTables, exportLedger, studyTables];
