/**
 * What every screen and answer of the web module shares: request filters (BodyLimits,
 * SecurityHeaders), GOV.UK patterns for the Faces screens (DateInput, ErrorSummary, PageMessages,
 * ScreenDates, Words), handlers that turn an expired or forbidden screen into a plain page
 * (ExpiredScreens, ForbiddenScreens), StorableTextValidator on every field, and the training-mode
 * marks (ServiceMode, TrainingModeHeader). It enforces no rule of DESIGN.md section 2 itself.
 */
package uk.contactpoint.shared.boundary;
