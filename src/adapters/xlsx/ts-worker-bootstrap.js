"use strict";
// Worker bootstrap used only when running from TypeScript sources (jest): see start-parse-worker.ts.
// Registers the .ts require hook, then loads the worker's entry.
const { workerData } = require("node:worker_threads");
require("./ts-require-hook");

require(workerData.sourceEntry);
