#!/usr/bin/env python3
"""An SMTP server for scripts/durability.sh that lives outside the app, so it outlasts a killed node.

  smtp-sink.py PORT LOG           accepts every message; appends its X-Leaders-Notification id to LOG (one line per
                                  delivery, written and flushed before the server's "250", so a message the app was
                                  told is delivered is always in LOG)
  smtp-sink.py PORT LOG --stall   accepts connections and never answers: the app's send waits until its timeout, so
                                  its rows stay committed and unsent (QUEUED, or SENDING while a send hangs)

Only the commands JavaMail uses without TLS or login: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
"""
import os
import socketserver
import sys
import threading

PORT = int(sys.argv[1])
LOG = sys.argv[2]
STALL = "--stall" in sys.argv[3:]
LOG_LOCK = threading.Lock()
HEADER = b"x-leaders-notification:"


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line.encode("ascii") + b"\r\n")
        self.wfile.flush()

    def handle(self):
        if STALL:
            # Hold the connection open without a greeting until the client gives up.
            while self.rfile.read(1):
                pass
            return
        self.reply("220 durability-sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.strip().split(b" ", 1)[0].upper()
            if verb in (b"EHLO", b"HELO"):
                self.reply("250 durability-sink")
            elif verb in (b"MAIL", b"RCPT", b"RSET", b"NOOP"):
                self.reply("250 OK")
            elif verb == b"DATA":
                self.reply("354 end with <CRLF>.<CRLF>")
                self.receive()
            elif verb == b"QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not implemented")

    def receive(self):
        notification = "-"
        in_headers = True
        while True:
            line = self.rfile.readline()
            if not line or line in (b".\r\n", b".\n"):
                break
            if in_headers:
                if line in (b"\r\n", b"\n"):
                    in_headers = False
                elif line.lower().startswith(HEADER):
                    notification = line[len(HEADER):].strip().decode("ascii", "replace")
        with LOG_LOCK, open(LOG, "a") as log:
            log.write(notification + "\n")
            log.flush()
            os.fsync(log.fileno())
        self.reply("250 OK queued")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    with Server(("127.0.0.1", PORT), Session) as server:
        print(f"smtp-sink on 127.0.0.1:{PORT} ({'stalling' if STALL else 'logging to ' + LOG})", flush=True)
        server.serve_forever()
