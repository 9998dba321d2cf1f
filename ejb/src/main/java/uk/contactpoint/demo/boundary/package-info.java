/** Demo mode (CP_DEMO=true): loads the synthetic data set once, on an empty database only. */
package uk.contactpoint.demo.boundary;
