package kz.edu.leaders.appointment;

import java.util.Optional;

/**
 * What the appointment needs to know of its competitions, answered by the competition's records
 * ({@code appointment.competition}), so that the appointment does not depend on its sub-process.
 */
public interface CompetitionResults {

  /** How many competitions were announced for the vacancy so far. */
  int attempts(String vacancyNumber);

  /** The winner of the vacancy's latest competition, if it ended with one. */
  Optional<Winner> winner(String vacancyNumber);

  /** Where a candidate of a competition is told (the e-mail they applied with, may be none), and how addressed. */
  Optional<CandidateContact> contact(long candidateId);

  record CandidateContact(String email, String name) {}

  record Winner(long candidateId, String competitionId, String iin, String surname, String firstName,
                String patronymic) {

    public String fullName() {
      return surname + " " + firstName + (patronymic == null || patronymic.isBlank() ? "" : " " + patronymic);
    }
  }
}
