package kz.edu.leaders.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real SMTP server for the notification tests (GreenMail) on a port of its own, which survives a stop and a start:
 * "the mail server is down for a while".
 */
final class TestMailServer {

  private final int port;
  private GreenMail greenMail;

  TestMailServer() {
    this.port = freePort();
  }

  int port() {
    return port;
  }

  synchronized void start() {
    if (greenMail == null) {
      greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      greenMail.start();
    }
  }

  synchronized void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  /** What arrived for the address since the server last started. */
  List<MimeMessage> to(String address) {
    if (greenMail == null) {
      return List.of();
    }
    return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
      try {
        return Stream.of(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
