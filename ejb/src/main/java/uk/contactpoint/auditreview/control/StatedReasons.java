package uk.contactpoint.auditreview.control;

import static uk.contactpoint.shared.control.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.Optional;
import uk.contactpoint.access.entity.AccessReason;
import uk.contactpoint.audit.entity.AuditDetail;
import uk.contactpoint.audit.entity.AuditEntry;

/**
 * Why a record was opened, as the entry's detail row holds it (the reason code, its text, a
 * purpose).
 */
public final class StatedReasons {

  private StatedReasons() {}

  /** The entry's detail row as JSON; empty once it was purged with the child's record. */
  public static Optional<JsonObject> detailOf(EntityManager em, AuditEntry entry) {
    AuditDetail detail = em.find(AuditDetail.class, entry.id());
    if (detail == null) {
      return Optional.empty();
    }
    try (var reader = JSON.createReader(new StringReader(detail.content()))) {
      return Optional.of(reader.readObject());
    }
  }

  /**
   * The label of the reason chosen (the code itself if it is no longer one of the reasons), or
   * null.
   */
  public static String reasonLabel(JsonObject detail) {
    String code = detail.getString("reason", null);
    if (code == null) {
      return null;
    }
    try {
      return AccessReason.valueOf(code).label();
    } catch (IllegalArgumentException unknown) {
      return code;
    }
  }
}
