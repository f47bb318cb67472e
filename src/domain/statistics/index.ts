export {
  DECISION_ACTIONS, MIN_DECIDED_CASES, PERCENTILES, PROCESSING_WINDOW_DAYS, ProcessingFigures, ProcessingWindow, RECEIVED_ACTION,
  hasEnoughCases, isInProcessingWindow, nearestRank, percentileFraction, processingDays, processingWindow, summarizeDurations,
  type Percentile,
} from './processing-times.js';
export {
  CaseEstimate, DecisionEstimate, ESTIMATE_BASES, EstimateBasis, estimateDecisionDate, estimateForCase, type CaseEstimateInput,
  type EstimateInput,
} from './estimate.js';
export {
  FigureGroup, ProcessingTimesGroup, ProcessingTimesQuery, ProcessingTimesReport, buildReport, filterReport,
} from './report.js';
