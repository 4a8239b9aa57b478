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
 * Measured with exceljs 4.4 on 2 cores: a 200,000-row x 12-column register is a 16 MB file,
 * 115 MB unzipped (ratio 7:1), and takes 20 to 32 s and 0.9 to 1.3 GB of heap to load, hence
 * the 2 GB heap and the 90 s deadline. exceljs checks each new merge against every earlier one,
 * so merges cost O(n^2): 10,000 merges take about 11 s, 20,000 take 48 s.
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
