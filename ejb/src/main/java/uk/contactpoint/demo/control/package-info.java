/**
 * The synthetic data set: three sections, about 5,000 children in households, Kelly's story from
 * the leaflet, two protected children (DESIGN.md rules 5 and 6), four records at the edges of the
 * lifecycle (rule 8) and the demo logins, generated from a fixed seed with dates relative to the
 * load day. DemoLoadDecision refuses to mix them into a database that holds other records.
 */
package uk.contactpoint.demo.control;
