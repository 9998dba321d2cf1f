package uk.contactpoint.child.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostcodeTest {

  @Test
  void readsPostcodesWrittenAnyCommonWay() {
    assertEquals("LS27 9QT", Postcode.of("ls279qt").toString());
    assertEquals("SW1A 1AA", Postcode.of(" sw1a  1aa ").toString());
    assertEquals("M1 1AE", Postcode.of("M1 1AE").toString());
  }

  @Test
  void theDistrictIsTheOutwardCode() {
    assertEquals("LS27", Postcode.of("LS27 9QT").district());
    assertEquals(Optional.of("LS27"), Postcode.districtOf("ls27 9qt"));
    assertEquals(Optional.of("B5"), Postcode.districtOf("b5"));
  }

  @Test
  void rejectsWhatIsNotAPostcode() {
    assertTrue(Postcode.parse("LS27 9Q").isEmpty());
    assertTrue(Postcode.parse("12345").isEmpty());
    assertTrue(Postcode.districtOf("LEEDS").isEmpty());
  }
}
