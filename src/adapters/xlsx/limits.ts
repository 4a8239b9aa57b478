/** Budgets that bound the work an untrusted .xlsx file can make us do. */
export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  readonly maxFileBytes: number;
  /** Largest sum of the declared (and actual) uncompressed sizes of all zip entries, in bytes. */
  readonly maxTotalUncompressedBytes: number;
  /** Largest uncompressed:compressed ratio, per entry and for the whole file... */
  readonly maxCompressionRatio: number;
  /** ...checked only once the uncompressed size exceeds this many bytes, so tiny XML parts pass. */
  readonly compressionRatioFloorBytes: number;
  /** Most zip entries (parts) accepted. */
  readonly maxEntries: number;
  /** Most cells a sheet's used range may span (declared `<dimension>`, and the cells actually read). */
  readonly maxUsedRangeCells: number;
  /** Most merged ranges per sheet. */
  readonly maxMergedRangesPerSheet: number;
  /** Most cells a single merged range may cover. */
  readonly maxCellsPerMerge: number;
  /** Most cells all merged ranges of one sheet may cover together. */
  readonly maxMergedCellsPerSheet: number;
  /** Wall-clock budget for parsing in the worker (start-up included), in milliseconds. */
  readonly parseTimeoutMs: number;
  /** Old-generation heap cap of the parse worker, in MB. */
  readonly workerHeapMb: number;
}

const MB = 1024 * 1024;

/**
 * The streaming reader (stream-workbook.ts) reads a 100,000-row register in about 3 s and under
 * 200 MB (BENCHMARKS.md); the job worker now writes the scored copy with the package writer
 * (package/write-package.ts, no exceljs), and loads exceljs only for a package that writer does
 * not handle. The 2 GB heap and 90 s deadline were sized for that exceljs path (a 200,000-row
 * x 12-column register, 16 MB and 115 MB unzipped, takes exceljs 20 to 32 s and 0.9 to 1.3 GB). exceljs checks each new merge
 * against every earlier one, so merges cost it O(n^2): 10,000 merges take about 11 s, 20,000 take
 * 48 s; the merge limits below keep the write path bounded.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * MB,
  maxTotalUncompressedBytes: 300 * MB,
  maxCompressionRatio: 200,
  compressionRatioFloorBytes: 1 * MB,
  maxEntries: 10_000,
  // 200,000 rows x 100 columns; Excel's full grid (17 billion cells) is refused.
  maxUsedRangeCells: 20_000_000,
  maxMergedRangesPerSheet: 10_000,
  maxCellsPerMerge: 100_000,
  maxMergedCellsPerSheet: 1_000_000,
  parseTimeoutMs: 90_000,
  workerHeapMb: 2_048,
};
