package kz.edu.leaders.training;

import java.util.List;

/**
 * Published (a Spring application event) when a course is cancelled, in the transaction that records it: the one
 * place a notification outbox hooks in to tell the enrolled people. A listener that sends anything should be a
 * {@code @TransactionalEventListener} (after commit), so a rolled-back cancellation tells nobody.
 *
 * @param courseNumber the course, as in training_course
 * @param participantIds training_participant.id of everyone enrolled when it was cancelled
 * @param reason Kazakh / Russian, as recorded
 */
public record TrainingCourseCancelled(String courseNumber, List<Long> participantIds, String reason) {}
