package uk.contactpoint.feeds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.contactpoint.feeds.entity.FeedBatch;
import uk.contactpoint.shared.error.InvalidInputException;
import uk.contactpoint.shared.error.TooLargeException;

class FeedCsvTest {

  private static final String HEADER =
      "recordId,localAuthority,givenName,familyName,dateOfBirth,gender,addressLine1,town,postcode,parent1Name,parent1Relationship\n";

  @Test
  void aRowBecomesTheSameRecordAJsonBatchCarries() {
    List<String> records =
        FeedCsv.records(
            HEADER
                + "S-1,E08000035,Kelly,Mason,2011-03-27,FEMALE,\"14 Elmwood Terrace, rear\",Morley,LS27 9QT,Donna Mason,MOTHER\r\n");
    assertEquals(1, records.size());
    FeedRecord record = FeedRecord.bind(records.get(0));
    assertEquals("Kelly", record.name().given());
    assertEquals(List.of("14 Elmwood Terrace, rear"), record.address().lines());
    assertEquals("CURRENT", record.address().status().name());
    assertEquals("Donna Mason", record.carers().get(0).name());
  }

  @Test
  void anUnknownColumnRefusesTheBatchNamingIt() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> FeedCsv.records("recordId,givenName,assessmentNotes\nS-1,Kelly,private\n"));
    assertTrue(
        refused.errors().stream().anyMatch(e -> e.field().equals("header.assessmentNotes")),
        refused.errors().toString());
  }

  @Test
  void aRowOfTheWrongLengthIsRejectedOnItsOwn() {
    List<String> records =
        FeedCsv.records(
            HEADER
                + "S-1,E08000035,Kelly\n"
                + "S-2,E08000035,Jack,Mason,2014-01-02,MALE,14 Elmwood Terrace,Morley,LS27 9QT,,\n");
    assertEquals(2, records.size());
    InvalidInputException rejected =
        assertThrows(InvalidInputException.class, () -> FeedRecord.bind(records.get(0)));
    assertEquals("row", rejected.errors().get(0).field());
    assertEquals("Jack", FeedRecord.bind(records.get(1)).name().given());
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsNotPartOfIt() {
    List<String> records =
        FeedCsv.records(
            "\uFEFF"
                + HEADER
                + "S-1,E08000035,Kelly,Mason,2011-03-27,FEMALE,14 Elmwood Terrace,Morley,LS27 9QT,,\n");
    assertEquals("S-1", FeedRecord.bind(records.get(0)).recordId());
  }

  @Test
  void aBatchOfMoreRowsThanItMayHoldIsRefusedBeforeItIsBuiltAndEmptyLinesAreNoRows() {
    String row =
        "S-1,E08000035,Kelly,Mason,2011-03-27,FEMALE,14 Elmwood Terrace,Morley,LS27 9QT,,\n";
    assertEquals(
        1,
        FeedCsv.records(HEADER + "\n".repeat(2_000_000) + row).size(),
        "two million empty lines, one record");
    TooLargeException refused =
        assertThrows(
            TooLargeException.class,
            () -> FeedCsv.records(HEADER + row.repeat(FeedBatch.MAX_RECORDS + 1)));
    assertEquals(413, refused.status());
    assertEquals(
        FeedBatch.MAX_RECORDS, FeedCsv.records(HEADER + row.repeat(FeedBatch.MAX_RECORDS)).size());
  }
}
