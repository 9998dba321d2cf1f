package uk.contactpoint.child.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.entity.Provenance;

class ChildTest {

  private static final Provenance FEED = new Provenance("EDU-LEEDS", Instant.parse("2026-11-01T10:00:00Z"));
  private static final LocalAuthoritySection LEEDS = new LocalAuthoritySection("E08000035", "Leeds");

  private static Child kelly() {
    return new Child("kelly-1", LEEDS, new PersonName("Kelly", "Mason"), LocalDate.of(2011, 8, 27), Gender.FEMALE,
        Address.at(List.of("14 Elmwood Terrace"), "Morley", Postcode.of("LS27 9QT"), AddressStatus.CURRENT), FEED);
  }

  @Test
  void aSectionCodeLooksLikeAnOnsCode() {
    assertThrows(IllegalArgumentException.class, () -> new LocalAuthoritySection("Leeds", "Leeds"));
    assertThrows(IllegalArgumentException.class, () -> new LocalAuthoritySection("E0800003", "Leeds"));
  }

  @Test
  void aRenamedChildKeepsTheOldNameAsAFormerName() {
    Child child = kelly();
    child.rename(new PersonName("Kelly", "Jones"), FEED);
    assertEquals("Jones", child.name().family());
    assertEquals(List.of(new PersonName("Kelly", "Mason")), child.formerNames());
  }

  @Test
  void aNameThatComesBackLeavesTheFormerNamesAndEachNameIsHeldOnce() {
    Child child = kelly();
    PersonName kelly = new PersonName("Kelly", "Mason");
    PersonName typo = new PersonName("Kelyy", "Mason");
    child.rename(typo, FEED);
    child.rename(kelly, FEED);
    child.rename(typo, FEED);
    child.rename(kelly, FEED);
    assertEquals(kelly, child.name());
    assertEquals(List.of(typo), child.formerNames());
  }

  @Test
  void movingKeepsTheOldAddressAsHistory() {
    Child child = kelly();
    child.moveTo(Address.noKnownAddress(), FEED);
    assertEquals(AddressStatus.NO_KNOWN_ADDRESS, child.address().status());
    assertEquals("LS27 9QT", child.addressHistory().get(0).postcode());
  }

  @Test
  void anAddressNeedsALineOrAPostcode() {
    assertThrows(IllegalArgumentException.class, () -> Address.at(List.of(" "), "Leeds", null, AddressStatus.CURRENT));
    assertThrows(IllegalArgumentException.class, () -> Address.at(List.of("1 Road"), "Leeds", null, AddressStatus.NO_KNOWN_ADDRESS));
  }

  @Test
  void theSameIdentifierIsRecordedOnce() {
    Child child = kelly();
    child.recordNhsNumber(NhsNumber.of("9434765919"), FEED);
    child.recordNhsNumber(NhsNumber.of("9434765919"), FEED);
    assertEquals(1, child.identifiers().size());
  }

  @Test
  void onlyASchoolCanBeAChildsSchool() {
    Organisation surgery = new Organisation("Y12345", "Station Road Medical Practice", OrganisationType.GP_SURGERY,
        SensitiveCategory.NONE, null, "Leeds", LEEDS);
    assertThrows(IllegalArgumentException.class, () -> kelly().registerAtSchool(surgery, LocalDate.of(2022, 9, 1), FEED));
  }

  @Test
  void aSchoolWhoseStartDateTheSourceDoesNotKnowIsStillTheChildsSchool() {
    Organisation school = new Organisation("107985", "All Saints Primary", OrganisationType.SCHOOL, SensitiveCategory.NONE, null, "Otley", LEEDS);
    Child child = kelly();
    child.registerAtSchool(school, null, FEED);
    assertEquals("All Saints Primary", child.school().orElseThrow().school().name());
    assertEquals(null, child.school().orElseThrow().startDate());
  }

  @Test
  void endedInvolvementIsListedForOneYearAfterItsEnd() {
    Organisation social = new Organisation(null, "Leeds Children's Social Care", OrganisationType.LOCAL_AUTHORITY_SERVICE,
        SensitiveCategory.NONE, null, "Leeds", LEEDS);
    Practitioner paul = new Practitioner("Paul Hughes", "Social worker", social, new ContactDetails("0113 000 0000", null));
    Involvement involvement = new Involvement(kelly(), social, paul, "Social worker", LocalDate.of(2025, 9, 1), FEED);
    involvement.endOn(LocalDate.of(2026, 7, 25), FEED);
    assertTrue(involvement.isListedOn(LocalDate.of(2027, 7, 25)));
    assertFalse(involvement.isListedOn(LocalDate.of(2027, 7, 26)));
    assertFalse(involvement.isActiveOn(LocalDate.of(2026, 7, 26)));
  }

  @Test
  void anInvolvementCannotEndBeforeItStartedOrEndTwice() {
    Organisation social = new Organisation(null, "Social care", OrganisationType.LOCAL_AUTHORITY_SERVICE,
        SensitiveCategory.NONE, null, "Leeds", LEEDS);
    Involvement involvement = new Involvement(kelly(), social, null, "Social worker", LocalDate.of(2025, 9, 1), FEED);
    assertThrows(IllegalArgumentException.class, () -> involvement.endOn(LocalDate.of(2025, 8, 31), FEED));
    involvement.endOn(LocalDate.of(2025, 10, 1), FEED);
    assertThrows(IllegalStateException.class, () -> involvement.endOn(LocalDate.of(2025, 10, 2), FEED));
  }
}
