-- A reservist holds at most one open offer: two officers offering the same reservist at the same moment (each
-- seeing them free) must not both succeed. The column holds the certificate while the offer awaits an answer.
ALTER TABLE reservist_offer ADD COLUMN open_certificate VARCHAR(40);
UPDATE reservist_offer SET open_certificate = certificate_number WHERE answer IS NULL;
ALTER TABLE reservist_offer ADD CONSTRAINT uq_reservist_offer_open UNIQUE (open_certificate);
