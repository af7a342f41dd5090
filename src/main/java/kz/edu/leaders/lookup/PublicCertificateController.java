package kz.edu.leaders.lookup;

import jakarta.servlet.http.HttpServletRequest;
import kz.edu.leaders.common.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public verification of a certificate by its number, without login; the page is /certificates/. */
@RestController
public class PublicCertificateController {

  private final CertificateVerification verification;

  public PublicCertificateController(CertificateVerification verification) {
    this.verification = verification;
  }

  @GetMapping("/public/api/certificates/{number}")
  public ResponseEntity<CertificateVerification.Verified> verify(@PathVariable String number,
                                                                 HttpServletRequest request) {
    // Not cached: a status changes (appointed, expired) while the number stays.
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(verification.verify(number, Language.of(request)));
  }
}
