package uk.contactpoint.shared.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.brokering.entity.ContactRequest;
import uk.contactpoint.dataquality.entity.InaccuracyReport;
import uk.contactpoint.shielding.entity.ShieldCriterion;

class WordsTest {

  private final Words words = new Words();

  @Test
  void aStoredCodeReadsAsPlainEnglish() {
    assertEquals("Living in a refuge", words.of(ShieldCriterion.REFUGE));
    assertEquals("A parent or carer", words.of(InaccuracyReport.Fact.PARENT_OR_CARER));
    assertEquals(
        "Address",
        words.of(InaccuracyReport.Fact.ADDRESS),
        "a code without an entry, in sentence case");
    assertEquals("No response", words.of(ContactRequest.Outcome.NO_RESPONSE));
    assertEquals(
        "Local authority management team, Practitioner",
        words.of("LA_MANAGER,PRACTITIONER"),
        "roles as the trail stores them");
    assertEquals("Operator, Auditor", words.of(List.of(Role.ADMIN, Role.AUDITOR)));
  }

  @Test
  void whatIsNoCodeIsLeftAsItIs() {
    assertEquals("Tim Walker", words.of("Tim Walker"));
    assertEquals("", words.of(null));
  }
}
