package uk.contactpoint.accounts.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.contactpoint.audit.control.AuditNotes;
import uk.contactpoint.audit.control.Audited;
import uk.contactpoint.audit.entity.AuditAction;

/**
 * A logout, for the audit trail: the container ends the session, this records whose it was. Logging
 * out is an open path (an expired session must still be able to leave), so no identity may be left
 * by the time it runs: the web layer passes the session's username, hence {@code @PermitAll}. It
 * writes one event and changes nothing.
 */
@Stateless
@PermitAll
public class SessionEnd {

  @Inject AuditNotes audit;

  @Audited(AuditAction.LOGOUT)
  public void loggedOut(String username) {
    audit.current().actor(username);
  }
}
