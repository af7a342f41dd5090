/**
 * The analyst's model check (docs/analyst.md): a diagram edited in Camunda Modeler, checked against what the code
 * provides (beans, forms, processes, decisions, messages, variables) without starting the application. Test sources:
 * a tool of the checkout, not part of the app's jar.
 */
package kz.edu.leaders.modelcheck;
