/**
 * The gate every person's write to a process passes: what a task's submission (or a start form's) may contain,
 * read from the form deployed with the process, checked before the engine sees the request. Depends on the engine
 * and on {@code common} and {@code web} for errors; no feature depends on it.
 */
package kz.edu.leaders.submission;
