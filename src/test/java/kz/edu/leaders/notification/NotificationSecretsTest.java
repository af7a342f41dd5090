package kz.edu.leaders.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What administrators read of a message with a secret: each secret cut to its last four characters, nothing else. */
class NotificationSecretsTest {

  static final String TOKEN = "q3Jm0c9dX2kVbN8sTQeA7fLwR1yHzPuIo4gKjE6hZtM";

  @Test
  void eachSecretIsCutToItsLastFourCharactersWhereverItStands() {
    String body = "Link: https://leaders.example.kz/forum-feedback/#" + TOKEN + "\nAgain: " + TOKEN + ".\n";
    assertThat(Notifications.redacted(body, Set.of(TOKEN))).isEqualTo(
        "Link: https://leaders.example.kz/forum-feedback/#…hZtM\nAgain: …hZtM.\n");
  }

  @Test
  void aBodyWithoutSecretsHasNoRedactedTextAndAShortSecretShowsNothingOfItself() {
    assertThat(Notifications.redacted("No secret here.\n", Set.of())).isNull();
    assertThat(Notifications.redacted("No secret here.\n", Set.of(TOKEN))).isNull();
    assertThat(Notifications.redacted("PIN 1234-56\n", Set.of("1234-56"))).isEqualTo("PIN …\n");
  }
}
