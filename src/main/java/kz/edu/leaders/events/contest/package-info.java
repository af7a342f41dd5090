/**
 * LeadingSchoolContest: the regional contest "The Best Leading School" judged by a jury. An organiser of the region
 * announces it (rounds, criteria, nominations, prize places, jury and chair), registers the leading schools' entries
 * until the deadline and admits or rejects them; each juror declares conflicts of interest and is recused from those
 * entries, then scores each other admitted entry in a task of their own; the scores are combined by the rule an
 * analyst sets ({@link kz.edu.leaders.events.contest.ContestSettings}), the chair orders ties at prize places, names
 * the winners and nominees and approves the protocol; the results are published. The contest_* tables are the
 * records. Depends on common/, domain/, identity/ and appointment.competition.Rows (dynamic lists) only.
 */
package kz.edu.leaders.events.contest;
