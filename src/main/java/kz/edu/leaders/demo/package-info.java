/**
 * The demo profile's data and the steps that make it: one user per role, a cohort of candidates at every stage of
 * the selection, vacancies at every stage of an appointment, and the selection's and competition's steps taken as
 * their users would (also used by tests and the benchmark). Active only with the demo profile; may depend on every
 * feature, and nothing of the product depends on it.
 */
package kz.edu.leaders.demo;
