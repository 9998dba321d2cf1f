/**
 * The screen and REST resource of the register of corrections and complaints (DESIGN.md rule 11):
 * CorrectionsPage and CorrectionResource, over Corrections in the ejb module.
 */
package uk.contactpoint.corrections.boundary;
