/**
 * The benchmark programs, kept out of the product: compiled and tested with the tests ({@code src/bench}), never in
 * the app's jar, and outside the app's scan root {@code kz.edu.leaders}, so only {@link kz.edu.bench.BenchBeans} brings
 * their beans into a context. They may depend on the app's code and libraries; nothing in the app depends on them.
 */
package kz.edu.bench;
