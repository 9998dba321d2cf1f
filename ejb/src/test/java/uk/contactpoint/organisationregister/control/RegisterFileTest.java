package uk.contactpoint.organisationregister.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.shared.error.InvalidInputException;

class RegisterFileTest {

  /**
   * The head of a GIAS establishment file: many columns, in GIAS's order, of which seven are read.
   */
  static final String GIAS_HEADER =
      "\"URN\",\"LA (code)\",\"LA (name)\",\"EstablishmentNumber\",\"EstablishmentName\",\"TypeOfEstablishment (name)\","
          + "\"EstablishmentStatus (name)\",\"OpenDate\",\"CloseDate\",\"Street\",\"Town\",\"Postcode\",\"TelephoneNum\",\"GSSLACode (name)\"\n";

  @Test
  void schoolsAreReadByTheirColumnNamesWithEveryBadRowNamed() {
    String csv =
        "\uFEFF"
            + GIAS_HEADER
            + "\"107985\",\"383\",\"Leeds\",\"2001\",\"Otley, All Saints C of E Primary\",\"Voluntary aided school\",\"Open\",\"\",\"\",\"Bremner St\",\"Otley\",\"LS21 1AA\",\"01132 930000\",\"E08000035\"\n"
            + "\"107986\",\"383\",\"Leeds\",\"2002\",\"Old School\",\"Community school\",\"Closed\",\"\",\"31-08-2019\",\"\",\"Leeds\",\"\",\"\",\"E08000035\"\n"
            + "\"10798\",\"383\",\"Leeds\",\"2003\",\"\",\"Community school\",\"Open\",\"\",\"\",\"\",\"Leeds\",\"\",\"\",\"Leeds\"\n";
    RegisterFile.Read read = RegisterFile.schools(csv);
    assertEquals(2, read.rows().size());
    RegisterFile.Row open = read.rows().get(0);
    assertEquals(OrganisationType.SCHOOL, open.kind());
    assertEquals("107985", open.code());
    assertEquals(
        "Otley, All Saints C of E Primary", open.name(), "a quoted comma is part of the name");
    assertEquals("Otley", open.town());
    assertEquals("E08000035", open.sectionCode());
    assertTrue(open.open());
    RegisterFile.Row closed = read.rows().get(1);
    assertFalse(closed.open());
    assertEquals(LocalDate.of(2019, 8, 31), closed.closedOn());
    assertEquals(3, read.errors().size(), read.errors().toString());
    assertTrue(
        read.errors().stream().allMatch(e -> e.field().startsWith("line 4")),
        read.errors().toString());
  }

  @Test
  void aRowWithAControlCharacterIsReportedAndTheRestRead() {
    String csv =
        GIAS_HEADER
            + "\"107985\",\"383\",\"Leeds\",\"2001\",\"All Saints\u0000 Primary\",\"Voluntary aided school\",\"Open\",\"\",\"\",\"\",\"Otley\",\"\",\"\",\"E08000035\"\n"
            + "\"107986\",\"383\",\"Leeds\",\"2002\",\"Park Primary\",\"Community school\",\"Open\",\"\",\"\",\"\",\"Leeds\",\"\",\"\",\"E08000035\"\n";
    RegisterFile.Read read = RegisterFile.schools(csv);
    assertEquals(1, read.rows().size());
    assertEquals("107986", read.rows().get(0).code());
    assertEquals("line 2: column 5", read.errors().get(0).field());
    assertEquals("must not hold control characters", read.errors().get(0).message());
  }

  @Test
  void aFileWithoutTheColumnsIsRefusedNamingThem() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> RegisterFile.schools("URN,Name\n100000,A school\n"));
    assertTrue(
        refused.errors().get(0).message().contains("EstablishmentName"),
        refused.errors().toString());
  }

  @Test
  void practicesAreReadByPositionAndOnlyGpPracticesCount() {
    String csv =
        "\"B86001\",\"THE PARK SURGERY\",\"Y63\",\"QWO\",\"PARK ROAD\",\"\",\"\",\"OTLEY\",\"WEST YORKSHIRE\",\"LS21 3AA\",\"19740401\",\"\",\"A\",\"B\",\"15F\",\"20130401\",\"\",\"0113 496 0500\",\"\",\"\",\"\",\"0\",\"\",\"\",\"\",\"4\",\"\"\n"
            + "\"Y00001\",\"HMP LEEDS\",\"Y63\",\"QWO\",\"ARMLEY ROAD\",\"\",\"\",\"LEEDS\",\"\",\"LS12 2TJ\",\"19990401\",\"\",\"A\",\"B\",\"15F\",\"\",\"\",\"\",\"\",\"\",\"\",\"0\",\"\",\"\",\"\",\"1\",\"\"\n"
            + "\"B86002\",\"O'BRIEN MEDICAL CENTRE\",\"Y63\",\"QWO\",\"\",\"\",\"\",\"LEEDS\",\"\",\"LS1 1AA\",\"19740401\",\"20200331\",\"C\",\"B\",\"15F\",\"\",\"\",\"\",\"\",\"\",\"\",\"0\",\"\",\"\",\"\",\"4\",\"\"\n"
            + "\"short\",\"row\"\n";
    RegisterFile.Read read = RegisterFile.gpPractices(csv);
    assertEquals(2, read.rows().size());
    assertEquals(1, read.ignored(), "the prison");
    assertEquals(1, read.errors().size(), read.errors().toString());
    RegisterFile.Row park = read.rows().get(0);
    assertEquals("The Park Surgery", park.name());
    assertEquals("Otley", park.town());
    assertEquals("0113 496 0500", park.phone());
    assertTrue(park.open());
    RegisterFile.Row closed = read.rows().get(1);
    assertEquals("O'brien Medical Centre", closed.name());
    assertFalse(closed.open());
    assertEquals(LocalDate.of(2020, 3, 31), closed.closedOn());
  }

  @Test
  void aWindows1252FileIsReadAsSuch() {
    byte[] bytes = "Ysgol Gymraeg Caerdydd – St Mary’s".getBytes(Charset.forName("windows-1252"));
    assertEquals("Ysgol Gymraeg Caerdydd – St Mary’s", RegisterFile.text(bytes));
    assertEquals("Zoë", RegisterFile.text("\uFEFFZoë".getBytes(StandardCharsets.UTF_8)));
  }
}
