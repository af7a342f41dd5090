/**
 * Leaders: the workflow-engine-driven people pipeline of Kazakhstan's schools. One package per feature (selection,
 * commission, reserve, appointment with its competition, identity), shared vocabulary in {@code domain}, the rest of
 * the house in {@code common}, {@code web}, {@code submission} and {@code engine}; demo data only in {@code demo}.
 */
package kz.edu.leaders;
