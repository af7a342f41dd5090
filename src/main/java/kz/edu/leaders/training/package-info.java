/**
 * Advanced-training courses for school heads (bpmn/training-course.bpmn, issue 19 part 1): planning a course of a
 * region, the region's registry of organisations, enrolment (CSV import with per-row results, or one by one),
 * cancellation for too few, streams with their dates and trainer, absences per day, the final work, completion by
 * {@link kz.edu.leaders.training.TrainingSettings}, certificates and the follow-up. Records in the training_* tables
 * (Flyway V9). Depends on {@code domain}, {@code common} and {@code identity}.
 */
package kz.edu.leaders.training;
