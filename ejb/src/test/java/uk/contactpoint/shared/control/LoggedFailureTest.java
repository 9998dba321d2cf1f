package uk.contactpoint.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLDataException;
import org.junit.jupiter.api.Test;

class LoggedFailureTest {

  @Test
  void theLogGetsClassesStackTracesAndSqlStatesButNoMessage() {
    SQLDataException database =
        new SQLDataException(
            "Value too long for column \"GIVEN_NAME\": \"'Zebedee Sentinel' 2019-03-04\"",
            "22001",
            22001);
    PersistenceException failure =
        new PersistenceException(
            "Exception [EclipseLink-4002] Query: InsertObjectQuery(Zebedee Sentinel)", database);
    failure.addSuppressed(new IllegalStateException("audit of Zebedee Sentinel failed"));

    StringWriter printed = new StringWriter();
    LoggedFailure.of(failure).printStackTrace(new PrintWriter(printed));
    String log = printed.toString();

    assertFalse(
        log.contains("Zebedee") || log.contains("2019-03-04") || log.contains("InsertObjectQuery"),
        log);
    assertTrue(log.contains("jakarta.persistence.PersistenceException"), log);
    assertTrue(log.contains("java.sql.SQLDataException (SQL state 22001, error 22001)"), log);
    assertTrue(log.contains("java.lang.IllegalStateException"), "suppressed failures too: " + log);
    assertTrue(
        log.contains("LoggedFailureTest.theLogGetsClassesStackTracesAndSqlStatesButNoMessage"),
        "the stack trace is kept: " + log);
    assertEquals(failure.getStackTrace().length, LoggedFailure.of(failure).getStackTrace().length);
    assertNull(LoggedFailure.of(null));
  }

  @Test
  void aCycleOfCausesEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    StringWriter printed = new StringWriter();
    LoggedFailure.of(a).printStackTrace(new PrintWriter(printed));
    assertTrue(printed.toString().contains("Caused by"));
  }
}
