package uk.contactpoint.organisation.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import uk.contactpoint.shared.entity.ContactDetails;

/**
 * A person who works with children, as other practitioners see them: name, job title, organisation
 * and work contact details. Their contact details live here once, so a change reaches every
 * involvement that names them.
 */
@Entity
@Table(name = "practitioner")
public class Practitioner {

  public static final int NAME_LENGTH = 200;
  public static final int JOB_TITLE_LENGTH = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cp_seq")
  private Long id;

  @Column(name = "full_name", length = NAME_LENGTH, nullable = false)
  private String fullName;

  @Column(name = "job_title", length = JOB_TITLE_LENGTH, nullable = false)
  private String jobTitle;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "phone", column = @Column(name = "phone")),
    @AttributeOverride(name = "email", column = @Column(name = "email"))
  })
  private ContactDetails contact;

  protected Practitioner() {}

  public Practitioner(
      String fullName, String jobTitle, Organisation organisation, ContactDetails contact) {
    this.fullName = required(fullName, NAME_LENGTH, "A practitioner's name");
    this.jobTitle = required(jobTitle, JOB_TITLE_LENGTH, "A job title");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.contact = Objects.requireNonNull(contact, "contact");
  }

  private static String required(String value, int max, String what) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(what + " needs 1 to " + max + " characters");
    }
    return value.strip();
  }

  /** The practitioner keeps their own work contact details up to date. */
  public void changeContactDetails(ContactDetails newContact) {
    this.contact = Objects.requireNonNull(newContact, "contact");
  }

  public Long id() {
    return id;
  }

  public String fullName() {
    return fullName;
  }

  public String jobTitle() {
    return jobTitle;
  }

  public Organisation organisation() {
    return organisation;
  }

  public ContactDetails contact() {
    return contact;
  }
}
