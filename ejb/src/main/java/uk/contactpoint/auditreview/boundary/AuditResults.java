package uk.contactpoint.auditreview.boundary;

import java.io.Serializable;
import java.util.List;
import uk.contactpoint.auditreview.control.AuditEvent;

/** A page of the trail, newest first; {@code more} says the query matched more than shown. */
public record AuditResults(List<AuditEvent> events, boolean more) implements Serializable {}
