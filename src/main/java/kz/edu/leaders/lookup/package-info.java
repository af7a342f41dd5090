/**
 * Public lookups anyone may make without login: a certificate's verification ({@link
 * kz.edu.leaders.lookup.PublicCertificateController}). They show what the records hold and never an IIN; they are
 * rate-limited by path (web/PublicRateLimit). A candidate's own status is the selection's (selection/ApplicationStatus).
 */
package kz.edu.leaders.lookup;
