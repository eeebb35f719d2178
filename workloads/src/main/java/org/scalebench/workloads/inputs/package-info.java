/**
 * Input files of the built-in workloads, written by their seeded generators ({@code scalebench
 * data}): {@link org.scalebench.workloads.inputs.NameListFiles} for matching, {@link
 * org.scalebench.workloads.inputs.CreditDataFile} for the grid search, and {@link
 * org.scalebench.workloads.inputs.GeneratedInputs}, which keeps files already written with the same
 * settings (a study's data steps run on every resume).
 */
package org.scalebench.workloads.inputs;
