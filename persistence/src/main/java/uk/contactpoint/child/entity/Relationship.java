package uk.contactpoint.child.entity;

/** How a parent or carer is related to the child. From 18 only carers stay on a record. */
public enum Relationship {
  MOTHER("Mother", false),
  FATHER("Father", false),
  STEP_PARENT("Step-parent", false),
  GRANDPARENT("Grandparent", true),
  FOSTER_CARER("Foster carer", true),
  GUARDIAN("Guardian", true),
  CARER("Carer", true),
  OTHER("Other", true);

  private final String label;
  private final boolean carer;

  Relationship(String label, boolean carer) {
    this.label = label;
    this.carer = carer;
  }

  public String label() {
    return label;
  }

  public boolean isCarer() {
    return carer;
  }
}
