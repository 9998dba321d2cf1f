/** Value objects every feature uses: provenance of a fact, contact details. */
package uk.contactpoint.shared.entity;
