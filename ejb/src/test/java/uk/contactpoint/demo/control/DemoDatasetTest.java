package uk.contactpoint.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.contactpoint.accounts.control.TokenSecretCipher;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.involvement.entity.Involvement;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.section.entity.LocalAuthoritySection;

class DemoDatasetTest {

  private static final LocalDate LOAD_DAY = LocalDate.of(2026, 11, 25);

  private static List<Object> build() {
    List<Object> stored = new ArrayList<>();
    DemoDataset.build(
        LOAD_DAY,
        Instant.parse("2026-11-25T09:00:00Z"),
        new TokenSecretCipher(new byte[32]),
        stored::add);
    return stored;
  }

  private static <T> List<T> all(List<Object> stored, Class<T> type) {
    return stored.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void holdsFiveThousandChildrenInThreeSections() {
    List<Object> stored = build();
    assertEquals(3, all(stored, LocalAuthoritySection.class).size());
    assertEquals(
        DemoDataset.CHILDREN + ProtectedChildren.COUNT + LifecycleExamples.COUNT,
        all(stored, Child.class).size());
    assertTrue(
        all(stored, Child.class).stream()
            .allMatch(c -> !c.parentsCarers().isEmpty() && c.gp().isPresent()));
    assertTrue(all(stored, Involvement.class).size() > 500);
  }

  @Test
  void theSameSeedGivesTheSameData() {
    List<String> first = all(build(), Child.class).stream().map(Child::publicId).toList();
    List<String> second = all(build(), Child.class).stream().map(Child::publicId).toList();
    assertEquals(first, second);
  }

  @Test
  void kellysStoryIsDatedFromTheLoadDay() {
    List<Object> stored = build();
    List<Child> masons =
        all(stored, Child.class).stream()
            .filter(
                c ->
                    c.name().family().equals(KellysStory.FAMILY)
                        && c.coreProvenance() != null
                        && c.address().postcode().orElse("").equals("LS27 9QT"))
            .toList();
    Child kelly =
        masons.stream().filter(c -> c.name().given().equals("Kelly")).findFirst().orElseThrow();
    assertEquals(LOAD_DAY.minusYears(15).minusDays(90), kelly.birthDate());
    assertEquals(15, kelly.ageOn(LOAD_DAY));
    assertEquals(3, masons.stream().filter(c -> c.birthDate().isAfter(kelly.birthDate())).count());
    assertTrue(kelly.school().isPresent());

    var kellys =
        all(stored, Involvement.class).stream()
            .filter(i -> i.child() == kelly)
            .collect(
                Collectors.toMap(
                    i -> i.practitioner().map(Practitioner::fullName).orElse("?"), i -> i));
    assertTrue(kellys.get("Jane Carter").isActiveOn(LOAD_DAY));
    assertTrue(kellys.get("Tim Walker").isActiveOn(LOAD_DAY));
    assertEquals(LOAD_DAY.minusMonths(4), kellys.get("Paul Hughes").endDate().orElseThrow());
    assertTrue(kellys.get("Paul Hughes").isListedOn(LOAD_DAY));
    assertEquals(LOAD_DAY.minusMonths(13), kellys.get("Ruth Bennett").endDate().orElseThrow());
    assertTrue(!kellys.get("Ruth Bennett").isListedOn(LOAD_DAY));
    assertTrue(!kellys.containsKey("Libby Shaw"));
    assertTrue(
        all(stored, Practitioner.class).stream().anyMatch(p -> p.fullName().equals("Libby Shaw")));
  }

  @Test
  void theProtectedChildrensSentinelsAreTheirsAlone() {
    List<Object> stored = build();
    List<Child> children = all(stored, Child.class);
    List<Child> atTheRefuge =
        children.stream()
            .filter(
                c ->
                    c.address().postcode().orElse("").equals(ProtectedChildren.Sentinels.POSTCODE)
                        || c.address().lines().contains(ProtectedChildren.Sentinels.STREET))
            .toList();
    assertEquals(1, atTheRefuge.size());
    assertTrue(atTheRefuge.get(0).isShielded());
    assertEquals(
        1,
        children.stream()
            .flatMap(c -> c.parentsCarers().stream())
            .filter(p -> ProtectedChildren.Sentinels.CARER_PHONE.equals(p.contact().phone()))
            .count());
    assertEquals(
        1,
        all(stored, Practitioner.class).stream()
            .filter(p -> p.fullName().equals(ProtectedChildren.Sentinels.WORKER))
            .count());
    assertEquals(
        1,
        all(stored, Practitioner.class).stream()
            .filter(p -> p.fullName().equals(ProtectedChildren.Sentinels.CLINICIAN))
            .count());
    List<Involvement> atTheClinic =
        all(stored, Involvement.class).stream()
            .filter(
                i -> i.organisation().name().equals(ProtectedChildren.Sentinels.SENSITIVE_SERVICE))
            .toList();
    assertEquals(1, atTheClinic.size());
    assertTrue(
        atTheClinic.get(0).organisation().isSensitive()
            && atTheClinic.get(0).consentBasis().isPresent());
  }

  @Test
  void demoDataIsNeverLoadedBesideOtherRecords() {
    assertEquals(DemoLoadDecision.LOAD, DemoLoadDecision.decide(false, 0));
    assertEquals(DemoLoadDecision.ALREADY_LOADED, DemoLoadDecision.decide(true, 5000));
    assertEquals(DemoLoadDecision.REFUSE, DemoLoadDecision.decide(false, 1));
  }
}
