/**
 * The app's HTTP edge: refusals as one JSON shape in the caller's language (from the app's API and the engine's),
 * body limits, security headers, and the registration of the engine's REST API with the submission gate. Depends on
 * {@code common} and {@code submission}; features throw its {@link kz.edu.leaders.web.Refusal}.
 */
package kz.edu.leaders.web;
