/**
 * Groups per role and region, the authorizations each role has, and login for the REST API. Depends on
 * {@code domain} and on the process keys of {@code selection} and {@code appointment} it grants access to.
 */
package kz.edu.leaders.identity;
