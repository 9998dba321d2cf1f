/**
 * BrokerMail tells the brokering managers by e-mail that a contact request waits: a reference and
 * where to go, never a child's name, since e-mail leaves the system (DESIGN.md rules 5 and 6).
 */
package uk.contactpoint.brokering.control;
