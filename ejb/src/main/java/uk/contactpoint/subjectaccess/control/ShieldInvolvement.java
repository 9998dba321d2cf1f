package uk.contactpoint.subjectaccess.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.contactpoint.child.control.Children;
import uk.contactpoint.child.entity.Child;
import uk.contactpoint.child.entity.ParentCarer;

/**
 * Whether a subject access answer touches a shield (DESIGN.md rule 5): the requester may be whom
 * the shield protects against, so both the child's and a carer's answer ask it the same way.
 */
@Dependent
public class ShieldInvolvement {

  @Inject Children children;

  /** The child, one of its carers, or someone it lives with is shielded. */
  public boolean aShieldIsInvolvedIn(Child child) {
    return child.isShielded()
        || child.parentsCarers().stream().anyMatch(ParentCarer::isShielded)
        || children.livesWithAShieldedCarer(child);
  }
}
