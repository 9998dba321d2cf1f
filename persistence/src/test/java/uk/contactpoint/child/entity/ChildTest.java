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

  private static final Provenance FEED =
      new Provenance("EDU-LEEDS", Instant.parse("2026-11-01T10:00:00Z"));
  private static final LocalAuthoritySection LEEDS =
      new LocalAuthoritySection("E08000035", "Leeds");

  private static Child kelly() {
    return new Child(
        "kelly-1",
        LEEDS,
        new PersonName("Kelly", "Mason"),
        LocalDate.of(2011, 8, 27),
        Gender.FEMALE,
        Address.at(
            List.of("14 Elmwood Terrace"),
            "Morley",
            Postcode.of("LS27 9QT"),
            AddressStatus.CURRENT),
        FEED);
  }

  @Test
  void aSectionCodeLooksLikeAnOnsCode() {
    assertThrows(IllegalArgumentException.class, () -> new LocalAuthoritySection("Leeds", "Leeds"));
    assertThrows(
        IllegalArgumentException.class, () -> new LocalAuthoritySection("E0800003", "Leeds"));
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

  private static Provenance from(String source, int day) {
    return new Provenance(source, Instant.parse("2026-11-01T10:00:00Z").plusSeconds(86_400L * day));
  }

  @Test
  void oneSourcesMisspellingRenamesNobodyAndIsKeptAsASpellingOfTheChild() {
    Child child = kelly(); // first sent by EDU-LEEDS
    PersonName kelly = new PersonName("Kelly", "Mason");
    PersonName typo = new PersonName("Kelyy", "Mason");
    assertFalse(
        child.nameSent(kelly, from("EDU-LEEDS", 1), false),
        "the same name again changes nothing shown");
    assertFalse(
        child.nameSent(typo, from("GP-MORLEY", 2), false),
        "one source against one: the name shown stays");
    assertEquals(kelly, child.name());
    assertEquals(
        List.of(typo), child.formerNames(), "the misspelling is kept, searched and matched");
    assertFalse(
        child.nameSent(typo, from("GP-MORLEY", 3), false),
        "sent again by the same source, still one source");
    assertFalse(child.nameSent(kelly, from("LA-SOCIAL-CARE", 4), false));
    assertEquals(kelly, child.name());
    assertEquals(3, child.nameSpellings().size(), "every spelling with its source");
    assertEquals(
        from("GP-MORLEY", 2).updatedAt(),
        child.nameSpellings().stream()
            .filter(s -> s.source().equals("GP-MORLEY"))
            .findFirst()
            .orElseThrow()
            .firstSentAt());
  }

  @Test
  void aLegalChangeOfNameTakesEffectWhenTheSourcesAgreeAndTheOldNameStaysAFormerName() {
    Child child = kelly();
    PersonName kelly = new PersonName("Kelly", "Mason");
    PersonName married = new PersonName("Kelly", "Hughes");
    child.nameSent(kelly, from("GP-MORLEY", 1), false);
    child.nameSent(kelly, from("LA-SOCIAL-CARE", 1), false);
    assertFalse(child.nameSent(married, from("EDU-LEEDS", 2), false), "one source of three");
    assertTrue(
        child.nameSent(married, from("GP-MORLEY", 3), false), "two sources of three now send it");
    assertEquals(married, child.name());
    assertEquals("GP-MORLEY", child.coreProvenance().source());
    assertEquals(List.of(kelly), child.formerNames(), "the old name stays searchable");
    assertTrue(
        child.nameSent(kelly, from("GP-MORLEY", 4), false),
        "changed back by a source: with LA-SOCIAL-CARE's, two again");
    assertEquals(kelly, child.name());
    assertEquals(List.of(married), child.formerNames());
  }

  @Test
  void aRegisterOfTheLegalNameSettlesATieAndTheTeamsCorrectionStandsUntilSourcesOutvoteIt() {
    Child child = kelly();
    PersonName kelly = new PersonName("Kelly", "Mason");
    PersonName registered = new PersonName("Kelly", "Mason-Hughes");
    assertTrue(
        child.nameSent(registered, from("GP-MORLEY", 1), true),
        "one against one: the register of the legal name settles it");
    PersonName corrected = new PersonName("Kellie", "Mason");
    child.rename(corrected, from("TEAM-E08000035", 2));
    assertEquals(corrected, child.name());
    assertFalse(
        child.nameSent(kelly, from("EDU-LEEDS", 3), false),
        "one source after the correction: a tie, the team's spelling stays");
    assertFalse(
        child.nameSent(registered, from("GP-MORLEY", 3), true),
        "two sources after it, each its own spelling");
    assertEquals(corrected, child.name());
    assertTrue(
        child.nameSent(kelly, from("LA-SOCIAL-CARE", 4), false),
        "two sources after the correction agree");
    assertEquals(kelly, child.name());
  }

  @Test
  void aSpellingSentByALinkThatIsUndoneIsTakenBack() {
    Child child = kelly();
    PersonName typo = new PersonName("Kelyy", "Mason");
    child.nameSent(typo, from("GP-MORLEY", 1), false);
    assertEquals(List.of(typo), child.formerNames());
    child.unsendName(typo, "GP-MORLEY", null);
    assertEquals(List.of(), child.formerNames(), "no source holds the spelling any more");
    assertEquals(1, child.nameSpellings().size());
  }

  @Test
  void aNewIdentityKeepsNoSpellingOfTheOldName() {
    Child child = kelly();
    child.nameSent(new PersonName("Kelyy", "Mason"), from("GP-MORLEY", 1), false);
    child.startNewIdentity();
    assertEquals(List.of(), child.nameSpellings());
    assertEquals(List.of(), child.formerNames());
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
    assertThrows(
        IllegalArgumentException.class,
        () -> Address.at(List.of(" "), "Leeds", null, AddressStatus.CURRENT));
    assertThrows(
        IllegalArgumentException.class,
        () -> Address.at(List.of("1 Road"), "Leeds", null, AddressStatus.NO_KNOWN_ADDRESS));
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
    Organisation surgery =
        new Organisation(
            "Y12345",
            "Station Road Medical Practice",
            OrganisationType.GP_SURGERY,
            SensitiveCategory.NONE,
            null,
            "Leeds",
            LEEDS);
    assertThrows(
        IllegalArgumentException.class,
        () -> kelly().registerAtSchool(surgery, LocalDate.of(2022, 9, 1), FEED));
  }

  @Test
  void aSchoolWhoseStartDateTheSourceDoesNotKnowIsStillTheChildsSchool() {
    Organisation school =
        new Organisation(
            "107985",
            "All Saints Primary",
            OrganisationType.SCHOOL,
            SensitiveCategory.NONE,
            null,
            "Otley",
            LEEDS);
    Child child = kelly();
    child.registerAtSchool(school, null, FEED);
    assertEquals("All Saints Primary", child.school().orElseThrow().school().name());
    assertEquals(null, child.school().orElseThrow().startDate());
  }

  @Test
  void endedInvolvementIsListedForOneYearAfterItsEnd() {
    Organisation social =
        new Organisation(
            null,
            "Leeds Children's Social Care",
            OrganisationType.LOCAL_AUTHORITY_SERVICE,
            SensitiveCategory.NONE,
            null,
            "Leeds",
            LEEDS);
    Practitioner paul =
        new Practitioner(
            "Paul Hughes", "Social worker", social, new ContactDetails("0113 000 0000", null));
    Involvement involvement =
        new Involvement(kelly(), social, paul, "Social worker", LocalDate.of(2025, 9, 1), FEED);
    involvement.endOn(LocalDate.of(2026, 7, 25), FEED);
    assertTrue(involvement.isListedOn(LocalDate.of(2027, 7, 25)));
    assertFalse(involvement.isListedOn(LocalDate.of(2027, 7, 26)));
    assertFalse(involvement.isActiveOn(LocalDate.of(2026, 7, 26)));
  }

  @Test
  void anInvolvementCannotEndBeforeItStartedOrEndTwice() {
    Organisation social =
        new Organisation(
            null,
            "Social care",
            OrganisationType.LOCAL_AUTHORITY_SERVICE,
            SensitiveCategory.NONE,
            null,
            "Leeds",
            LEEDS);
    Involvement involvement =
        new Involvement(kelly(), social, null, "Social worker", LocalDate.of(2025, 9, 1), FEED);
    assertThrows(
        IllegalArgumentException.class, () -> involvement.endOn(LocalDate.of(2025, 8, 31), FEED));
    involvement.endOn(LocalDate.of(2025, 10, 1), FEED);
    assertThrows(
        IllegalStateException.class, () -> involvement.endOn(LocalDate.of(2025, 10, 2), FEED));
  }
}
