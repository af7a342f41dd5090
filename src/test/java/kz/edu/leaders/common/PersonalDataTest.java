package kz.edu.leaders.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

  @Test
  void masksIinsPhonesAndEmailAddresses() {
    assertThat(PersonalData.redact("IIN 850101300123, call +7 701 123 45 67 or 8(701)123-45-67, +77011234567, "
        + "mail a.b-c+x@mail.example.kz"))
        .isEqualTo("IIN [IIN], call [phone] or [phone], [phone], mail [e-mail]");
  }

  @Test
  void leavesCaseNumbersDatesAndScoresAlone() {
    String text = "VC-2026-000042 vacated on 2026-03-02, score 82.50, order No. 57/96 of 31.03.2025, 1234567890123";
    assertThat(PersonalData.redact(text)).isEqualTo(text);
    assertThat(PersonalData.redact(null)).isNull();
  }
}
