package uk.contactpoint.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import uk.contactpoint.audit.entity.AuditAction;

/**
 * The note of the audited act running on this thread. {@link AuditInterceptor} opens one around
 * each {@link Audited} method and closes it when the method returns; the method adds to {@link
 * #current()}. A nested audited call gets its own note.
 */
@ApplicationScoped
public class AuditNotes {

  private static final ThreadLocal<Deque<AuditNote>> OPEN =
      ThreadLocal.withInitial(ArrayDeque::new);

  AuditNote open(AuditAction action) {
    AuditNote note = new AuditNote(action);
    OPEN.get().push(note);
    return note;
  }

  void close(AuditNote note) {
    Deque<AuditNote> open = OPEN.get();
    open.remove(note);
    if (open.isEmpty()) {
      OPEN.remove();
    }
  }

  /** The running act's note; calling it outside an audited method is a programming error. */
  public AuditNote current() {
    AuditNote note = OPEN.get().peek();
    if (note == null) {
      throw new IllegalStateException(
          "No audited act is running: annotate the boundary method with @Audited");
    }
    return note;
  }
}
