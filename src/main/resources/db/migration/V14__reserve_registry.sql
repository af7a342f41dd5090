-- The reserve as a registry (issue 22): an entry leaves the reserve by appointment (reservist_offer and
-- appointment_order tell of it), by the end of its term (the ReserveTerm process's timer) or by revocation.
-- Expiry and revocation are written here, with who and when, so the entry's history needs no engine history.
ALTER TABLE reserve_entry ADD COLUMN expired_at TIMESTAMP;
ALTER TABLE reserve_entry ADD COLUMN revoked_at TIMESTAMP;
ALTER TABLE reserve_entry ADD COLUMN revoked_by VARCHAR(64);
ALTER TABLE reserve_entry ADD COLUMN revocation_reason VARCHAR(500);

-- The registry lists newest first, filtered by cycle and status.
CREATE INDEX ix_reserve_entry_registry ON reserve_entry (cycle_year, status, created_at);
