package uk.contactpoint.shielding.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.contactpoint.shared.boundary.PageMessages;
import uk.contactpoint.shielding.entity.OverrideRightProposal;

/**
 * "Who may override a shield" on the shielding screen: propose a child-protection user, confirm or
 * refuse a colleague's proposal, withdraw one's own, take the right back. The two-person rule lives
 * in {@link OverrideRights}; the buttons shown only spare a member a refusal.
 */
@Named
@ViewScoped
public class OverrideRightsPage implements Serializable {

  @EJB OverrideRights rights;

  private List<OverrideProposalView> proposals;
  private List<OverrideHolder> holders;
  private String grantee;

  public void propose() {
    String username = grantee == null ? "" : grantee.strip();
    if (PageMessages.attempt(() -> rights.propose(username))) {
      PageMessages.info(
          username
              + " is proposed for the override right. Another member of the shielding team must confirm it within "
              + OverrideRightProposal.OPEN_FOR.toDays()
              + " days.");
      grantee = null;
      proposals = null;
    }
  }

  public void confirm(String username) {
    if (PageMessages.attempt(() -> rights.confirm(username))) {
      PageMessages.info(
          username + " may now override a shield. Every override opens an investigation.");
      proposals = null;
      holders = null;
    }
  }

  public void refuse(String username) {
    if (PageMessages.attempt(() -> rights.refuse(username))) {
      PageMessages.info(
          "The proposal for " + username + " is closed: the override right was not given.");
      proposals = null;
    }
  }

  public void revoke(String username) {
    if (PageMessages.attempt(() -> rights.revoke(username))) {
      PageMessages.info(username + " may no longer override a shield.");
      holders = null;
    }
  }

  public List<OverrideProposalView> getProposals() {
    if (proposals == null) {
      proposals = rights.pendingProposals();
    }
    return proposals;
  }

  public List<OverrideHolder> getHolders() {
    if (holders == null) {
      holders = rights.holders();
    }
    return holders;
  }

  public long getDaysOpen() {
    return OverrideRightProposal.OPEN_FOR.toDays();
  }

  public String getGrantee() {
    return grantee;
  }

  public void setGrantee(String grantee) {
    this.grantee = grantee;
  }
}
