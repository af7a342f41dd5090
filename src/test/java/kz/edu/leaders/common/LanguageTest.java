package kz.edu.leaders.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which language a request is answered in: the switch's cookie, then the browser's languages, then both. */
class LanguageTest {

  @Test
  void theSwitchsChoiceBeatsTheBrowsersLanguages() {
    MockHttpServletRequest request = request("ru-RU,ru;q=0.9");
    request.setCookies(new Cookie(Language.COOKIE, "kk"));
    assertThat(Language.of(request)).isEqualTo(Language.KK);
  }

  @Test
  void aCookieThatNamesNoneOfOurLanguagesIsIgnored() {
    MockHttpServletRequest request = request("en-GB,en;q=0.9");
    request.setCookies(new Cookie(Language.COOKIE, "<script>"));
    assertThat(Language.of(request)).isEqualTo(Language.EN);
  }

  @Test
  void withoutAChoiceTheFirstOfOurLanguagesTheBrowserNamesCounts() {
    assertThat(Language.of(request("de-DE,de;q=0.9,ru;q=0.8,kk;q=0.7"))).isEqualTo(Language.RU);
  }

  @Test
  void aRequestThatNamesNoLanguageGetsKazakhAndRussian() {
    assertThat(Language.of(new MockHttpServletRequest())).isEqualTo(Language.KK_AND_RU);
    assertThat(Language.of(request("de-DE"))).isEqualTo(Language.KK_AND_RU);
  }

  private static MockHttpServletRequest request(String acceptLanguage) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.addHeader("Accept-Language", acceptLanguage);
    return request;
  }
}
