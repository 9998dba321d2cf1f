package uk.contactpoint.accounts.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.contactpoint.accounts.entity.Duty;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.shared.error.ContactPointException;
import uk.contactpoint.shared.error.InvalidInputException;

/** User administration screen: the accounts of the section, their state, and the acts on them. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

  @EJB AccountAdministration administration;
  @EJB Organisations organisations;

  private List<AccountSummary> accounts;
  private IssuedCode issued;

  private String username;
  private String fullName;
  private String jobTitle;
  private Long organisationId;
  private String phone;
  private String email;
  private String sectionCode;
  private Role role = Role.PRACTITIONER;
  private List<Duty> duties = List.of();
  private LocalDate vettedOn;
  private LocalDate trainedOn;
  private LocalDate agreementSignedOn;

  public List<AccountSummary> getAccounts() {
    if (accounts == null) {
      accounts = administration.list();
    }
    return accounts;
  }

  public List<Organisations.AccreditedOrganisation> getOrganisations() {
    return organisations.accredited();
  }

  public void open() {
    act(
        () ->
            issued =
                administration.open(
                    new NewAccount(
                        username,
                        fullName,
                        jobTitle,
                        organisationId,
                        phone,
                        email,
                        sectionCode,
                        Set.of(role),
                        duties.isEmpty() ? Set.of() : EnumSet.copyOf(duties),
                        vettedOn,
                        trainedOn,
                        agreementSignedOn)));
  }

  /** The dates user administration records when a person is vetted again, trained or signs. */
  public static class Clearance implements Serializable {
    private String username;
    private LocalDate vettedOn;
    private LocalDate trainedOn;
    private LocalDate agreementSignedOn;

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public LocalDate getVettedOn() {
      return vettedOn;
    }

    public void setVettedOn(LocalDate vettedOn) {
      this.vettedOn = vettedOn;
    }

    public LocalDate getTrainedOn() {
      return trainedOn;
    }

    public void setTrainedOn(LocalDate trainedOn) {
      this.trainedOn = trainedOn;
    }

    public LocalDate getAgreementSignedOn() {
      return agreementSignedOn;
    }

    public void setAgreementSignedOn(LocalDate agreementSignedOn) {
      this.agreementSignedOn = agreementSignedOn;
    }
  }

  private final Clearance clearance = new Clearance();

  public Clearance getClearance() {
    return clearance;
  }

  public void recordClearance() {
    act(
        () ->
            administration.recordClearance(
                clearance.getUsername(),
                clearance.getVettedOn(),
                clearance.getTrainedOn(),
                clearance.getAgreementSignedOn()));
  }

  public void disable(String account) {
    act(() -> administration.disable(account));
  }

  public void enable(String account) {
    act(() -> administration.enable(account));
  }

  public void unlock(String account) {
    act(() -> administration.unlock(account));
  }

  public void resetToken(String account) {
    act(() -> issued = administration.resetToken(account));
  }

  private void act(Runnable action) {
    try {
      action.run();
      accounts = null;
    } catch (InvalidInputException invalid) {
      invalid.errors().forEach(error -> message(error.message()));
    } catch (ContactPointException refused) {
      message(refused.getMessage());
    }
  }

  private static void message(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public Role[] getRoles() {
    return new Role[] {Role.PRACTITIONER, Role.LA_MANAGER, Role.ADMIN, Role.AUDITOR};
  }

  public Duty[] getAllDuties() {
    return Duty.values();
  }

  public IssuedCode getIssued() {
    return issued;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getSectionCode() {
    return sectionCode;
  }

  public void setSectionCode(String sectionCode) {
    this.sectionCode = sectionCode;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public List<Duty> getDuties() {
    return duties;
  }

  public void setDuties(List<Duty> duties) {
    this.duties = duties;
  }

  public LocalDate getVettedOn() {
    return vettedOn;
  }

  public void setVettedOn(LocalDate vettedOn) {
    this.vettedOn = vettedOn;
  }

  public LocalDate getTrainedOn() {
    return trainedOn;
  }

  public void setTrainedOn(LocalDate trainedOn) {
    this.trainedOn = trainedOn;
  }

  public LocalDate getAgreementSignedOn() {
    return agreementSignedOn;
  }

  public void setAgreementSignedOn(LocalDate agreementSignedOn) {
    this.agreementSignedOn = agreementSignedOn;
  }
}
