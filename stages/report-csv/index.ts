/** Report stage `report-csv`: the report tables and their CSV text (it writes nothing). */
export {buildTables, tableBuilders, COLUMNS, type ReportInput, type ReportTables, type Row} from './tables.ts'
export {csvChunks, neutralise, toCsv} from './csv.ts'
