package uk.contactpoint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.contactpoint.child.entity.NameKeys;
import uk.contactpoint.child.entity.Relationship;
import uk.contactpoint.it.support.ChildSpec;
import uk.contactpoint.it.support.Deployments;
import uk.contactpoint.it.support.TestRecords;

/**
 * The census a large register's matching weighs names by (NameCensus: every name counted in one
 * statement) says what a count of each name of its own says, on H2 and on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class NameCensusIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(NameCensusIT.class);
  }

  @EJB TestRecords records;

  @Test
  void theCensusCountsEachSharedNameAsACountOfItsOwnWould() {
    String shared = madeUpName();
    String alone = madeUpName();
    LocalDate born = LocalDate.now().minusYears(6);
    String first = records.create(ChildSpec.named("Wren", shared, born));
    String second = records.create(ChildSpec.named("Wren", shared, born.minusDays(40)));
    String third = records.create(ChildSpec.named("Wren", alone, born));
    // Siblings share their mother's key, which is not a name of either child.
    for (String sibling : List.of(first, second)) {
      records.addCarer(sibling, "Marta " + shared, Relationship.MOTHER, null);
    }

    Map<String, Long> census = records.sharedNames();

    List<String> keys =
        records
            .rows(
                "SELECT DISTINCT k.search_key FROM child_search_key k JOIN child c ON c.id = k.child_id"
                    + " WHERE c.public_id IN (?, ?)",
                first,
                third)
            .stream()
            .map(row -> (String) row[0])
            .toList();
    int sharedByTwo = 0;
    int heldByOne = 0;
    int carers = 0;
    for (String key : keys) {
      if (NameKeys.isCarerKey(key)) {
        assertFalse(census.containsKey(key), "a carer's key is not counted as a name");
        carers++;
        continue;
      }
      long holding =
          ((Number)
                  records.scalar(
                      "SELECT COUNT(DISTINCT child_id) FROM child_search_key WHERE search_key = ?",
                      key))
              .longValue();
      if (holding > 1) {
        assertEquals(Long.valueOf(holding), census.get(key), "a shared name is counted");
        sharedByTwo += holding == 2 ? 1 : 0;
      } else {
        assertFalse(census.containsKey(key), "a name one child holds is left out");
        heldByOne++;
      }
    }
    assertTrue(sharedByTwo > 0, "the made-up name the two children share is among the keys");
    assertTrue(heldByOne > 0, "so is the made-up name one child holds");
    assertEquals(1, carers, "the siblings' mother is keyed once");
  }

  private static String madeUpName() {
    Random random = new Random();
    StringBuilder name = new StringBuilder("Q");
    for (int letter = 0; letter < 9; letter++) {
      name.append((char) ('a' + random.nextInt(26)));
    }
    return name.toString();
  }
}
