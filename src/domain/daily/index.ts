/** The daily check: fingerprints of the customer rows, the stored snapshot, and the report. */
export * from './fingerprint';
export * from './snapshot';
export * from './report';
