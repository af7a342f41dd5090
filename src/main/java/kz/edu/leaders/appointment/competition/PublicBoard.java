package kz.edu.leaders.appointment.competition;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The public board of open competitions (domain §2: interviews are streamed live, the result is public). It
 * holds no personal data of candidates; the appointee's name is public through the appointment order. Names are
 * in the board's language: kk, ru, en, or null for Kazakh and Russian side by side.
 */
public record PublicBoard(String language, List<RegionName> regions, List<Upcoming> upcoming,
                          List<Finished> finished) {

  /** A region the board can be filtered by ({@code ?region=code}), named in the board's language. */
  public record RegionName(String code, String name) {}

  /** A scheduled interview session and where to watch it. */
  public record Upcoming(String competitionId, int attempt, String school, String region, String regionName,
                         String post, String postName, OffsetDateTime sessionAt, String streamLink) {}

  /** A decided competition: the outcome, the open vote as counts, and the recording. */
  public record Finished(String competitionId, int attempt, String school, String region, String regionName,
                         String post, String postName, OffsetDateTime decidedAt, String outcome, String outcomeText,
                         String appointeeName, List<VoteCount> votes, String recordingLink) {}

  /** The votes one interviewed candidate received; candidates are not named. */
  public record VoteCount(boolean winner, int votesFor, int votesAgainst) {}
}
