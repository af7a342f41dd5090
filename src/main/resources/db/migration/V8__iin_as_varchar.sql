-- IINs are always 12 digits, so CHAR(12) padded nothing; but the JDBC driver sends a string parameter as text,
-- and PostgreSQL compares a CHAR column with text by casting the column, which no index can serve. Every lookup of
-- an application by IIN (registration, the test-result import) read the index entries of all of the cycle's
-- applications: about 900 buffers a lookup in a run of 3,000. As VARCHAR the unique index answers it.
ALTER TABLE application ALTER COLUMN iin SET DATA TYPE VARCHAR(12);
ALTER TABLE reserve_entry ALTER COLUMN iin SET DATA TYPE VARCHAR(12);
ALTER TABLE competition_candidate ALTER COLUMN iin SET DATA TYPE VARCHAR(12);
ALTER TABLE appointment_order ALTER COLUMN appointee_iin SET DATA TYPE VARCHAR(12);
