package uk.contactpoint.shielding.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.contactpoint.accounts.entity.Role;
import uk.contactpoint.accounts.entity.UserAccount;
import uk.contactpoint.organisation.entity.Organisation;
import uk.contactpoint.organisation.entity.OrganisationType;
import uk.contactpoint.organisation.entity.Practitioner;
import uk.contactpoint.organisation.entity.SensitiveCategory;
import uk.contactpoint.section.entity.LocalAuthoritySection;
import uk.contactpoint.shared.entity.ContactDetails;
import uk.contactpoint.shared.error.ConflictException;
import uk.contactpoint.shared.error.ForbiddenException;

class OverrideRightProposalTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final LocalAuthoritySection LEEDS =
      new LocalAuthoritySection("E08000035", "Leeds");

  private static UserAccount socialWorker() {
    Organisation team =
        new Organisation(
            null,
            "Leeds Children's Social Work",
            OrganisationType.LOCAL_AUTHORITY_SERVICE,
            SensitiveCategory.NONE,
            null,
            "Leeds",
            LEEDS);
    Practitioner paul =
        new Practitioner(
            "Paul Hughes", "Social worker", team, new ContactDetails("0113 000 0000", null));
    return new UserAccount(
        "paul", paul, LEEDS, EnumSet.of(Role.PRACTITIONER), Set.of(), "code-hash", NOW);
  }

  @Test
  void aSecondMemberConfirmsAndTheRightIsGrantedInTheirName() {
    UserAccount paul = socialWorker();
    OverrideRightProposal proposal = new OverrideRightProposal(paul, "manager", NOW);
    assertFalse(paul.hasOverrideRight(), "a proposal grants nothing");
    proposal.confirm("deputy", NOW.plusSeconds(60));
    assertTrue(paul.hasOverrideRight());
    assertEquals("deputy", paul.overrideGrantedBy().orElseThrow());
    assertEquals(OverrideRightProposal.Outcome.CONFIRMED, proposal.outcome().orElseThrow());
  }

  @Test
  void theProposerCannotConfirmTheirOwnProposalNorTheGranteeEither() {
    UserAccount paul = socialWorker();
    OverrideRightProposal proposal = new OverrideRightProposal(paul, "manager", NOW);
    assertThrows(ForbiddenException.class, () -> proposal.confirm("manager", NOW));
    assertThrows(ForbiddenException.class, () -> proposal.confirm("paul", NOW));
    assertThrows(ForbiddenException.class, () -> proposal.refuse("paul", NOW));
    assertThrows(ForbiddenException.class, () -> new OverrideRightProposal(paul, "paul", NOW));
    assertFalse(paul.hasOverrideRight());
    assertTrue(proposal.isOpen(NOW), "still waiting for a second member");
  }

  @Test
  void aProposalLapsesAfterSevenDaysAndCannotBeConfirmedThen() {
    UserAccount paul = socialWorker();
    OverrideRightProposal proposal = new OverrideRightProposal(paul, "manager", NOW);
    Instant lastMoment = NOW.plus(OverrideRightProposal.OPEN_FOR).minusSeconds(1);
    assertTrue(proposal.isOpen(lastMoment));
    Instant lapsed = NOW.plus(OverrideRightProposal.OPEN_FOR);
    assertFalse(proposal.isOpen(lapsed));
    assertThrows(ConflictException.class, () -> proposal.confirm("deputy", lapsed));
    assertFalse(paul.hasOverrideRight());
  }

  @Test
  void aRefusedOrWithdrawnProposalCannotBeConfirmed() {
    UserAccount paul = socialWorker();
    OverrideRightProposal refused = new OverrideRightProposal(paul, "manager", NOW);
    assertEquals(OverrideRightProposal.Outcome.REFUSED, refused.refuse("deputy", NOW));
    assertThrows(ConflictException.class, () -> refused.confirm("deputy", NOW));
    OverrideRightProposal withdrawn = new OverrideRightProposal(paul, "manager", NOW);
    assertEquals(OverrideRightProposal.Outcome.WITHDRAWN, withdrawn.refuse("manager", NOW));
    assertThrows(ConflictException.class, () -> withdrawn.confirm("deputy", NOW));
    assertFalse(paul.hasOverrideRight());
  }
}
