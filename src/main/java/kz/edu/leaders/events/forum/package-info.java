/**
 * Regional forums of school directors (bpmn/regional-forum.bpmn, issue 20): a region's forum organiser plans the
 * forum and its programme, registers participants (CSV import with per-row results, or in the task's list), records
 * the absent per day, hands out personal feedback links, and reviews the summary (attendance, ratings per session,
 * comments) once the feedback window closes. Records in the forum_* tables (Flyway V11); the public feedback page is
 * {@code /forum-feedback}. Depends on {@code domain}, {@code common}, {@code identity}, {@code web} and
 * {@code training} (its list of the absent).
 */
package kz.edu.leaders.events.forum;
