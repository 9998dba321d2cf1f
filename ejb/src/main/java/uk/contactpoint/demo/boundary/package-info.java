/**
 * Demo mode (CP_DEMO=true, DESIGN.md section 3): DemoLoader loads the synthetic data set once, in
 * one transaction, only on a database that holds no other records, and prints where to go.
 */
package uk.contactpoint.demo.boundary;
