package kz.edu.leaders.domain;

import kz.edu.leaders.domain.Iin;
import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.support.TestApplications;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IinTest {

  @Test
  void acceptsANumberWhoseCheckDigitMatchesTheFirstWeights() {
    // 8,8,0,5,0,3,4,0,0,1,1 weighted 1..11 = 133; 133 mod 11 = 1
    assertThat(Iin.problem("880503400111")).isNull();
  }

  @Test
  void usesTheSecondWeightsWhenTheFirstGiveTen() {
    // 9,0,0,1,0,1,3,0,0,8,1 weighted 1..11 = 9+4+6+21+80+11 = 131; 131 mod 11 = 10
    // with weights 3..11,1,2: 27+6+8+27+8+2 = 78; 78 mod 11 = 1
    assertThat(Iin.checkDigit("90010130081")).isEqualTo(1);
    assertThat(Iin.isValid("900101300811")).isTrue();
    assertThat(Iin.isValid("900101300810")).isFalse();
  }

  @Test
  void refusesANumberForWhichBothPassesGiveTen() {
    String base = findBaseWithNoCheckDigit();
    assertThat(Iin.checkDigit(base)).isEqualTo(10);
    for (int digit = 0; digit <= 9; digit++) {
      assertThat(Iin.problem(base + digit)).isEqualTo("iin.noCheckDigit");
    }
  }

  @ParameterizedTest
  @CsvSource({
      "88050340011,  iin.digits",
      "8805034001110, iin.digits",
      "88050340011a, iin.digits",
      "880503000111, iin.century",
      "881303400111, iin.birthDate",
      "880230400111, iin.birthDate",
      "880503400112, iin.checkDigit"})
  void explainsWhatIsWrong(String iin, String problem) {
    assertThat(Iin.problem(iin)).isEqualTo(problem);
  }

  @RepeatedTest(20)
  void generatedTestIinsAreValidAndTheirOneDigitTyposAreNot() {
    String iin = TestApplications.randomIin();
    assertThat(Iin.isValid(iin)).isTrue();
    assertThat(Iin.isValid(TestApplications.withWrongCheckDigit(iin))).isFalse();
  }

  private static String findBaseWithNoCheckDigit() {
    for (int serial = 0; serial < 10_000; serial++) {
      String base = String.format("850101%d%04d", 3, serial);
      if (Iin.checkDigit(base) == 10) {
        return base;
      }
    }
    throw new AssertionError("no such base found");
  }
}
