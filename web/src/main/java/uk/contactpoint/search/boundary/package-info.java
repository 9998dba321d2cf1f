/** The search door of the web module: the JAX-RS resource and the Faces screen. */
package uk.contactpoint.search.boundary;
