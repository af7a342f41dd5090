/**
 * Work-arounds for Camunda 7.24.0 (the last community release, with feel-engine 1.19.5 pinned in the pom), each
 * for something measured or seen with this project's load, each reaching into the engine's internals or its
 * webjar. Each has a {@code *StillAppliesTest} that fails when what the patch relies on in the engine on the
 * classpath (a method's code, a MyBatis statement, a schema script, Tasklist's script) is no longer that of 7.24.0;
 * the listings it compares with are in {@code src/test/resources/kz/edu/leaders/engine/camunda-7.24.0/}. On an
 * upgrade: run those tests, re-check each patch whose test fails against the new code (and whether Camunda now does
 * it itself, then drop the patch), take the new listings with {@code -Dleaders.engine.rewrite-listings=true}, and
 * measure again with the simulator and the task-list benchmark (docs/performance.md).
 *
 * <ul>
 *   <li>{@link kz.edu.leaders.engine.FeelParsedOnce}: the DMN engine keeps each FEEL cell it parsed instead of
 *       parsing its text at every evaluation (camunda/feel-scala#1149). Parsing was 4.4 % of the app's CPU in a
 *       simulated 3,000-application cycle (JFR), a fifth of an eligibility decision's. Upgrade: does the DMN
 *       engine still evaluate through {@code ScalaFeelEngine} as before, and does it still re-parse?</li>
 *   <li>{@link kz.edu.leaders.engine.EntityIdsCheckedWithoutDescription}: an entity's id is checked before its
 *       {@code toString()} is built for the error message, not after. Describing every inserted entity was 6.2 %
 *       of the app's CPU in the same profile. Upgrade: is {@code DbEntityManager.validateId} still eager, and does
 *       the check still refuse only a null id and {@code *}?</li>
 *   <li>{@link kz.edu.leaders.engine.AuthorizationChecksWithoutGroupScan}: authorization checks use the user's
 *       groups as they are, without first reading the group of every authorization ({@code SELECT DISTINCT
 *       GROUP_ID_}, 3 ms with 31,000 rows, one per open task and candidate group, in every command of a logged-in
 *       user). Upgrade: is {@code AuthorizationManager.filterAuthenticatedGroupIds} still only that narrowing?</li>
 *   <li>{@link kz.edu.leaders.engine.CustomPlansForQueries}: on PostgreSQL the engine's query commands are planned
 *       with their parameters and without merge joins ({@code SET LOCAL} in their transaction). A generic plan made
 *       the count of an operator's tasks take 71 s with a cycle's work open; custom plans for every statement
 *       instead cost 56 s of planning against 43 s of execution in a 3,000-application cycle (4.9 s now); merge
 *       joins off: the count 92 ms to 52 ms. Upgrade: are queries still {@code AbstractQuery} or
 *       {@code AbstractExecuteFilterCmd} commands, and do post-interceptors still run in the transaction?</li>
 *   <li>{@link kz.edu.leaders.engine.EngineTableIndexes}: indexes on {@code ACT_RU_AUTHORIZATION(USER_ID_)} and
 *       {@code ACT_RU_TASK(PARENT_TASK_ID_)}, and on PostgreSQL statistics on {@code PERMS_ & 2} and
 *       {@code PERMS_ & 64} and a partial index of the authorizations a task query can use. With a cycle's 30,000
 *       tasks open an operator's "My group tasks" took 71.6 s; with these, custom plans and the PostgreSQL
 *       connection options 0.45 s (one national group then). The partial index took the rows rechecked per task
 *       from 33 to 3 (the count 111 ms to about 90 ms); without the subtask index each completion scanned every
 *       open task. Upgrade: does Camunda index these columns itself, and does a task query still join and check
 *       authorizations the same way?</li>
 *   <li>{@link kz.edu.leaders.engine.TasklistDynamicListFix}: Tasklist's script is served with its form-error
 *       check corrected, so a form with a dynamic list can be completed (form-js 1.8 reports a valid list field as
 *       an empty error list; Tasklist 7.24 counted it and kept Complete disabled; seen in the browser). Upgrade:
 *       does the new Tasklist still count error entries, and is the check still in the same place?</li>
 *   <li>{@code public/leaders/form-messages.js} (a script, not a class; Tasklist's config.js loads it): form-js
 *       words its field checks in English only, a pattern's as the regular expression itself; the script rewrites
 *       each in the page into Kazakh or Russian. {@code FormJsMessagesStillMatchTest} fails when the bundled form-js
 *       words a check differently or has a new one. Upgrade: does form-js translate its messages by now?</li>
 * </ul>
 *
 * <p>Here too, though not a patch: {@link kz.edu.leaders.engine.EngineSchemaMigration}, the engine's tables as
 * Flyway's migration 16 on PostgreSQL. Upgrade: are the create scripts still named and ordered so, and the upgrade
 * migration is to be written (docs/operations.md, "Upgrading the engine").
 *
 * <p>Not here, though an upgrade should look at them too: {@code common.PersonalDataOutOfHistory} (keeps personal
 * variables and form-property copies out of the engine's history, a privacy rule built on the history-event-handler
 * extension point), {@code common.EngineAfterMigrations} (starts the engine after Flyway), the feel-engine 1.19.5
 * pin in the pom (camunda/feel-scala#1117), the named {@code DatatypeFactory} in {@code LeadersApplication} and the
 * PostgreSQL connection options in {@code application-postgres.yaml}.
 */
package kz.edu.leaders.engine;
