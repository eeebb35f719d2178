/**
 * The grid-search workload (the seed's use case 4): XGBoost hyperparameters for the credit-score
 * classification, or for a CSV of the user's own ({@code target=}, {@code drop=}), the combinations
 * spread over MPI ranks.
 *
 * <p>Sub-packages: {@code data} (the credit-score columns, the cleaner of their dirt, the CSV reader,
 * the generic table reader {@code TableCsvReader}, a seeded generator of credit-score files,
 * stratified splits), {@code grid} (grid files and their
 * combinations), {@code schedule} (static blocks and dynamic most-expensive-first dispatch over MPI),
 * {@code train} (XGBoost4J fits and the metrics). {@link
 * org.scalebench.workloads.gridsearch.GridSearchWorkload} ties them together; {@link
 * org.scalebench.workloads.gridsearch.GridCsv} describes {@code grid.csv}.
 *
 * <p>Usage: {@code ./scalebench run --workload gridsearch --ranks 2 --param rows=2000 --param
 * rounds=5}; a file: {@code java -cp cli/target/scalebench.jar
 * org.scalebench.workloads.gridsearch.data.GenerateCreditData credit.csv 100000 42} (or {@code
 * ./scalebench data credit --rows 100000 --out credit.csv}), then {@code --param data=credit.csv}.
 */
package org.scalebench.workloads.gridsearch;
