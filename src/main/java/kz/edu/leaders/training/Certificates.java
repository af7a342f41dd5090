package kz.edu.leaders.training;

import java.security.SecureRandom;
import kz.edu.leaders.training.ParticipantRepository.Participant;
import kz.edu.leaders.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of completion: one per participant who completed, numbered at random (SecureRandom, 60 bits in a
 * 32-letter alphabet without look-alike characters), so a number says nothing of another and cannot be guessed.
 */
@Service
public class Certificates {

  static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ParticipantRepository participants;

  public Certificates(ParticipantRepository participants) {
    this.participants = participants;
  }

  /** "TC-7KQ2-M9XD-4HTR" */
  static String randomNumber() {
    StringBuilder number = new StringBuilder("TC");
    for (int i = 0; i < 12; i++) {
      if (i % 4 == 0) {
        number.append('-');
      }
      number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return number.toString();
  }

  /** The participant's certificate, issued now if not yet; refused (409) for one who did not complete. */
  @Transactional
  public String issue(String course, int participantNo, String by) {
    Participant participant = participants.byNumber(course, participantNo)
        .orElseThrow(() -> Refusal.of(404, "training.participantNotFound", participantNo, course));
    if (participant.certificate() != null) {
      return participant.certificate();
    }
    if (!Boolean.TRUE.equals(participant.completed())) {
      throw Refusal.of(409, participant.completed() == null ? "training.certificate.notDecided"
          : "training.certificate.notCompleted", participantNo, course);
    }
    String number = randomNumber();
    while (participants.certificateExists(number)) {
      number = randomNumber();
    }
    participants.insertCertificate(number, participant.id(), course, by);
    return number;
  }
}
