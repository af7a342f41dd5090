package kz.edu.leaders.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An SMTP server that refuses every recipient with a 550, as a real one does for an unknown mailbox (GreenMail
 * accepts all). It speaks just enough SMTP for JavaMail to reach RCPT and hear the answer.
 */
final class RefusingSmtpServer implements AutoCloseable {

  static final String ANSWER = "550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table";

  private final ServerSocket socket;
  private final Thread thread;

  RefusingSmtpServer() {
    try {
      socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    thread = new Thread(this::serve, "refusing-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException e) {
        // closed, or the client hung up: wait for the next one
      }
    }
  }

  private static void converse(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    OutputStream out = client.getOutputStream();
    say(out, "220 refusing.test ESMTP");
    for (String line; (line = in.readLine()) != null; ) {
      String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
      switch (command) {
        case "EHLO", "HELO" -> say(out, "250 refusing.test");
        case "MAIL" -> say(out, "250 2.1.0 Ok");
        case "RCPT" -> say(out, ANSWER);
        case "RSET", "NOOP" -> say(out, "250 2.0.0 Ok");
        case "QUIT" -> {
          say(out, "221 2.0.0 Bye");
          return;
        }
        default -> say(out, "502 5.5.2 Error: command not recognized");
      }
    }
  }

  private static void say(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
