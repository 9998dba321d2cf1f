package uk.contactpoint.shielding.entity;

/** Why a child is shielded: the cases the leaflet and DESIGN.md rule 5 name. */
public enum ShieldCriterion {
  REFUGE,
  MARAC,
  WITNESS_PROTECTION,
  COURT_ORDER,
  ADOPTION,
  OTHER
}
