/**
 * What every feature uses: a submission's values and their errors, the current user, languages and texts,
 * the working-day calendar, sequences and personal-data rules. Depends on nothing of the project's.
 */
package kz.edu.leaders.common;
