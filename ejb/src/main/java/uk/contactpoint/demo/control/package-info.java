/**
 * The synthetic data set: three sections, about 5,000 children in households, and Kelly's story
 * from the leaflet, generated from a fixed seed with dates relative to the load day.
 */
package uk.contactpoint.demo.control;
