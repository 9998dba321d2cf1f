/** The service's clock (Europe/London) and settings read from the environment. */
package uk.contactpoint.shared.control;
