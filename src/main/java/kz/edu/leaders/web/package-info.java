/**
 * The app's HTTP edge: refusals as one JSON shape in the caller's language (from the app's API and the engine's),
 * body limits, security headers, and the registration of the engine's REST API with the submission gate and the rule
 * that analysts query no values ({@link kz.edu.leaders.web.ValueQueries}). Depends on {@code common},
 * {@code identity} (the groups) and {@code submission}; features throw its {@link kz.edu.leaders.web.Refusal}.
 */
package kz.edu.leaders.web;
