/**
 * The paired A/B regression gate: a baseline A and a current B measured interleaved in one run, round
 * by round, and a verdict per benchmark from the per-round ratios B/A (the paired design of A. Abedi
 * and T. Brecht, <i>Conducting Repeatable Experiments in Highly Variable Cloud Computing
 * Environments</i>, ICPE 2017, and of L. Bulej et al., <i>Duet Benchmarking: Improving Measurement
 * Accuracy in the Cloud</i>, ICPE 2020). {@link org.scalebench.analysis.ab.PairedComparison} holds the
 * statistics and the rule; {@link org.scalebench.analysis.ab.AbResult} and
 * {@link org.scalebench.analysis.ab.AbJson} the run and its {@code ab.json}.
 */
package org.scalebench.analysis.ab;
