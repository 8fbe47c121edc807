/**
 * Benchmarks, run by {@code injectplan bench ...} and printing figures: decoding speed against
 * dcmtk, memory of a long cine, time per malformed file. Tests never assert on time; these do
 * not assert, they measure. Also the synthetic cines they run on, and the step pictures of
 * docs/algorithms.md ({@link org.injectplan.bench.StepPictureRuns}).
 */
package org.injectplan.bench;
