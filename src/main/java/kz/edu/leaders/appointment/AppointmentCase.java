package kz.edu.leaders.appointment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A vacancy case as the people who work on it (and independent observers) read it: everything the case
 * record holds except IINs, phones and e-mail addresses.
 */
public record AppointmentCase(Vacancy vacancy, ActingHead actingHead, List<ReservistOffer> reservistOffers,
                              List<Competition> competitions, Order order, List<Event> events) {

  /** One line of the case list. */
  public record Summary(String vacancyNumber, String school, String region, String regionName, String post,
                        String postName, LocalDate vacatedOn, OffsetDateTime registeredAt, String status, String path,
                        String outcome, OffsetDateTime closedAt) {}

  public record Vacancy(String vacancyNumber, String school, String region, String regionName, String post,
                        String postName, LocalDate vacatedOn, String registeredBy, OffsetDateTime registeredAt,
                        String legalBasis, String status, String path, String outcome, String outcomeReason,
                        OffsetDateTime closedAt) {}

  public record ActingHead(String name, String post, LocalDate from, LocalDate until, String assignedBy,
                           OffsetDateTime assignedAt) {}

  public record ReservistOffer(String certificateNumber, String name, LocalDate offeredOn, String offeredBy,
                               String answer, LocalDate answeredOn, String answerRecordedBy, String source,
                               String poolEntryNumber) {}

  public record Competition(String competitionId, int attempt, String status, LocalDate announcedOn,
                            LocalDate applicationsUntil, String announcedBy, String announcementText,
                            String observerName, OffsetDateTime sessionAt, String streamLink, String recordingLink,
                            String outcome, String outcomeReason, OffsetDateTime decidedAt, List<Session> sessions,
                            List<Candidate> candidates, List<Vote> votes) {}

  public record Session(int round, OffsetDateTime scheduledAt, String streamLink, OffsetDateTime votingCloses,
                        int members, Integer voted, String decision, String reason, String decidedBy,
                        OffsetDateTime decidedAt) {}

  public record Candidate(long id, String name, String currentPost, String status, String statusReason,
                          BigDecimal testScore, Boolean broadcastConsent, Boolean attended, Integer votesFor,
                          Integer votesAgainst, boolean winner) {}

  /** One open vote: who voted, for which candidate, how. */
  public record Vote(int round, String memberId, String memberName, long candidateId, String candidateName,
                     String vote, OffsetDateTime castAt) {}

  public record Order(String orderNumber, LocalDate orderDate, String path, String legalBasis, String appointeeName,
                      String certificateNumber, OffsetDateTime issuedAt) {}

  public record Event(String event, String detail, String actor, OffsetDateTime occurredAt) {}
}
