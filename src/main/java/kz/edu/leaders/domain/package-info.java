/**
 * The school system's shared vocabulary: regions, posts, positions, qualification categories and the IIN. Every
 * feature may use these; they depend on nothing of the project's.
 */
package kz.edu.leaders.domain;
