-- Notifications that carry a secret (a forum participant's personal feedback link, issue 21): the body as
-- administrators may read it, with each secret cut to its last four characters. NULL when the body has no secret.
-- The full body is needed only until the message is sent: once the mail server accepted it, the body is replaced by
-- this one (NotificationRepository.markSent), so the outbox does not keep working links that the feedback tokens'
-- table, holding only hashes, is designed not to keep.
ALTER TABLE notification ADD COLUMN redacted_body VARCHAR(20000);
