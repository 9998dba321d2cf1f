/**
 * What every feature of the EJB module shares: Clocks, the one injectable clock (Europe/London;
 * DESIGN.md section 4); JobLock, one run of a scheduled job across the cluster (section 3, timers);
 * Settings, DemoMode and TrainingMode, read from the environment; RecordBinder, strict binding that
 * rejects any field outside the data set (section 1); LoggedFailure, a failure logged without the
 * values its message quotes; ReadableDates, the one way a day is written for people ("5 August
 * 2026"); CSV, JSON and date helpers. It enforces no rule of section 2 itself.
 */
package uk.contactpoint.shared.control;
